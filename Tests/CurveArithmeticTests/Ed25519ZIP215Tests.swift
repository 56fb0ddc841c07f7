import CurveArithmetic
import Testing

@Suite("Ed25519 with ZIP-215 rules")
struct Ed25519ZIP215Tests {
    static func verify(_ v: CryptoVectors.Ed25519.Signature) -> Bool {
        Ed25519ZIP215.verify(publicKey: hex(v.public), message: hex(v.message), signature: hex(v.signature))
    }

    @Test("RFC 8032 and //Alice signatures verify", arguments: vectors.ed25519.vectors)
    func validSignature(vector: CryptoVectors.Ed25519.Signature) {
        #expect(Self.verify(vector))
    }

    @Test("the ZIP-215 divergence case is accepted", arguments: vectors.ed25519.zip215Divergence)
    func divergence(vector: CryptoVectors.Ed25519.Signature) {
        #expect(Self.verify(vector))
    }

    @Test("a flipped message bit is rejected", arguments: vectors.ed25519.vectors)
    func flippedMessage(vector: CryptoVectors.Ed25519.Signature) {
        var message = hex(vector.message)
        if message.isEmpty {
            message = [1]
        } else {
            message[0] ^= 1
        }
        #expect(!Ed25519ZIP215.verify(publicKey: hex(vector.public), message: message, signature: hex(vector.signature)))
    }

    @Test("a flipped signature bit in R or s is rejected", arguments: vectors.ed25519.vectors)
    func flippedSignature(vector: CryptoVectors.Ed25519.Signature) {
        for byte in [0, 40] {
            var signature = hex(vector.signature)
            signature[byte] ^= 4
            #expect(!Ed25519ZIP215.verify(publicKey: hex(vector.public), message: hex(vector.message), signature: signature))
        }
    }

    @Test("s ≥ l is rejected even though s − l would verify", arguments: vectors.ed25519.vectors)
    func nonCanonicalS(vector: CryptoVectors.Ed25519.Signature) {
        var signature = hex(vector.signature)
        var carry = 0
        let l = hex(vectors.ristretto255.constants.lLe)
        for i in 0..<32 {
            let sum = Int(signature[32 + i]) + Int(l[i]) + carry
            signature[32 + i] = UInt8(sum & 0xFF)
            carry = sum >> 8
        }
        #expect(carry == 0)
        #expect(!Ed25519ZIP215.verify(publicKey: hex(vector.public), message: hex(vector.message), signature: signature))
    }

    @Test("non-canonical y encodings of A and R are accepted")
    func nonCanonicalEncodings() {
        // y = 1 (the identity) written as p + 1, with and without the sign bit: identity key,
        // identity R and s = 0 satisfy the equation for every message.
        let pPlusOne = hex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
        var pPlusOneSigned = pPlusOne
        pPlusOneSigned[31] |= 0x80
        let zero = [UInt8](repeating: 0, count: 32)
        for a in [pPlusOne, pPlusOneSigned] {
            for r in [pPlusOne, pPlusOneSigned] {
                #expect(Ed25519ZIP215.verify(publicKey: a, message: [1, 2, 3], signature: r + zero))
            }
        }
    }

    @Test("points off the curve are rejected")
    func offCurve() {
        // y = 2: (y² − 1)/(d·y² + 1) is not a square.
        let y2 = scalar(2)
        #expect(EdwardsPoint(zip215Decoding: y2) == nil)
        let zero = [UInt8](repeating: 0, count: 32)
        #expect(!Ed25519ZIP215.verify(publicKey: y2, message: [], signature: scalar(1) + zero))
        #expect(!Ed25519ZIP215.verify(publicKey: scalar(1), message: [], signature: y2 + zero))
    }

    @Test("wrong lengths are rejected", arguments: [31, 33])
    func wrongLengths(count: Int) {
        let v = vectors.ed25519.vectors[0]
        let pk = hex(v.public)
        let sig = hex(v.signature)
        let resizedKey = count < 32 ? Array(pk.prefix(count)) : pk + [0]
        #expect(!Ed25519ZIP215.verify(publicKey: resizedKey, message: hex(v.message), signature: sig))
        let resizedSignature = count < 32 ? Array(sig.prefix(32 + count)) : sig + [0]
        #expect(!Ed25519ZIP215.verify(publicKey: pk, message: hex(v.message), signature: resizedSignature))
        #expect(EdwardsPoint(zip215Decoding: resizedKey) == nil)
    }

    @Test("Edwards encoding round-trips and matches the base point constants")
    func edwardsEncoding() {
        let c = vectors.ristretto255.constants
        var expected = hex(c.basepointEdwardsYLe)
        if hex(c.basepointEdwardsXLe)[0] & 1 == 1 {
            expected[31] |= 0x80
        }
        #expect(EdwardsPoint.basepoint.encoded == expected)
        #expect(EdwardsPoint(zip215Decoding: expected) == .basepoint)
    }
}
