import Foundation

/// Questions asked on the controlling terminal, so that standard input and output stay free for scripts.
enum Terminal {
    /// Writes `question` to the terminal and reads one line; nil when there is no terminal.
    static func ask(_ question: String) -> String? {
        guard let tty = FileHandle(forUpdatingAtPath: "/dev/tty") else { return nil }
        defer { try? tty.close() }
        tty.write(Data(question.utf8))
        var line = [UInt8]()
        while let byte = try? tty.read(upToCount: 1)?.first, byte != 0x0A { line.append(byte) }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// A progress line on standard error (never on standard output, which may be JSON).
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("… \(message)\n".utf8))
    }
}
