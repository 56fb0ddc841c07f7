import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import Node

/// A `subtensor` process on a loopback port, for end-to-end tests.
final class NodeProcess {
    /// The built `subtensor`: `$SWIFT_BITTENSOR_SUBTENSOR`, else `.build/debug/subtensor`.
    static var executable: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_SUBTENSOR"]
            ?? root.appendingPathComponent(".build/debug/subtensor").path
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let process = Process()
    let logPath: String
    private(set) var port = 0

    /// Starts `subtensor` with `arguments` (plus `--rpc-port 0`) and waits until its RPC server listens.
    init(_ arguments: [String], timeout: TimeInterval = 30) throws {
        logPath = NSTemporaryDirectory() + "subtensor-\(UUID().uuidString).log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments + ["--rpc-port", "0", "--prometheus-port", "0"]
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = log.split(separator: "\n").first(where: { $0.contains("Running JSON-RPC server: addr=") }),
               let port = Int(line.split(separator: ":").last ?? "") {
                self.port = port
                return
            }
            guard process.isRunning else { throw Failure(description: "subtensor exited: \(log)") }
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill()
        throw Failure(description: "subtensor did not start within \(timeout)s: \(log)")
    }

    deinit { kill() }

    /// The Prometheus exporter's port, from the node's log.
    var metricsPort: Int? {
        guard let line = log.split(separator: "\n").first(where: { $0.contains("Prometheus exporter started at") }) else {
            return nil
        }
        return Int(line.split(separator: ":").last?.split(separator: "/").first ?? "")
    }

    /// What the node has logged.
    var log: String { String(decoding: FileManager.default.contents(atPath: logPath) ?? Data(), as: UTF8.self) }

    /// `kill -9`.
    func kill() {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then waits for the exit status.
    func terminate(timeout: TimeInterval = 10) -> Int32? {
        process.terminate()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard !process.isRunning else { kill(); return nil }
        return process.terminationStatus
    }

    /// The Prometheus text from `/metrics`.
    func metrics() async throws -> String {
        guard let port = metricsPort else { throw Failure(description: "no Prometheus exporter in the log: \(log)") }
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/metrics")!)
        return String(decoding: data, as: UTF8.self)
    }

    /// Posts raw bytes to the RPC endpoint and returns the HTTP status and body.
    func post(_ body: Data) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// One JSON-RPC call over HTTP; returns the whole response object.
    func call(_ method: String, _ params: [JSON] = []) async throws -> JSON {
        let request = JSON.object(["jsonrpc": .string("2.0"), "id": .integer(1), "method": .string(method),
                                   "params": .array(params)])
        return try JSON.parse(try await post(request.serialized).body)
    }

    /// The result of a JSON-RPC call that must succeed.
    func result(_ method: String, _ params: [JSON] = []) async throws -> JSON {
        let response = try await call(method, params)
        guard let result = response["result"] else { throw Failure(description: "\(method) failed: \(response)") }
        return result
    }
}
