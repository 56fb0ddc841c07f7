/// An error from wallet and keyfile handling: a stable code, a readable reason and where it was raised.
///
/// Equality compares the code only.
public struct WalletError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The kind of failure.
    public enum Code: String, Sendable {
        /// The password does not open the keyfile (the secretbox MAC failed).
        case wrongPassword
        /// The keyfile is truncated, not JSON, or lacks required fields.
        case corruptKeyfile
        /// The keyfile uses an old encryption this wallet does not decrypt.
        case legacyEncryption
        /// The keyfile does not exist.
        case keyfileNotFound
        /// The keyfile exists and overwriting was not asked for.
        case keyfileExists
        /// A password was needed and none was given.
        case passwordRequired
        /// Reading or writing the file failed.
        case io
        /// The key material in a keyfile is invalid.
        case invalidKey
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

    public static func == (lhs: WalletError, rhs: WalletError) -> Bool { lhs.code == rhs.code }

    public var description: String { reason }
}
