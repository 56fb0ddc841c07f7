/// Why a `btauth/1` request failed verification: a stable code, a readable reason and where it was raised.
///
/// Every code belongs to one `Kind`, the exception class Bittensor 11's `bittensor.http_auth` raises for the
/// same failure. Reasons repeat Python's messages where it has one, and never echo the signature or payload,
/// so they are safe to return to the (unauthenticated) caller. Equality compares the code only.
public struct BTAuthError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The failure classes of `bittensor.http_auth`, plus one for a full replay store.
    public enum Kind: String, Sendable {
        /// A header is missing or does not parse (`MalformedAuth`).
        case malformedAuth = "MalformedAuth"
        /// The request is bound to another receiver, or to none where one is required (`WrongReceiver`).
        case wrongReceiver = "WrongReceiver"
        /// The nonce is outside the freshness window (`StaleRequest`).
        case staleRequest = "StaleRequest"
        /// The signature does not verify against the claimed hotkey (`BadSignature`).
        case badSignature = "BadSignature"
        /// The `(hotkey, nonce)` pair was already accepted inside the window (`ReplayedRequest`).
        case replayedRequest = "ReplayedRequest"
        /// The replay store is at capacity, so the request cannot be remembered and is refused. Python's
        /// unbounded store has no such case.
        case overloaded = "Overloaded"
    }

    /// The specific failure. Raw values are stable.
    public enum Code: String, Sendable {
        /// `X-Bittensor-Version` is absent or is not `1`.
        case unsupportedVersion = "UnsupportedVersion"
        /// `X-Bittensor-Hotkey` is absent or empty.
        case missingHotkey = "MissingHotkey"
        /// `X-Bittensor-Nonce` is absent.
        case missingNonce = "MissingNonce"
        /// `X-Bittensor-Nonce` is not a decimal integer.
        case invalidNonce = "InvalidNonce"
        /// `X-Bittensor-Nonce` is a decimal integer outside the signed 64-bit range.
        case nonceOutOfRange = "NonceOutOfRange"
        /// `X-Bittensor-Crypto` names neither `sr25519` nor `ed25519`.
        case unsupportedCrypto = "UnsupportedCrypto"
        /// `X-Bittensor-Signature` is absent.
        case missingSignature = "MissingSignature"
        /// `X-Bittensor-Signature` is not hex.
        case invalidSignatureHex = "InvalidSignatureHex"
        /// A `btauth/1` header appears more than once.
        case duplicateHeader = "DuplicateHeader"
        /// `X-Bittensor-Hotkey` is not an SS58 address.
        case invalidHotkey = "InvalidHotkey"
        /// The signature is not 64 bytes long.
        case invalidSignatureLength = "InvalidSignatureLength"
        /// `X-Bittensor-Receiver` is absent and the verifier requires receiver-bound requests.
        case missingReceiver = "MissingReceiver"
        /// `X-Bittensor-Receiver` names another hotkey.
        case wrongReceiver = "WrongReceiver"
        /// The nonce is older than the freshness window.
        case staleNonce = "StaleNonce"
        /// The nonce is further in the future than the allowed clock skew.
        case futureNonce = "FutureNonce"
        /// The signature does not verify.
        case badSignature = "BadSignature"
        /// The `(hotkey, nonce)` pair was already accepted.
        case replayedRequest = "ReplayedRequest"
        /// The replay store holds its maximum number of unexpired entries.
        case replayStoreFull = "ReplayStoreFull"

        /// The `bittensor.http_auth` failure class of this code.
        public var kind: Kind {
            switch self {
            case .unsupportedVersion, .missingHotkey, .missingNonce, .invalidNonce, .nonceOutOfRange,
                 .unsupportedCrypto, .missingSignature, .invalidSignatureHex, .duplicateHeader, .invalidHotkey,
                 .invalidSignatureLength:
                .malformedAuth
            case .missingReceiver, .wrongReceiver: .wrongReceiver
            case .staleNonce, .futureNonce: .staleRequest
            case .badSignature: .badSignature
            case .replayedRequest: .replayedRequest
            case .replayStoreFull: .overloaded
            }
        }
    }

    /// The specific failure.
    public let code: Code
    /// What went wrong, for people (safe to send to the caller).
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

    /// The `bittensor.http_auth` failure class.
    public var kind: Kind { code.kind }

    public static func == (lhs: BTAuthError, rhs: BTAuthError) -> Bool { lhs.code == rhs.code }

    public var description: String { reason }
}
