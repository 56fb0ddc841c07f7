import Foundation

/// A `subtensor --dev` process with its RPC on a free loopback port, stopped when released.
final class LocalNode {
    /// The built node: `$SWIFT_BITTENSOR_SUBTENSOR`, else `.build/debug/subtensor`.
    static var executable: String {
        ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_SUBTENSOR"]
            ?? ProcessRunner.root.appendingPathComponent(".build/debug/subtensor").path
    }

    private let process = Process()
    private let stderrPath: String
    /// The RPC port it bound.
    let port: Int

    /// The WebSocket URL of its RPC.
    var url: String { "ws://127.0.0.1:\(port)" }

    /// Starts the node with `arguments` on RPC port `port` (0: any free one); returns once it prints the address it
    /// listens on.
    init(_ arguments: [String], port requested: Int = 0, startupTimeout: TimeInterval = 30) throws {
        stderrPath = try ProcessRunner.temporaryDirectory() + "/subtensor.log"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments + ["--rpc-port", "\(requested)", "--prometheus-port", "0"]
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let marker = "Running JSON-RPC server: addr="
        var found: Int?
        let giveUp = Date().addingTimeInterval(startupTimeout)
        while found == nil, process.isRunning, Date() < giveUp {
            if let range = Self.text(stderrPath).range(of: marker) {
                let address = Self.text(stderrPath)[range.upperBound...].prefix { !$0.isNewline }
                found = address.split(separator: ":").last.flatMap { Int($0) }
            }
            if found == nil { Thread.sleep(forTimeInterval: 0.02) }
        }
        guard let found else {
            process.terminate()
            throw TestFailure("subtensor did not start: \(Self.text(stderrPath))")
        }
        port = found
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: (stderrPath as NSString).deletingLastPathComponent)
    }

    /// Stops the node (SIGTERM) and waits for it to exit.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}
