import Crypto

/// Ed25519 signature verification with the ZIP-215 rules of ed25519-zebra, which Substrate uses.
///
/// Compared with RFC 8032 strict verification: A and R may use non-canonical y encodings
/// (y ≥ p is reduced) and may have small order, and the check is the cofactored equation
/// [8](s·B − k·A − R) = 0. The scalar s must still be canonical (s < l).
public enum Ed25519ZIP215 {
    /// Verifies `signature` (R ‖ s, 64 bytes) on `message` under `publicKey` (32 bytes).
    ///
    /// - Parameters:
    ///   - publicKey: the 32-byte encoding of A.
    ///   - message: the signed bytes.
    ///   - signature: R (32 bytes) followed by s (32 bytes, little-endian).
    /// - Returns: `true` when the encodings decode, s < l, and [8](s·B − k·A − R) is the identity,
    ///   where k = SHA-512(R ‖ A ‖ message) mod l. Wrong lengths return `false`.
    public static func verify(publicKey: [UInt8], message: [UInt8], signature: [UInt8]) -> Bool {
        guard publicKey.count == 32, signature.count == 64 else { return false }
        let rBytes = Array(signature[0..<32])
        let s = Array(signature[32..<64])
        guard ScalarModOrder.isCanonical(s),
            let a = EdwardsPoint(zip215Decoding: publicKey),
            let r = EdwardsPoint(zip215Decoding: rBytes)
        else { return false }
        var hash = SHA512()
        hash.update(data: rBytes)
        hash.update(data: publicKey)
        hash.update(data: message)
        let k = ScalarModOrder.reduceWide(Array(hash.finalize()))
        let difference = EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: k, point: -a, b: s) - r
        return difference.doubled().doubled().doubled().isIdentity
    }
}
