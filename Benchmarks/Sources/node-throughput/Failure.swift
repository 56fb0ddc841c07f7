import Glibc

/// Why the run failed; printed before the generator exits with a non-zero status.
struct Failure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }

    /// A failed system call, with `errno`'s text.
    static func system(_ call: String) -> Failure { Failure("\(call): \(String(cString: strerror(errno)))") }
}
