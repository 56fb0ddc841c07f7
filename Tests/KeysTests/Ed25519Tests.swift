import Keys
import TestSupport
import Testing

@Suite("ed25519")
struct Ed25519Tests {
    @Test("RFC 8032 and //Alice signing vectors are byte-exact", arguments: Fixtures.crypto.ed25519.vectors)
    func vector(_ vector: CryptoVectors.Ed25519.Vector) throws {
        let seed = hexBytes(vector.seed)
        #expect(hexString(try Ed25519.publicKey(seed: seed)) == vector.public)
        let signature = try Ed25519.sign(hexBytes(vector.message), seed: seed)
        #expect(hexString(signature) == vector.signature)
        #expect(Ed25519.verify(signature: signature, message: hexBytes(vector.message), publicKey: hexBytes(vector.public)))
        #expect(!Ed25519.verify(signature: signature, message: hexBytes(vector.message) + [1], publicKey: hexBytes(vector.public)))
    }

    @Test("ZIP-215 divergence case is accepted as Substrate accepts it", arguments: Fixtures.crypto.ed25519.zip215_divergence)
    func zip215(_ vector: CryptoVectors.Ed25519.ZIP215) {
        #expect(Ed25519.verify(signature: hexBytes(vector.signature), message: hexBytes(vector.message),
                               publicKey: hexBytes(vector.public)) == vector.substrate_valid)
    }
}
