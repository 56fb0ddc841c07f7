import CSodium
import Hashing

/// A scalar modulo the ristretto255 group order `l`, stored as 32 canonical little-endian bytes.
///
/// Arithmetic goes through libsodium's constant-time `crypto_core_ristretto255_scalar_*` functions,
/// so it is safe for secret keys and nonces.
struct Scalar: Sendable, Equatable {
    /// `l` = 2^252 + 27742317777372353535851937790883648493, little-endian.
    static let order: [UInt8] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ]

    /// The canonical little-endian bytes.
    let bytes: [UInt8]

    /// Reduces a 512-bit little-endian value modulo `l` (schnorrkel's `from_bytes_mod_order_wide`).
    init(reducingWide wide: [UInt8]) {
        precondition(wide.count == 64, "wide reduction takes 64 bytes")
        LibSodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_reduce(&out, wide)
        bytes = out
    }

    /// Accepts 32 bytes only when their value is below `l`.
    init?(canonical candidate: [UInt8]) {
        guard candidate.count == 32, Self.isCanonical(candidate) else { return nil }
        bytes = candidate
    }

    /// Takes 32 bytes as they are, for values known to be below `l` (the Ed25519-mode key expansion,
    /// whose result lies in [2^251, 2^252)).
    init(unreduced candidate: [UInt8]) {
        precondition(candidate.count == 32)
        bytes = candidate
    }

    /// Whether 32 little-endian bytes encode a value below `l`, in constant time.
    static func isCanonical(_ candidate: [UInt8]) -> Bool {
        var borrow: Int16 = 0
        for index in 0..<32 {
            borrow = (Int16(candidate[index]) - Int16(order[index]) + borrow) >> 8
        }
        return borrow != 0
    }

    static func + (lhs: Scalar, rhs: Scalar) -> Scalar {
        var out = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_add(&out, lhs.bytes, rhs.bytes)
        return Scalar(unreduced: out)
    }

    static func * (lhs: Scalar, rhs: Scalar) -> Scalar {
        var out = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_mul(&out, lhs.bytes, rhs.bytes)
        return Scalar(unreduced: out)
    }

    static prefix func - (value: Scalar) -> Scalar {
        var out = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_negate(&out, value.bytes)
        return Scalar(unreduced: out)
    }

    /// The ristretto255 encoding of `self · B`, computed in constant time.
    var timesBasepoint: [UInt8] {
        LibSodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: 32)
        // A zero scalar gives the identity, which libsodium reports with -1 and all-zero bytes,
        // the identity's encoding; keys are never zero, so the result is used either way.
        _ = crypto_scalarmult_ristretto255_base(&out, bytes)
        return out
    }
}
