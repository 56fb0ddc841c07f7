import Foundation

/// Prints results as text or, with `--json-output`, as one JSON object.
enum Output {
    /// Prints `object` as pretty, key-sorted JSON on standard output.
    static func json(_ object: [String: Any]) {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: data, as: UTF8.self))
    }

    /// Prints a message on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
    }
}
