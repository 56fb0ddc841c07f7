import ArgumentParser
import Foundation
import Logging
import Node
import NodeCore
import Runtime
import ServiceLifecycle

/// `subtensor`: a single-authority Bittensor chain node with Substrate's flags.
@main
struct SubtensorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subtensor",
        abstract: "A Bittensor chain node: durable blocks and state, a transaction pool, and Substrate's JSON-RPC.")

    @Flag(help: "Run the development chain (implies --tmp unless --base-path is given).")
    var dev = false

    @Flag(help: "Keep the database in a temporary directory deleted at exit.")
    var tmp = false

    @Option(name: .customLong("base-path"), help: "Where the node keeps its data.")
    var basePath: String?

    @Option(help: "The chain: dev, local, or a chain-spec JSON file.")
    var chain: String?

    @Option(name: .customLong("rpc-port"), help: "The JSON-RPC port (HTTP and WebSocket).")
    var rpcPort = 9944

    @Flag(name: .customLong("rpc-external"), help: "Listen on all interfaces instead of 127.0.0.1.")
    var rpcExternal = false

    @Option(name: .customLong("rpc-cors"), help: "The origin allowed to call the RPC from a browser, or all.")
    var rpcCors: String?

    @Option(name: .customLong("rpc-max-connections"), help: "The most open WebSocket connections.")
    var rpcMaxConnections = 100

    @Option(name: .customLong("block-time"), help: "Milliseconds between blocks with interval sealing.")
    var blockTime: UInt64?

    @Option(help: "instant (a block per transaction) or interval.")
    var sealing = "interval"

    @Option(name: .customLong("prometheus-port"), help: "The Prometheus metrics port (/metrics).")
    var prometheusPort = 9615

    @Flag(name: .customLong("no-prometheus"), help: "Do not serve Prometheus metrics.")
    var noPrometheus = false

    @Option(help: "The node's name.")
    var name: String?

    @Option(name: [.customShort("l"), .long], help: "Log level: error, warn, info, debug or trace.")
    var log = "info"

    func validate() throws {
        guard ["instant", "interval"].contains(sealing) else {
            throw ValidationError("--sealing is instant or interval, not \(sealing)")
        }
        guard Logger.Level(rawValue: log.lowercased()) != nil else {
            throw ValidationError("--log is one of error, warn, info, debug, trace")
        }
        if let blockTime, blockTime == 0 { throw ValidationError("--block-time must be positive") }
        if let rpcCors, rpcCors.contains(",") { throw ValidationError("--rpc-cors takes one origin, or all") }
    }

    func run() async throws {
        let spec = try loadSpec()
        let temporary = tmp || (dev && basePath == nil)
        let base = try baseDirectory(temporary: temporary)
        defer { if temporary { try? FileManager.default.removeItem(at: base) } }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: log.lowercased()) ?? .info
            return handler
        }
        let logger = Logger(label: "subtensor")
        let database = base.appendingPathComponent("chains/\(spec.id)/db")
        try FileManager.default.createDirectory(at: database, withIntermediateDirectories: true)
        let banner = Banner()
        banner.print("Subtensor Node (Swift)")
        banner.print("✌️  version \(NodeService.defaultVersion)")
        banner.print("📋 Chain specification: \(spec.name)")
        banner.print("🏷  Node name: \(name ?? "swift-subtensor")")
        banner.print("👤 Role: AUTHORITY")
        banner.print("💾 Database: SQLite at \(database.path)")
        let store = try SQLiteBlockStore(path: database.appendingPathComponent("chain.sqlite").path)
        let chain = try Chain(spec: spec, store: store)
        banner.print("🔨 Chain at #\(chain.best.number) (state: \(chain.best.stateRoot), header-hash: \(chain.best.hash))")
        let mode: NodeService.Sealing = sealing == "instant"
            ? .instant : .interval(milliseconds: blockTime ?? spec.blockTimeMilliseconds)
        let node = NodeService(chain: chain, spec: spec, sealing: mode, nodeName: name ?? "Subtensor Node",
                               now: { UInt64(Date().timeIntervalSince1970 * 1000) },
                               onBlock: { banner.print(Banner.imported($0)) })
        let server = RPCServer(node: node, configuration: .init(
            host: rpcExternal ? "0.0.0.0" : "127.0.0.1", port: rpcPort, maxConnections: rpcMaxConnections,
            corsOrigin: rpcCors), logger: logger)
        let application = server.application { port in
            banner.print("Running JSON-RPC server: addr=\(rpcExternal ? "0.0.0.0" : "127.0.0.1"):\(port)")
        }
        var services: [any Service] = [application]
        if !noPrometheus {
            services.append(node.metrics.application(host: rpcExternal ? "0.0.0.0" : "127.0.0.1", port: prometheusPort,
                                                     logger: logger) { port in
                banner.print("〽️ Prometheus exporter started at 127.0.0.1:\(port)/metrics")
            })
        }
        if case .interval(let milliseconds) = mode { services.append(Sealer(node: node, interval: milliseconds, logger: logger)) }
        let group = ServiceGroup(configuration: .init(services: services.map { .init(service: $0) },
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        banner.print("Shut down cleanly at #\(await node.best.number)")
    }

    private func loadSpec() throws -> ChainSpec {
        switch chain ?? (dev ? "dev" : "local") {
        case "dev": return .development
        case "local": return .local
        case let path:
            do {
                return try JSONDecoder().decode(ChainSpec.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ValidationError("--chain \(path): not dev, local or a readable chain-spec JSON file (\(error))")
            }
        }
    }

    private func baseDirectory(temporary: Bool) throws -> URL {
        if temporary {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("subtensor-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        if let basePath { return URL(fileURLWithPath: basePath) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/swift-subtensor")
    }
}
