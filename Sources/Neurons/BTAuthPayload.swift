import Crypto
import Hashing
import Keys

/// The exact bytes a `btauth/1` signature covers.
///
/// The UTF-8 of eight lines joined by `\n`: `btauth/1`, the scheme (`sr25519` or `ed25519`), the upper-cased method,
/// the request target as sent (path and `?query`), the lowercase hex SHA-256 of the raw body, the decimal nonce,
/// the sender's SS58 address, and the receiver's (`-` when unbound). This is `build_payload` of Bittensor 11's
/// `bittensor.http_auth`, byte for byte.
public struct BTAuthPayload: Sendable, Equatable {
    /// The protocol name, the first line of every payload.
    public static let protocolName = "btauth/1"

    /// The signature scheme.
    public let scheme: CryptoType
    /// The HTTP method, upper-cased.
    public let method: String
    /// The request target as sent: the path and, when there is one, `?` and the query.
    public let target: String
    /// The lowercase hex SHA-256 of the raw body.
    public let bodyHash: String
    /// The nonce, nanoseconds since the Unix epoch on the sender's clock.
    public let nonce: Int64
    /// The sender's SS58 address.
    public let sender: String
    /// The receiver's SS58 address, or nil for a request bound to no receiver.
    public let receiver: String?

    /// The payload of a request.
    /// - Parameters:
    ///   - scheme: the scheme the signature is made with.
    ///   - method: the HTTP method, in any case.
    ///   - target: the request target exactly as sent, query included.
    ///   - body: the raw body bytes, before any parsing.
    ///   - nonce: the nonce.
    ///   - sender: the signer's SS58 address.
    ///   - receiver: the receiver's SS58 address, or nil for none.
    public init<Body: Collection<UInt8>>(
        scheme: CryptoType, method: String, target: String, body: Body, nonce: Int64, sender: String, receiver: String?
    ) {
        var hasher = SHA256()
        if body.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.update(data: Array(body))
        }
        self.scheme = scheme
        self.method = method.uppercased()
        self.target = target
        self.bodyHash = Hex.encode(Array(hasher.finalize()))
        self.nonce = nonce
        self.sender = sender
        self.receiver = receiver
    }

    /// The text that is signed.
    public var text: String {
        [Self.protocolName, scheme.description, method, target, bodyHash, String(nonce), sender, receiver ?? "-"]
            .joined(separator: "\n")
    }

    /// The bytes that are signed: the UTF-8 of `text`.
    public var bytes: [UInt8] { Array(text.utf8) }
}
