import Glibc

/// Why the run failed; printed before the generator exits with a non-zero status.
public struct Failure: Error, CustomStringConvertible {
    public let description: String

    /// A failure explained by `description`.
    public init(_ description: String) { self.description = description }

    /// A failed system call, with `errno`'s text.
    public static func system(_ call: String) -> Failure { Failure("\(call): \(String(cString: strerror(errno)))") }
}
