import CurveArithmetic
import Hashing

extension Sr25519 {
    /// One signature of a batch.
    public struct BatchItem: Sendable {
        /// The 64-byte signature.
        public let signature: [UInt8]
        /// The signed message.
        public let message: [UInt8]
        /// The 32-byte public key.
        public let publicKey: [UInt8]

        /// An item.
        public init(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) {
            self.signature = signature
            self.message = message
            self.publicKey = publicKey
        }
    }

    /// Verifies many signatures at once; the answer for each is exactly what `verify` would give (a malformed
    /// one is false).
    ///
    /// The well-formed ones are checked together: `Σ zᵢ·(sᵢ·B − kᵢ·Aᵢ − Rᵢ) = 0` with 128-bit weights zᵢ
    /// derived by hashing the whole batch (so a forger cannot choose signatures whose errors cancel without
    /// breaking blake2b), in one multi-scalar multiplication that shares its doublings. If the combined check
    /// fails, each signature is checked on its own to find the bad ones.
    public static func verifyBatch(_ items: [BatchItem], context: [UInt8] = substrateContext) -> [Bool] {
        let parsed = items.map { item in
            try? ParsedSignature(signature: item.signature, message: item.message, publicKey: item.publicKey,
                                 context: context)
        }
        var results = parsed.map { $0 != nil }
        let candidates = parsed.indices.filter { parsed[$0] != nil }
        guard candidates.count > 1 else {
            for index in candidates { results[index] = parsed[index]!.equationHolds() }
            return results
        }
        let seed = Blake2b.hash256(candidates.flatMap { index in
            items[index].signature + items[index].publicKey + parsed[index]!.k.bytes
        })
        var baseScalar = Scalar(unreduced: [UInt8](repeating: 0, count: 32))
        var scalars: [[UInt8]] = []
        var points: [RistrettoPoint] = []
        for (position, index) in candidates.enumerated() {
            let signature = parsed[index]!
            let weightBytes = Blake2b.hash(seed + withUnsafeBytes(of: UInt64(position).littleEndian, Array.init),
                                           outputByteCount: 16)
            let weight = Scalar(unreduced: weightBytes + [UInt8](repeating: 0, count: 16))
            baseScalar = baseScalar + weight * signature.s
            scalars.append((weight * signature.k).bytes)
            points.append(-signature.publicKey)
            scalars.append(weight.bytes)
            points.append(-signature.commitment)
        }
        if RistrettoPoint.vartimeMultiscalarIsIdentity(base: baseScalar.bytes, scalars: scalars, points: points) {
            return results
        }
        for index in candidates { results[index] = parsed[index]!.equationHolds() }
        return results
    }
}
