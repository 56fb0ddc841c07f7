import Foundation

/// A `subtensor --dev` process with its RPC on a free loopback port, stopped when released.
final class LocalNode {
    /// The built node: `$SWIFT_BITTENSOR_SUBTENSOR`, else `.build/debug/subtensor`.
    static var executable: String {
        ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_SUBTENSOR"]
            ?? ProcessRunner.root.appendingPathComponent(".build/debug/subtensor").path
    }

    private let process: BackgroundProcess
    /// The RPC port it bound.
    let port: Int

    /// The WebSocket URL of its RPC.
    var url: String { "ws://127.0.0.1:\(port)" }

    /// Starts the node with `arguments` on RPC port `port` (0: any free one); returns once it prints the address it
    /// listens on.
    init(_ arguments: [String], port requested: Int = 0, startupTimeout: TimeInterval = 30) throws {
        process = try BackgroundProcess(Self.executable,
                                        arguments + ["--rpc-port", "\(requested)", "--prometheus-port", "0"])
        let address = try process.waitForLine(after: "Running JSON-RPC server: addr=", timeout: startupTimeout)
        guard let port = address.split(separator: ":").last.flatMap({ Int($0) }) else {
            throw TestFailure("subtensor printed no port: \(address)")
        }
        self.port = port
    }

    /// Stops the node (SIGTERM) and waits for it to exit.
    func stop() { process.stop() }

    /// Freezes the node (SIGSTOP): its connections stay open and nothing answers.
    func freeze() { process.send(SIGSTOP) }

    /// Lets a frozen node go on (SIGCONT).
    func thaw() { process.send(SIGCONT) }
}
