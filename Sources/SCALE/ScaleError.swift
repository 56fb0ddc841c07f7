/// A SCALE decoding error: a stable code, a readable reason and where it was raised.
///
/// Equality compares the code only, so tests and callers can match on the kind of failure.
public struct ScaleError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The kind of decoding failure.
    public enum Code: String, Sendable {
        /// The input ended before the value did.
        case truncated
        /// Bytes were left after the value was decoded.
        case trailingBytes
        /// A compact integer used a longer mode than its value needs.
        case nonCanonicalCompact
        /// A compact integer does not fit the target type.
        case compactOverflow
        /// A length prefix is larger than the remaining input.
        case lengthExceedsInput
        /// A byte that is not a valid tag for an enum, `Option`, `Result` or `bool`.
        case invalidTag
        /// A string's bytes are not UTF-8.
        case invalidUTF8
        /// A map holds the same key twice.
        case duplicateKey
        /// A value is outside the range its type allows.
        case invalidValue
    }

    /// The kind of failure.
    public let code: Code
    /// What went wrong, for people.
    public let reason: String
    /// The source file that raised the error.
    public let file: String
    /// The source line that raised the error.
    public let line: Int

    /// Makes an error with the caller's location.
    public init(_ code: Code, _ reason: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.reason = reason
        self.file = file
        self.line = line
    }

    public static func == (lhs: ScaleError, rhs: ScaleError) -> Bool { lhs.code == rhs.code }

    public var description: String { "SCALE \(code.rawValue): \(reason)" }
}
