import Foundation

/// Writing a file so that a crash or a failure leaves either the old file or the new one, never a mix: the bytes
/// go to a temporary file beside it, are flushed to disk, and replace the file with one rename.
public enum AtomicFile {
    /// A write that did not happen; the file at `path` is unchanged.
    public struct WriteError: Error, CustomStringConvertible {
        /// The file.
        public let path: String
        /// Why.
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Replaces the file at `path` with `data`, creating its folder when needed.
    /// - Throws: `WriteError`.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        // A name of its own, so that writers racing to the same file never share (or rename away) a temporary.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: "rename failed: \(reason)")
        }
    }
}

/// A validator's JSON files (its state, a subnet's scoreboard): read strictly, written atomically with sorted keys.
public enum ValidatorStateFile {
    /// The value saved at `path`, or nil when there is no file.
    /// - Throws: `ValidatorStateError` when the file exists but does not decode (it is left untouched).
    public static func load<Value: Decodable>(_ type: Value.Type, from path: String) throws -> Value? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(type, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ValidatorStateError(path: path, reason: "\(error)")
        }
    }

    /// Writes `value` to `path` as JSON with sorted keys, atomically.
    /// - Throws: `AtomicFile.WriteError`, or the encoder's error.
    public static func save(_ value: some Encodable, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(value), to: path)
    }
}
