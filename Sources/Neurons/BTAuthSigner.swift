import Keys
import Synchronization

/// Signs HTTP requests with a hotkey under `btauth/1`, as Bittensor 11's `bittensor.http_auth.sign` does.
///
/// The scheme follows the key (sr25519 or ed25519). Nonces come from the clock and strictly increase per signer,
/// so two requests signed within one clock tick still carry different nonces and the second is not refused as a
/// replay. Safe to share between tasks.
public final class BTAuthSigner: Sendable {
    /// The hotkey that signs.
    public let keypair: Keypair
    private let clock: BTAuthClock
    private let lastNonce = Mutex<Int64>(.min)

    /// A signer for `keypair`, taking nonces from `clock`.
    public init(keypair: Keypair, clock: BTAuthClock = .system) {
        self.keypair = keypair
        self.clock = clock
    }

    /// The signer's SS58 address (`X-Bittensor-Hotkey`).
    public var hotkey: String { keypair.ss58Address }

    /// Signs one request.
    /// - Parameters:
    ///   - method: the HTTP method.
    ///   - target: the request target exactly as the client will send it: the path and `?query`.
    ///   - body: the raw body bytes that will be sent.
    ///   - receiver: the receiving hotkey's SS58 address, or nil to bind the request to no receiver (most
    ///     servers refuse those).
    ///   - nonce: a fixed nonce (for vectors and tests); by default the clock's time, raised above the last nonce
    ///     this signer used when the clock has not moved past it.
    /// - Returns: the headers to send with the request.
    public func sign<Body: Collection<UInt8>>(
        method: String, target: String, body: Body, receiver: String?, nonce: Int64? = nil
    ) -> BTAuthHeaders {
        let nonce = nonce ?? nextNonce()
        let payload = BTAuthPayload(scheme: keypair.cryptoType, method: method, target: target, body: body,
                                    nonce: nonce, sender: hotkey, receiver: receiver)
        return BTAuthHeaders(hotkey: hotkey, receiver: receiver, nonce: nonce, scheme: keypair.cryptoType,
                             signature: keypair.sign(payload.bytes))
    }

    private func nextNonce() -> Int64 {
        let now = clock.now()
        return lastNonce.withLock { last in
            last = max(now, last + 1)
            return last
        }
    }
}
