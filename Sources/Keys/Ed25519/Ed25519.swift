import Crypto
import CurveArithmetic
import Hashing

/// Ed25519 as Substrate uses it: RFC 8032 keys from a 32-byte seed (swift-crypto), hard derivation
/// by BLAKE2b, and verification by the ZIP-215 rules of ed25519-zebra.
public enum Ed25519 {
    /// The public key of a 32-byte seed.
    /// - Throws: `KeyError.invalidLength`.
    public static func publicKey(seed: [UInt8]) throws -> [UInt8] {
        Array(try privateKey(seed: seed).publicKey.rawRepresentation)
    }

    /// The deterministic RFC 8032 signature of `message`.
    /// - Throws: `KeyError.invalidLength` for a seed that is not 32 bytes.
    public static func sign(_ message: [UInt8], seed: [UInt8]) throws -> [UInt8] {
        Array(try privateKey(seed: seed).signature(for: message))
    }

    /// Verifies as Substrate does (ed25519-zebra, ZIP-215): cofactored equation, non-canonical point
    /// encodings accepted, `s` must be below `l`.
    public static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, publicKey.count == 32 else { return false }
        return Ed25519ZIP215.verify(publicKey: publicKey, message: message, signature: signature)
    }

    /// Hard derivation (`//junction`): `blake2b-256(SCALE("Ed25519HDKD") ‖ seed ‖ chainCode)`.
    public static func hardDerivedSeed(seed: [UInt8], chainCode: [UInt8]) -> [UInt8] {
        Blake2b.hash256([0x2c] + Array("Ed25519HDKD".utf8) + seed + chainCode)
    }

    private static func privateKey(seed: [UInt8]) throws -> Curve25519.Signing.PrivateKey {
        guard seed.count == 32 else {
            throw KeyError(.invalidLength, "an ed25519 seed is 32 bytes, got \(seed.count)")
        }
        return try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }
}
