import Foundation
import Keys

/// Verifies `btauth/1` requests addressed to one hotkey, as Bittensor 11's `bittensor.http_auth.verify` does.
///
/// Checks run in the protocol's order and the first failure is thrown: header shape (`BTAuthHeaders(parsing:)`,
/// kind `.malformedAuth`), receiver binding (`.wrongReceiver`), freshness (`.staleRequest`), the signature under
/// the declared scheme only (`.badSignature`; an undecodable hotkey or a signature of the wrong length is
/// `.malformedAuth` here, as in Python), and replay (`.replayedRequest`). The replay store is written only after
/// the signature verifies, so forged traffic cannot poison it against a real sender.
///
/// Values are cheap to copy; copies share one replay store. Safe to share between tasks.
public struct BTAuthVerifier: Sendable {
    /// The hotkey requests must be bound to (`X-Bittensor-Receiver`).
    public let selfHotkey: String
    /// How old a nonce may be.
    public let maxAge: Duration
    /// How far in the future a nonce may be (the senders' clock drift).
    public let allowedSkew: Duration
    /// Whether requests bound to no receiver are refused.
    public let requireReceiver: Bool
    /// The accepted `(hotkey, nonce)` pairs, kept for `maxAge + allowedSkew`.
    public let replayStore: BTAuthReplayStore
    private let clock: BTAuthClock
    private let maxAgeNanoseconds: Int128
    private let allowedSkewNanoseconds: Int128

    /// A verifier for requests to `selfHotkey`.
    /// - Parameters:
    ///   - selfHotkey: this server's hotkey SS58 address.
    ///   - maxAge: how old a nonce may be (Python's `max_age`, 10 s).
    ///   - allowedSkew: how far ahead of this clock a nonce may be (Python's `allowed_skew`, 2 s).
    ///   - requireReceiver: whether requests bound to no receiver are refused (Python's `require_receiver`).
    ///   - replayCapacity: the most accepted requests remembered at once; beyond it requests are refused until
    ///     entries expire (see `BTAuthReplayStore`).
    ///   - clock: the wall clock nonces are compared with.
    public init(
        selfHotkey: String, maxAge: Duration = .seconds(10), allowedSkew: Duration = .seconds(2),
        requireReceiver: Bool = true, replayCapacity: Int = 100_000, clock: BTAuthClock = .system
    ) {
        precondition(maxAge >= .zero && allowedSkew >= .zero, "the freshness window cannot be negative")
        self.selfHotkey = selfHotkey
        self.maxAge = maxAge
        self.allowedSkew = allowedSkew
        self.requireReceiver = requireReceiver
        self.clock = clock
        maxAgeNanoseconds = Self.nanoseconds(maxAge)
        allowedSkewNanoseconds = Self.nanoseconds(allowedSkew)
        replayStore = BTAuthReplayStore(retention: Int64(clamping: maxAgeNanoseconds + allowedSkewNanoseconds),
                                        capacity: replayCapacity)
    }

    /// Authenticates one request.
    /// - Parameters:
    ///   - headers: the request's parsed `btauth/1` headers.
    ///   - method: the received method.
    ///   - target: the received request target (path and `?query`), exactly as sent.
    ///   - body: the raw received body, before any parsing.
    /// - Returns: the authenticated sender.
    /// - Throws: `BTAuthError` for the first check that fails.
    public func verify<Body: Collection<UInt8>>(
        _ headers: BTAuthHeaders, method: String, target: String, body: Body
    ) throws(BTAuthError) -> BTAuthCaller {
        if let receiver = headers.receiver {
            guard receiver == selfHotkey else {
                throw BTAuthError(.wrongReceiver, "request was signed for a different receiving hotkey")
            }
        } else if requireReceiver {
            throw BTAuthError(.missingReceiver,
                              "missing \(BTAuthHeaders.Name.receiver): this server requires receiver-bound requests")
        }

        let now = clock.now()
        let age = Int128(now) - Int128(headers.nonce)
        guard age <= maxAgeNanoseconds else {
            throw BTAuthError(.staleNonce, "nonce is older than the \(Self.seconds(maxAge))s freshness window")
        }
        guard -age <= allowedSkewNanoseconds else {
            throw BTAuthError(.futureNonce, "nonce is more than \(Self.seconds(allowedSkew))s in the future")
        }

        guard let publicKey = try? SS58.decode(headers.hotkey).publicKey else {
            throw BTAuthError(.invalidHotkey,
                              "invalid hotkey address (\(BTAuthHeaders.Name.hotkey) is not an SS58 address)")
        }
        guard headers.signature.count == 64 else {
            throw BTAuthError(.invalidSignatureLength,
                              "invalid signature encoding (\(headers.signature.count) bytes, expected 64)")
        }
        let payload = headers.payload(method: method, target: target, body: body)
        guard Keypair.verifyBittensorMessage(signature: headers.signature, message: payload.bytes,
                                             publicKey: publicKey, cryptoType: headers.scheme) else {
            throw BTAuthError(.badSignature, "signature does not verify against the claimed hotkey")
        }

        switch replayStore.insert(hotkey: headers.hotkey, nonce: headers.nonce, now: now) {
        case .stored:
            return BTAuthCaller(hotkey: headers.hotkey, nonce: headers.nonce, scheme: headers.scheme)
        case .replayed:
            throw BTAuthError(.replayedRequest, "this nonce was already accepted from this hotkey")
        case .full:
            throw BTAuthError(.replayStoreFull, "too many recent requests to remember; retry shortly")
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int128 {
        let (seconds, attoseconds) = duration.components
        return Int128(seconds) * 1_000_000_000 + Int128(attoseconds / 1_000_000_000)
    }

    /// Seconds as Python's `f"{x:g}"` prints them (`10`, `2.5`, `1e-09`).
    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%g", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
