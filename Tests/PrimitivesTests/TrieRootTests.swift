import Hashing
import Primitives
import TestSupport
import Testing

/// Vectors from the project's Substrate specification (§2.2), produced by sp-trie.
@Suite("Trie roots (sp-trie, base 16, blake2-256)")
struct TrieRootTests {
    private let timestampSet = hexBytes("280402000b0068e5cf8b01")
    private let transfer = hexBytes(
        "39028400d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d01"
            + String(repeating: "cc", count: 64) + "00140000"
            + "0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee")

    @Test("the empty trie")
    func empty() {
        #expect(TrieRoot.empty.description == "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314")
        #expect(TrieRoot.root(of: [], layout: .v1) == TrieRoot.empty)
    }

    @Test("two short values under a shared prefix (V0 = V1)")
    func sharedPrefix() {
        let entries = [(key: hexBytes("0102"), value: hexBytes("aa")), (key: hexBytes("0103"), value: hexBytes("bb"))]
        let expected = "0xd29e8cf9862a9f3d04fe4ca262ea3cf1fc779792afdc82193df90c16edc52665"
        #expect(TrieRoot.root(of: entries, layout: .v0).description == expected)
        #expect(TrieRoot.root(of: entries, layout: .v1).description == expected)
        #expect(TrieRoot.root(of: entries.reversed(), layout: .v1).description == expected)
        #expect(H256.blake2(hexBytes("8300100c00" + "0c4004aa0c4004bb")).description == expected)
    }

    @Test("a 40-byte value is hashed in V1 and inline in V0")
    func hashedValues() {
        let entries = [(key: [UInt8(1)], value: [UInt8](repeating: 0x11, count: 40)),
                       (key: [UInt8(2)], value: [UInt8](repeating: 0x22, count: 4))]
        #expect(TrieRoot.root(of: entries, layout: .v1).description == "0x6947dedb812b1994634efeee7db53870d9dcd909db9d8a602eb75d91c4a170d5")
        #expect(TrieRoot.root(of: entries, layout: .v0).description == "0xd4abc9e54cfbf8b9de66f2ee0a08abb69cb966a5bc855dd3b908588f38c40ed7")
    }

    @Test("ordered roots of extrinsics: one Timestamp.set, then with a signed transfer")
    func orderedRoots() {
        #expect(TrieRoot.orderedRoot(of: [timestampSet], layout: .v0).description
            == "0x7cdd809c71754dc66ae047b3d66349e521f4e4477243ce23fb686bb272926663")
        #expect(transfer.count == 144)
        #expect(TrieRoot.orderedRoot(of: [timestampSet, transfer], layout: .v0).description
            == "0xce63b9f5f744cb3c32f5e5aa947c2ee3e515452e34c802cae01cbd79e3fba7ad")
        #expect(TrieRoot.orderedRoot(of: [timestampSet, transfer], layout: .v1).description
            == "0xdf5cc63498317b55f509b95a6bb6639ad47817ab9514b7d0c46d58dea8b3633a")
    }

    @Test("key order does not matter, and changing any value changes the root")
    func sensitivity() {
        let entries = (0..<300).map { index in
            (key: Blake2b.hash128([UInt8(index & 0xFF), UInt8(index >> 8)]) + [UInt8(index % 7)],
             value: [UInt8](repeating: UInt8(index & 0xFF), count: index % 70))
        }
        let root = TrieRoot.root(of: entries, layout: .v1)
        #expect(TrieRoot.root(of: entries.shuffled(), layout: .v1) == root)
        var changed = entries
        changed[123].value.append(1)
        #expect(TrieRoot.root(of: changed, layout: .v1) != root)
        #expect(TrieRoot.orderedRoot(of: (0..<100).map { [UInt8($0)] }, layout: .v0)
            != TrieRoot.orderedRoot(of: (0..<99).map { [UInt8($0)] }, layout: .v0))
    }
}
