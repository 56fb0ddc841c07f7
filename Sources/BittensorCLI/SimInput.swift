import Consensus
import Foundation

/// Reads, strictly decodes and validates the JSON files of `btcli sim`.
enum SimInput {
    /// Decodes and validates `T` from the file at `path` (`-` reads standard input).
    /// - Throws: `CLIError` naming the file and, for bad content, the JSON field and the problem.
    static func load<T: SimulatorInput>(_ type: T.Type, path: String) throws -> T {
        let data = try read(path)
        let source = path == "-" ? "standard input" : path
        do {
            let value = try JSONDecoder().decode(T.self, from: data)
            try value.validate()
            return value
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw CLIError("\(source): \(JSONProblem.locate(T.self, in: data))")
        } catch {
            throw CLIError("\(source): \(EpochInputError(decoding: error))")
        }
    }

    /// The bytes of the file at `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot be read as a file")
        }
        return data
    }

    /// `value` as sorted-key JSON text on one line (per-UID vectors make pretty-printing very long).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
