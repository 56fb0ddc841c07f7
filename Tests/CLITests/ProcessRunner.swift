import Foundation

/// The outcome of running a program to completion.
struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
            throw TestFailure("stdout is not a JSON object: \(stdout)")
        }
        return object
    }
}

/// A test failure with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs built executables and helper scripts for end-to-end tests.
enum ProcessRunner {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `btcli`: `$SWIFT_BITTENSOR_BTCLI`, else `.build/debug/btcli`.
    static var btcli: String {
        ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_BTCLI"] ?? root.appendingPathComponent(".build/debug/btcli").path
    }

    /// The interop venv's Python (`$SWIFT_BITTENSOR_INTEROP_PYTHON`, else `.venv/bin/python` when it exists).
    static var interopPython: String? {
        if let python = ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_INTEROP_PYTHON"] { return python }
        let local = root.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: local) ? local : nil
    }

    /// Runs `executable` with `arguments` and waits (at most `timeout` seconds).
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
        timeout: TimeInterval = 120
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var fullEnvironment = ProcessInfo.processInfo.environment
        fullEnvironment.merge(environment) { $1 }
        process.environment = fullEnvironment
        let outputDirectory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: outputDirectory) }
        let outPath = outputDirectory + "/stdout"
        let errPath = outputDirectory + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let input {
            let inPath = outputDirectory + "/stdin"
            _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        if process.isRunning {
            process.terminate()
            throw TestFailure("\(executable) \(arguments) timed out after \(timeout)s")
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                             stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }

    /// Runs `btcli`.
    static func btcli(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
        try run(btcli, arguments, environment: environment)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "swift-bittensor-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
