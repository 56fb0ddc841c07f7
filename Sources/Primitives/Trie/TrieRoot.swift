import Hashing
import SCALE

/// Substrate's trie layouts: whether long values are stored by hash.
public enum TrieLayout: Sendable {
    /// LayoutV0: values are always inline (the extrinsics root while `system_version` < 2).
    case v0
    /// LayoutV1: values of 33 bytes or more are stored as their blake2-256 hash (the state root).
    case v1

    func hashesValue(_ value: [UInt8]) -> Bool {
        self == .v1 && value.count >= 33
    }
}

/// Roots of Substrate's base-16 Patricia–Merkle trie (sp-trie's node codec, blake2-256), computed from
/// scratch over a set of key–value pairs.
///
/// The trie has no extension nodes: partial keys sit in leaves and branches. Children whose encoding is
/// shorter than 32 bytes are inlined; longer ones are referenced by hash.
public enum TrieRoot {
    /// The root of the empty trie, `blake2_256(0x00)`.
    public static let empty = H256.blake2([0])

    /// The root over `entries` (keys need not be sorted; a key must not repeat).
    ///
    /// - Complexity: O(n log n + total key and value length).
    public static func root(of entries: [(key: [UInt8], value: [UInt8])], layout: TrieLayout) -> H256 {
        guard !entries.isEmpty else { return empty }
        let sorted = entries.map { (nibbles: nibbles(of: $0.key), value: $0.value) }
            .sorted { $0.nibbles.lexicographicallyPrecedes($1.nibbles) }
        return H256.blake2(encodeNode(sorted[...], depth: 0, layout: layout))
    }

    /// The ordered root of a list: keys are `Compact(index as u32)`, values the items (extrinsics' full
    /// encodings for a block's extrinsics root).
    public static func orderedRoot(of values: [[UInt8]], layout: TrieLayout) -> H256 {
        root(of: values.enumerated().map { (Compact(UInt32($0.offset)).scaleEncoded, $0.element) }, layout: layout)
    }

    private typealias Entry = (nibbles: [UInt8], value: [UInt8])

    static func nibbles(of key: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: key.count * 2) { buffer, count in
            for (index, byte) in key.enumerated() {
                buffer[2 * index] = byte >> 4
                buffer[2 * index + 1] = byte & 0x0F
            }
            count = key.count * 2
        }
    }

    /// Encodes the node holding `entries`, which all share their first `depth` nibbles.
    private static func encodeNode(_ entries: ArraySlice<Entry>, depth: Int, layout: TrieLayout) -> [UInt8] {
        let first = entries[entries.startIndex]
        if entries.count == 1 {
            return TrieNodeCodec.leaf(partial: first.nibbles[depth...], value: first.value, layout: layout)
        }
        let last = entries[entries.index(before: entries.endIndex)]
        var prefixEnd = depth
        while prefixEnd < first.nibbles.count, prefixEnd < last.nibbles.count,
              first.nibbles[prefixEnd] == last.nibbles[prefixEnd] {
            prefixEnd += 1
        }
        var children = entries
        var value: [UInt8]?
        if first.nibbles.count == prefixEnd {
            value = first.value
            children = entries.dropFirst()
        }
        var references = [[UInt8]?](repeating: nil, count: 16)
        var start = children.startIndex
        while start < children.endIndex {
            let nibble = children[start].nibbles[prefixEnd]
            var end = start
            while end < children.endIndex, children[end].nibbles[prefixEnd] == nibble { end += 1 }
            let child = encodeNode(children[start..<end], depth: prefixEnd + 1, layout: layout)
            references[Int(nibble)] = TrieNodeCodec.reference(to: child)
            start = end
        }
        return TrieNodeCodec.branch(partial: first.nibbles[depth..<prefixEnd], value: value, children: references, layout: layout)
    }
}
