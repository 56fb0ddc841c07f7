import Hashing
import SCALE

/// Substrate's trie layouts: whether long values are stored by hash.
public enum TrieLayout: Sendable {
    /// LayoutV0: values are always inline (the extrinsics root while `system_version` < 2).
    case v0
    /// LayoutV1: values of 33 bytes or more are stored as their blake2-256 hash (the state root).
    case v1

    fileprivate func hashesValue(_ value: [UInt8]) -> Bool {
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

    private static func nibbles(of key: [UInt8]) -> [UInt8] {
        key.flatMap { [$0 >> 4, $0 & 0x0F] }
    }

    /// Encodes the node holding `entries`, which all share their first `depth` nibbles.
    private static func encodeNode(_ entries: ArraySlice<Entry>, depth: Int, layout: TrieLayout) -> [UInt8] {
        let first = entries[entries.startIndex]
        if entries.count == 1 {
            let partial = Array(first.nibbles[depth...])
            let hashed = layout.hashesValue(first.value)
            return header(hashed ? .hashedLeaf : .leaf, nibbleCount: partial.count)
                + packed(partial) + encodedValue(first.value, hashed: hashed)
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
        var bitmap: UInt16 = 0
        var encodedChildren = [UInt8]()
        var start = children.startIndex
        while start < children.endIndex {
            let nibble = children[start].nibbles[prefixEnd]
            var end = start
            while end < children.endIndex, children[end].nibbles[prefixEnd] == nibble { end += 1 }
            bitmap |= 1 << UInt16(nibble)
            let child = encodeNode(children[start..<end], depth: prefixEnd + 1, layout: layout)
            let reference = child.count < 32 ? child : Blake2b.hash256(child)
            encodedChildren += Compact(UInt32(reference.count)).scaleEncoded + reference
            start = end
        }
        let partial = Array(first.nibbles[depth..<prefixEnd])
        let hashed = value.map(layout.hashesValue) ?? false
        let kind: NodeKind = value == nil ? .branch : (hashed ? .hashedBranchWithValue : .branchWithValue)
        return header(kind, nibbleCount: partial.count) + packed(partial)
            + [UInt8(bitmap & 0xFF), UInt8(bitmap >> 8)]
            + (value.map { encodedValue($0, hashed: hashed) } ?? []) + encodedChildren
    }

    private enum NodeKind {
        case leaf, branch, branchWithValue, hashedLeaf, hashedBranchWithValue

        /// The header's fixed high bits and how many low bits count nibbles.
        var prefix: (base: UInt8, countBits: Int) {
            switch self {
            case .leaf: (0x40, 6)
            case .branch: (0x80, 6)
            case .branchWithValue: (0xC0, 6)
            case .hashedLeaf: (0x20, 5)
            case .hashedBranchWithValue: (0x10, 4)
            }
        }
    }

    private static func header(_ kind: NodeKind, nibbleCount: Int) -> [UInt8] {
        let (base, bits) = kind.prefix
        let maximum = (1 << bits) - 1
        guard nibbleCount >= maximum else { return [base | UInt8(nibbleCount)] }
        var bytes = [base | UInt8(maximum)]
        var remainder = nibbleCount - maximum
        while remainder >= 255 {
            bytes.append(255)
            remainder -= 255
        }
        bytes.append(UInt8(remainder))
        return bytes
    }

    /// Nibbles two per byte; with an odd count the first byte holds one nibble in its low half.
    private static func packed(_ nibbles: [UInt8]) -> [UInt8] {
        var bytes = [UInt8]()
        var index = 0
        if nibbles.count % 2 == 1 {
            bytes.append(nibbles[0])
            index = 1
        }
        while index < nibbles.count {
            bytes.append(nibbles[index] << 4 | nibbles[index + 1])
            index += 2
        }
        return bytes
    }

    private static func encodedValue(_ value: [UInt8], hashed: Bool) -> [UInt8] {
        hashed ? Blake2b.hash256(value) : Compact(UInt32(value.count)).scaleEncoded + value
    }
}
