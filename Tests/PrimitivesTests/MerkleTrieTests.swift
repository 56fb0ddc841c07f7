import Hashing
import Primitives
import Testing

@Suite("Incremental Merkle trie")
struct MerkleTrieTests {
    /// Keys shaped like FRAME storage keys (shared 32-byte prefixes), plus short and prefix-of-another keys.
    private func key(_ index: Int) -> [UInt8] {
        let prefix = Twox.hash128(Array("Pallet\(index % 3)".utf8)) + Twox.hash128(Array("Item\(index % 5)".utf8))
        switch index % 4 {
        case 0: return prefix + Blake2b.hash128([UInt8(index & 0xFF), UInt8(index >> 8)])
        case 1: return prefix
        case 2: return [UInt8(index & 0x0F)]
        default: return prefix + [UInt8(index & 0xFF)]
        }
    }

    @Test("random inserts, overwrites and removals keep the root equal to a from-scratch root", arguments: [TrieLayout.v0, .v1])
    func matchesReference(_ layout: TrieLayout) {
        var generator = SystemRandomNumberGenerator()
        var trie = MerkleTrie(layout: layout)
        var reference = [[UInt8]: [UInt8]]()
        #expect(trie.root() == TrieRoot.empty)
        for step in 0..<600 {
            let k = key(Int.random(in: 0..<200, using: &generator))
            if Int.random(in: 0..<3, using: &generator) == 0 {
                trie.remove(key: k)
                reference[k] = nil
            } else {
                let v = [UInt8](repeating: UInt8(step & 0xFF), count: Int.random(in: 0..<70, using: &generator))
                trie.insert(key: k, value: v)
                reference[k] = v
            }
            if step % 25 == 0 || step == 599 {
                let expected = TrieRoot.root(of: reference.map { (key: $0.key, value: $0.value) }, layout: layout)
                #expect(trie.root() == expected, "step \(step)")
                #expect(trie.count == reference.count)
            }
        }
        for (k, v) in reference { #expect(trie.value(forKey: k) == v) }
        #expect(trie.value(forKey: [0xFF, 0xFF]) == nil)
        for k in reference.keys { trie.remove(key: k) }
        #expect(trie.root() == TrieRoot.empty)
        #expect(trie.count == 0)
    }

    @Test("copies are independent (forks)")
    func forks() {
        var trie = MerkleTrie(layout: .v1, entries: [(key: [1, 2], value: [3]), (key: [1, 3], value: [4])])
        let before = trie.root()
        var fork = trie
        fork.insert(key: [9], value: [9])
        #expect(trie.root() == before)
        #expect(fork.root() != before)
        fork.remove(key: [9])
        #expect(fork.root() == before)
    }

    @Test("removing a missing key changes nothing")
    func removeMissing() {
        var trie = MerkleTrie(layout: .v1, entries: [(key: [1, 2], value: [3])])
        let before = trie.root()
        trie.remove(key: [1])
        trie.remove(key: [1, 2, 3])
        trie.remove(key: [7])
        #expect(trie.root() == before)
        #expect(trie.count == 1)
    }
}

@Suite("Trie prefix iteration")
struct MerkleTriePrefixTests {
    @Test("keys with a prefix come back sorted and complete")
    func prefixes() {
        var generator = SystemRandomNumberGenerator()
        let keys = (0..<300).map { _ in (0..<Int.random(in: 1...6, using: &generator)).map { _ in UInt8.random(in: 0...3, using: &generator) } }
        let trie = MerkleTrie(layout: .v1, entries: keys.map { (key: $0, value: [1]) })
        let unique = Array(Set(keys)).sorted { $0.lexicographicallyPrecedes($1) }
        #expect(trie.keys(withPrefix: []) == unique)
        for prefix in [[UInt8](), [0], [1, 2], [3, 3, 3], [9]] {
            #expect(trie.keys(withPrefix: prefix) == unique.filter { $0.starts(with: prefix) }, "prefix \(prefix)")
        }
    }
}
