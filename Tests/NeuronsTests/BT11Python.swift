import Foundation

/// Runs `Tests/Interop/btauth_interop.py` in the bittensor 11 venv (`scripts/test` makes it).
enum BT11Python {
    /// The venv's Python: `$SWIFT_BITTENSOR_BT11_PYTHON`, else `.venv-bt11/bin/python` when it exists.
    static let path: String? = {
        if let python = ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_BT11_PYTHON"] { return python }
        let local = root.appendingPathComponent(".venv-bt11/bin/python").path
        return FileManager.default.isExecutableFile(atPath: local) ? local : nil
    }()

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `command` (`sign` or `verify`) on a batch of requests and returns the script's results, one per request.
    static func run(_ command: String, _ requests: [[String: Any]]) throws -> [[String: Any]] {
        let python = try path ?? { throw Failure(description: "no bittensor 11 venv") }()
        let script = root.appendingPathComponent("Tests/Interop/btauth_interop.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, command]
        let input = Pipe()
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("btauth-interop-\(UUID()).stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: JSONSerialization.data(withJSONObject: requests))
        try input.fileHandleForWriting.close()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let results = try JSONSerialization.jsonObject(with: stdout) as? [[String: Any]],
              results.count == requests.count
        else {
            let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "btauth_interop.py \(command) failed (\(process.terminationStatus)): \(stderr)")
        }
        return results
    }
}
