import Keys
import Testing

/// Batch verification gives, for every signature, exactly the answer of `verify`.
@Suite struct Sr25519BatchTests {
    private func items(count: Int) throws -> [Sr25519.BatchItem] {
        try (0..<count).map { index in
            let pair = try Keypair(uri: "//batch\(index)", cryptoType: .sr25519)
            let message = Array("message \(index)".utf8)
            return Sr25519.BatchItem(signature: pair.sign(message), message: message, publicKey: pair.publicKey)
        }
    }

    private func individually(_ items: [Sr25519.BatchItem]) -> [Bool] {
        items.map { (try? Sr25519.verify(signature: $0.signature, message: $0.message, publicKey: $0.publicKey)) ?? false }
    }

    @Test func validSignaturesPassTogether() throws {
        let batch = try items(count: 24)
        #expect(Sr25519.verifyBatch(batch) == [Bool](repeating: true, count: 24))
        #expect(Sr25519.verifyBatch([]) == [])
        #expect(Sr25519.verifyBatch([batch[0]]) == [true])
    }

    @Test func eachBadSignatureIsFoundAndOnlyIt() throws {
        var batch = try items(count: 16)
        var flipped = batch[5].signature
        flipped[3] ^= 0x10
        batch[5] = .init(signature: flipped, message: batch[5].message, publicKey: batch[5].publicKey)
        batch[9] = .init(signature: batch[9].signature, message: Array("other".utf8), publicKey: batch[9].publicKey)
        batch[12] = .init(signature: batch[12].signature, message: batch[12].message, publicKey: batch[13].publicKey)
        var unmarked = batch[2].signature
        unmarked[63] &= 0x7f
        batch[2] = .init(signature: unmarked, message: batch[2].message, publicKey: batch[2].publicKey)
        batch[7] = .init(signature: Array(batch[7].signature.prefix(10)), message: batch[7].message,
                         publicKey: batch[7].publicKey)
        let expected = individually(batch)
        #expect(expected.filter { !$0 }.count == 5)
        #expect(Sr25519.verifyBatch(batch) == expected)
    }

    @Test func swappingSignaturesBetweenMessagesDoesNotCancelOut() throws {
        var batch = try items(count: 4)
        let first = batch[0]
        batch[0] = .init(signature: batch[1].signature, message: first.message, publicKey: first.publicKey)
        batch[1] = .init(signature: first.signature, message: batch[1].message, publicKey: batch[1].publicKey)
        #expect(Sr25519.verifyBatch(batch) == [false, false, true, true])
    }
}
