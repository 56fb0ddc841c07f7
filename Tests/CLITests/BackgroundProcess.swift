import Foundation

/// A process started in the background with its stdout and stderr in one log file, stopped when released.
final class BackgroundProcess {
    private let process = Process()
    private let directory: String
    /// Where its output goes.
    let logPath: String

    /// Starts `executable` with `arguments`.
    init(_ executable: String, _ arguments: [String]) throws {
        directory = try ProcessRunner.temporaryDirectory()
        logPath = directory + "/output.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Everything it has written so far.
    var output: String { String(decoding: FileManager.default.contents(atPath: logPath) ?? Data(), as: UTF8.self) }

    /// Whether it still runs.
    var isRunning: Bool { process.isRunning }

    /// The rest of the first output line containing `marker`, waiting up to `timeout` seconds for it.
    /// - Throws: `TestFailure` with the output when it exits or the time runs out first.
    func waitForLine(after marker: String, timeout: TimeInterval = 30) throws -> String {
        let giveUp = Date().addingTimeInterval(timeout)
        while Date() < giveUp {
            let text = output
            if let range = text.range(of: marker) { return String(text[range.upperBound...].prefix { !$0.isNewline }) }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        stop()
        throw TestFailure("\(process.executableURL?.lastPathComponent ?? "process") never printed '\(marker)': \(output)")
    }

    /// Sends it `signal` (`SIGSTOP` freezes it, `SIGCONT` lets it go on).
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Asks it to stop (SIGTERM) and waits up to `grace` seconds; kills it (SIGKILL) after that. Returns whether it
    /// stopped by itself in time.
    @discardableResult
    func stop(grace: TimeInterval = 10) -> Bool {
        guard process.isRunning else { return true }
        process.terminate()
        let giveUp = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < giveUp { Thread.sleep(forTimeInterval: 0.02) }
        let stopped = !process.isRunning
        if !stopped { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return stopped
    }
}
