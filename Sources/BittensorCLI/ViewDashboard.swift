import ArgumentParser
import Client
import Dashboard
import Foundation
import Logging

/// `btcli view dashboard`: serves the live network dashboard (chain, subnets, metagraphs, accounts, the reference
/// subnet's scores) for the node `--subtensor.network` names, local or remote.
struct ViewDashboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Serve a live dashboard of the node's chain, subnets and rewards in the browser.",
        discussion: """
        Prints `Dashboard: http://HOST:PORT/` on a line of its own once it listens, then serves until Ctrl-C. Pages update live from \
        the node's header subscription and keep answering while the node restarts. With --validator-url, the \
        Reference subnet page charts the reference validator's bits per byte per miner and for the collective.
        """
    )

    @OptionGroup var network: NetworkOptions
    @Option(name: .customLong("port"), help: "The port to serve on (0 picks a free one).") var port = 8080
    @Option(name: .customLong("host"), help: "The address to bind (127.0.0.1: this machine only).") var host = "127.0.0.1"
    @Option(name: .customLong("validator-url"),
            help: "The reference validator's scores URL (text-validator's http://127.0.0.1:PORT/scores).")
    var validatorURL: String?
    @Option(name: .customLong("stall-seconds"),
            help: "Reconnect to the node when it sends no new head for this many seconds.")
    var stallSeconds = 60
    @Flag(name: .customLong("verbose"), help: "Log each node reconnection and refresh failure.") var verbose = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0…65535, not \(port)") }
        guard stallSeconds >= 1 else { throw ValidationError("--stall-seconds must be at least 1, not \(stallSeconds)") }
        if let validatorURL {
            guard let url = URL(string: validatorURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("--validator-url must be an http:// URL such as http://127.0.0.1:8100/scores, not '\(validatorURL)'")
            }
        }
    }

    func run() async throws {
        var logger = Logger(label: "dashboard")
        logger.logLevel = verbose ? .debug : .warning
        // Each read waits at most 10 s (less with a smaller --timeout), so a node that stops answering shows as
        // such quickly and Ctrl-C is not held up by a read.
        let client = try Client(url: network.url, timeout: .seconds(min(network.timeoutSeconds, 10)))
        let server = DashboardServer(client: client, validatorURL: validatorURL, host: host, port: port,
                                     headTimeout: .seconds(stallSeconds),
                                     logger: logger)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        try await server.run { port in
            FileHandle.standardOutput.write(Data("Dashboard: http://\(shownHost):\(port)/\nFollowing the node at \(network.url)\n".utf8))
        }
    }
}
