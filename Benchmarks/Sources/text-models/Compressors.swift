import Foundation

/// General-purpose compressors as a baseline: the bits per byte `bzip2 -9` and `xz -9e` spend on a text.
enum Compressor: String, CaseIterable {
    case bzip2, xz

    var arguments: [String] { self == .bzip2 ? ["-9", "-c"] : ["-9e", "-c"] }

    /// The compressed size of `bytes`, in bytes.
    /// - Throws: `Failure` when the compressor is missing or fails.
    func compressedSize(_ bytes: [UInt8]) throws -> Int {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("text-models-\(UUID()).txt")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [rawValue] + arguments + [input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure("\(rawValue) failed with status \(process.terminationStatus)") }
        return compressed.count
    }
}

/// A benchmark that cannot go on.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
