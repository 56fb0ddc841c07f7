import Foundation

/// A process the local network started: its stderr (and its stdout after the first line) go to a log file, and
/// the first stdout line, a JSON object, is its readiness report.
final class ChildProcess: @unchecked Sendable {
    /// A child that exited, or never said it was ready, in time.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Its name in messages (`miner-2`).
    let name: String
    /// Where its output goes.
    let logPath: String
    private let process = Process()
    private let lock = NSLock()
    private var readyLine: [String: Any]?

    /// Starts `executable` with `arguments`, logging to `logPath`.
    /// - Throws: when it cannot be started.
    init(name: String, executable: String, arguments: [String], logPath: String) throws {
        self.name = name
        self.logPath = logPath
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            var pending = Data()
            while case let chunk = reader.availableData, !chunk.isEmpty {
                log.write(chunk)
                pending.append(chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = pending[pending.startIndex..<newline]
                    pending = Data(pending[pending.index(after: newline)...])
                    if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any], object["ready"] as? Bool == true {
                        lock.withLock { readyLine = readyLine ?? object }
                    }
                }
            }
        }
    }

    /// Whether it is still running.
    var isRunning: Bool { process.isRunning }

    /// Its exit status, once it has exited.
    var exitStatus: Int32? { process.isRunning ? nil : process.terminationStatus }

    /// The readiness line, once printed.
    var ready: [String: Any]? { lock.withLock { readyLine } }

    /// Waits up to `timeout` seconds for the readiness line.
    /// - Throws: `Failure` when the process exits or the time runs out first.
    func waitUntilReady(timeout: Double) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let ready { return ready }
            guard isRunning else { throw Failure(description: "\(name) exited with status \(process.terminationStatus); see \(logPath)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "\(name) was not ready within \(Int(timeout)) s; see \(logPath)")
    }

    /// Asks it to stop (SIGTERM) and kills it (SIGKILL) if it has not after `grace` seconds.
    func stop(grace: Double = 5) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

extension ChildProcess {
    /// Waits up to `timeout` seconds for a log line starting with `prefix` (after any log decoration) and returns
    /// the port at the end of it (`…addr=127.0.0.1:9944`, `Dashboard: http://127.0.0.1:8080/`).
    /// - Throws: `Failure` when the process exits or the time runs out first.
    func waitForLogLine(prefix: String, timeout: Double) async throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let log = String(decoding: FileManager.default.contents(atPath: logPath) ?? Data(), as: UTF8.self)
            if let range = log.range(of: prefix),
               let port = log[range.upperBound...].prefix(while: { !$0.isNewline }).split(separator: ":").last
                   .flatMap({ Int($0.prefix(while: \.isNumber)) }) {
                return port
            }
            guard isRunning else { throw Failure(description: "\(name) exited with status \(exitStatus ?? -1); see \(logPath)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "\(name) did not start within \(Int(timeout)) s; see \(logPath)")
    }
}
