/// An error from key handling: a stable code, a readable reason and where it was raised.
///
/// Equality compares the code only.
public struct KeyError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The kind of failure. Raw values are stable and match the upstream (schnorrkel, sp_core,
    /// bip39) error names where one exists.
    public enum Code: String, Sendable {
        /// Input of the wrong length.
        case invalidLength = "InvalidLength"
        /// A scalar that is not reduced modulo the group order.
        case scalarFormatError = "ScalarFormatError"
        /// Bytes that are not a valid ristretto255 or Edwards point.
        case pointDecompressionError = "PointDecompressionError"
        /// An sr25519 signature without schnorrkel's marker bit.
        case notMarkedSchnorrkel = "NotMarkedSchnorrkel"
        /// A mnemonic word that is not in the BIP39 English list.
        case unknownWord = "UnknownWord"
        /// A mnemonic with an unsupported number of words.
        case badWordCount = "BadWordCount"
        /// A mnemonic whose checksum bits do not match.
        case invalidChecksum = "InvalidChecksum"
        /// A secret URI that does not parse.
        case invalidSecretURI = "InvalidSecretURI"
        /// A derivation the key type cannot do (ed25519 soft junctions, hard junctions from a public key).
        case invalidDerivation = "InvalidDerivation"
        /// An SS58 address that does not decode.
        case invalidAddress = "InvalidAddress"
        /// A hex string that does not decode.
        case invalidHex = "InvalidHex"
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

    public static func == (lhs: KeyError, rhs: KeyError) -> Bool { lhs.code == rhs.code }

    public var description: String { reason }
}
