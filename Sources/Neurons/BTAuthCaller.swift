import Keys

/// The authenticated sender of a request that passed `BTAuthVerifier.verify` (Python's `Caller`).
public struct BTAuthCaller: Sendable, Equatable {
    /// The sender's SS58 address, as it signed it.
    public let hotkey: String
    /// The request's nonce, nanoseconds since the Unix epoch on the sender's clock.
    public let nonce: Int64
    /// The scheme the request was signed with.
    public let scheme: CryptoType
}
