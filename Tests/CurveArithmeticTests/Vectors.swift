import CurveArithmetic
import Foundation
import TestSupport

/// A Decodable mirror of the parts of `crypto-vectors.json` that this module checks.
struct CryptoVectors: Decodable, Sendable {
    struct Ristretto: Decodable, Sendable {
        struct Constants: Decodable, Sendable {
            let lLe: String
            let dLe: String
            let sqrtM1Le: String
            let sqrtAdMinusOneLe: String
            let invsqrtAMinusDLe: String
            let oneMinusDSqLe: String
            let dMinusOneSqLe: String
            let basepointEdwardsXLe: String
            let basepointEdwardsYLe: String
            let basepointRistretto: String
        }

        struct HashToGroup: Decodable, Sendable, CustomStringConvertible {
            let labelUtf8: String
            let sha512: String
            let point: String
            var description: String { labelUtf8 }
        }

        struct WideReduction: Decodable, Sendable, CustomStringConvertible {
            let wide64: String
            let reduced: String
            var description: String { wide64 }
        }

        struct CanonicalCheck: Decodable, Sendable, CustomStringConvertible {
            let bytes: String
            let canonical: Bool
            var description: String { bytes }
        }

        struct BasepointMultiple: Decodable, Sendable, CustomStringConvertible {
            let scalar: String
            let kTimesBasepoint: String
            var description: String { scalar }
        }

        struct AddSub: Decodable, Sendable, CustomStringConvertible {
            let p: String
            let q: String
            let pPlusQ: String
            let pMinusQ: String
            var description: String { "p=\(p) q=\(q)" }
        }

        let constants: Constants
        let smallMultiplesOfGenerator: [String]
        let badEncodingsMustReject: [String]
        let hashToGroupSha512OfUtf8Label: [HashToGroup]
        let scalarReduceWide: [WideReduction]
        let scalarCanonicalCheck: [CanonicalCheck]
        let scalarMulBasepoint: [BasepointMultiple]
        let pointAddSub: [AddSub]
    }

    struct Ed25519: Decodable, Sendable {
        struct Signature: Decodable, Sendable, CustomStringConvertible {
            let `public`: String
            let message: String
            let signature: String
            var description: String { "pk=\(`public`) msg=\(message)" }
        }

        let vectors: [Signature]
        let zip215Divergence: [Signature]
    }

    let ristretto255: Ristretto
    let ed25519: Ed25519
}

/// The vectors, read once from `Tests/Fixtures/crypto-vectors.json` next to this source tree.
let vectors: CryptoVectors = {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/crypto-vectors.json")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    do {
        return try decoder.decode(CryptoVectors.self, from: Data(contentsOf: url))
    } catch {
        fatalError("cannot load \(url.path): \(error)")
    }
}()

/// Lowercase or uppercase hex without a prefix to bytes.
func hex(_ string: String) -> [UInt8] {
    let digits = Array(string.utf8)
    precondition(digits.count % 2 == 0, "odd hex length")
    return stride(from: 0, to: digits.count, by: 2).map { i in
        UInt8(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16)!
    }
}

/// Bytes to lowercase hex.
func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// A 32-byte little-endian scalar holding a small integer.
func scalar(_ value: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: 32)
    for i in 0..<8 {
        bytes[i] = UInt8(truncatingIfNeeded: value >> (8 * i))
    }
    return bytes
}


/// Slow reference: scalar·P by plain most-significant-bit-first double-and-add.
func referenceMultiply(_ scalar: [UInt8], _ point: EdwardsPoint) -> EdwardsPoint {
    var result = EdwardsPoint.identity
    for bit in stride(from: 255, through: 0, by: -1) {
        result = result.doubled()
        if (scalar[bit / 8] >> (bit % 8)) & 1 == 1 {
            result = result + point
        }
    }
    return result
}

extension SplitMix64 {
    /// `count` random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }

    /// A random scalar below 2^252 < l (the top four bits cleared).
    mutating func scalar() -> [UInt8] {
        var s = bytes(32)
        s[31] &= 0x0F
        return s
    }
}
