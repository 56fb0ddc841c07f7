import Hashing
import Keys

/// The `btauth/1` headers of one request, parsed and well-formed (the signature is not checked yet).
///
/// | header | value |
/// |---|---|
/// | `X-Bittensor-Version` | `1` |
/// | `X-Bittensor-Hotkey` | the sender's SS58 address |
/// | `X-Bittensor-Receiver` | the receiver's SS58 address (absent when unbound) |
/// | `X-Bittensor-Nonce` | decimal nanoseconds since the Unix epoch |
/// | `X-Bittensor-Crypto` | `ed25519`; absent means `sr25519` |
/// | `X-Bittensor-Signature` | `0x` and the hex signature of the `BTAuthPayload` |
public struct BTAuthHeaders: Sendable, Equatable {
    /// The header names, as Bittensor 11 writes them. Lookups ignore case.
    public enum Name {
        /// `X-Bittensor-Version`.
        public static let version = "X-Bittensor-Version"
        /// `X-Bittensor-Hotkey`.
        public static let hotkey = "X-Bittensor-Hotkey"
        /// `X-Bittensor-Receiver`.
        public static let receiver = "X-Bittensor-Receiver"
        /// `X-Bittensor-Nonce`.
        public static let nonce = "X-Bittensor-Nonce"
        /// `X-Bittensor-Crypto`.
        public static let crypto = "X-Bittensor-Crypto"
        /// `X-Bittensor-Signature`.
        public static let signature = "X-Bittensor-Signature"

        static let all = [version, hotkey, receiver, nonce, crypto, signature]
    }

    /// The only protocol version, the value of `X-Bittensor-Version`.
    public static let version = "1"

    /// The sender's SS58 address, as sent (not yet decoded).
    public let hotkey: String
    /// The receiver's SS58 address, or nil when the request is bound to no receiver.
    public let receiver: String?
    /// The nonce, nanoseconds since the Unix epoch on the sender's clock.
    public let nonce: Int64
    /// The signature scheme.
    public let scheme: CryptoType
    /// The signature bytes (any length; the verifier checks it).
    public let signature: [UInt8]

    /// Headers with the given values.
    public init(hotkey: String, receiver: String?, nonce: Int64, scheme: CryptoType, signature: [UInt8]) {
        self.hotkey = hotkey
        self.receiver = receiver
        self.nonce = nonce
        self.scheme = scheme
        self.signature = signature
    }

    /// Parses the `btauth/1` headers out of a request's header fields, ignoring every other field.
    ///
    /// Names match without regard to case. Checks run in `bittensor.http_auth`'s order (version, hotkey,
    /// nonce, crypto, signature) and the first failure is thrown. Like Python, the nonce is read as an integer
    /// (so `+0017` means 17 and the payload carries `17`), `X-Bittensor-Crypto` accepts `sr25519`, `ed25519`,
    /// `1` or `0` in any case, and the signature may lack its `0x`. Unlike Python, a header that appears twice
    /// is refused rather than resolved to one of its values, and a nonce must fit in 64 bits.
    /// - Parameter fields: the request's header fields, in order, duplicates included.
    /// - Throws: a `BTAuthError` of kind `.malformedAuth`.
    public init<Fields: Sequence<(name: String, value: String)>>(parsing fields: Fields) throws(BTAuthError) {
        var values: [String: String] = [:]
        for (name, value) in fields {
            let lowered = name.lowercased()
            guard let canonical = Name.all.first(where: { $0.lowercased() == lowered }) else { continue }
            guard values.updateValue(value, forKey: canonical) == nil else {
                throw BTAuthError(.duplicateHeader, "\(canonical) appears more than once")
            }
        }
        guard values[Name.version] == Self.version else {
            throw BTAuthError(.unsupportedVersion,
                              "missing or unsupported \(Name.version) (expected '\(Self.version)')")
        }
        guard let hotkey = values[Name.hotkey], !hotkey.isEmpty else {
            throw BTAuthError(.missingHotkey, "missing \(Name.hotkey)")
        }
        guard let nonceText = values[Name.nonce] else {
            throw BTAuthError(.missingNonce, "missing \(Name.nonce)")
        }
        let nonce = try Self.parseNonce(nonceText)
        let scheme = try values[Name.crypto].map(Self.parseScheme) ?? .sr25519
        guard var signatureText = values[Name.signature] else {
            throw BTAuthError(.missingSignature, "missing \(Name.signature)")
        }
        if signatureText.hasPrefix("0x") { signatureText.removeFirst(2) }
        guard signatureText.utf8.allSatisfy(Self.isHexDigit), let signature = try? Hex.decode(signatureText) else {
            throw BTAuthError(.invalidSignatureHex, "\(Name.signature) is not hex")
        }
        self.init(hotkey: hotkey, receiver: values[Name.receiver], nonce: nonce, scheme: scheme, signature: signature)
    }

    /// The header fields to send, in Bittensor 11's order; `X-Bittensor-Crypto` only for ed25519 and
    /// `X-Bittensor-Receiver` only when bound.
    public var fields: [(name: String, value: String)] {
        var fields = [
            (Name.version, Self.version), (Name.hotkey, hotkey), (Name.nonce, String(nonce)),
            (Name.signature, Hex.encode(signature, prefixed: true)),
        ]
        if scheme != .sr25519 { fields.append((Name.crypto, scheme.description)) }
        if let receiver { fields.append((Name.receiver, receiver)) }
        return fields
    }

    /// The payload these headers sign, for a request with the given method, target and body.
    public func payload<Body: Collection<UInt8>>(method: String, target: String, body: Body) -> BTAuthPayload {
        BTAuthPayload(scheme: scheme, method: method, target: target, body: body, nonce: nonce, sender: hotkey,
                      receiver: receiver)
    }

    private static func parseNonce(_ text: String) throws(BTAuthError) -> Int64 {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative || digits.first == "+" { digits.removeFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw BTAuthError(.invalidNonce, "\(Name.nonce) is not a decimal integer")
        }
        guard let value = Int64(negative ? "-" + digits : String(digits)) else {
            throw BTAuthError(.nonceOutOfRange, "\(Name.nonce) does not fit in 64 bits")
        }
        return value
    }

    private static func parseScheme(_ text: String) throws(BTAuthError) -> CryptoType {
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        let normalized = trimmed.lowercased()
        if let scheme = CryptoType(name: normalized) { return scheme }
        if !normalized.isEmpty, normalized.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            switch normalized.drop(while: { $0 == "0" }) {
            case "": return .ed25519
            case "1": return .sr25519
            default: break
            }
        }
        throw BTAuthError(.unsupportedCrypto, "unsupported \(Name.crypto)")
    }

    private static func isHexDigit(_ character: UInt8) -> Bool {
        (0x30...0x39).contains(character) || (0x41...0x46).contains(character) || (0x61...0x66).contains(character)
    }
}
