import Hashing
import SCALE

/// sp-trie's node encoding (base 16, no extension nodes): headers with the node kind and partial-key
/// length, packed nibbles, inline or hashed values, and children inlined when shorter than 32 bytes.
enum TrieNodeCodec {
    /// A leaf: `header ‖ partial ‖ value`.
    static func leaf<C: Collection<UInt8>>(partial: C, value: [UInt8], layout: TrieLayout) -> [UInt8] {
        let hashed = layout.hashesValue(value)
        return header(hashed ? .hashedLeaf : .leaf, nibbleCount: partial.count) + packed(partial)
            + encodedValue(value, hashed: hashed)
    }

    /// A branch: `header ‖ partial ‖ bitmap ‖ value? ‖ children`, where `children[i]` is the reference
    /// (see `reference(to:)`) of the child at nibble i.
    static func branch<C: Collection<UInt8>>(partial: C, value: [UInt8]?, children: [[UInt8]?], layout: TrieLayout) -> [UInt8] {
        let hashed = value.map(layout.hashesValue) ?? false
        let kind: Kind = value == nil ? .branch : (hashed ? .hashedBranchWithValue : .branchWithValue)
        var bitmap: UInt16 = 0
        var encodedChildren = [UInt8]()
        for (nibble, reference) in children.enumerated() {
            guard let reference else { continue }
            bitmap |= 1 << UInt16(nibble)
            encodedChildren += Compact(UInt32(reference.count)).scaleEncoded + reference
        }
        return header(kind, nibbleCount: partial.count) + packed(partial) + [UInt8(bitmap & 0xFF), UInt8(bitmap >> 8)]
            + (value.map { encodedValue($0, hashed: hashed) } ?? []) + encodedChildren
    }

    /// How a parent refers to a child: the encoding itself when shorter than 32 bytes, else its blake2-256.
    static func reference(to encoding: [UInt8]) -> [UInt8] {
        encoding.count < 32 ? encoding : Blake2b.hash256(encoding)
    }

    private enum Kind {
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

    private static func header(_ kind: Kind, nibbleCount: Int) -> [UInt8] {
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
    private static func packed<C: Collection<UInt8>>(_ nibbles: C) -> [UInt8] {
        let nibbles = Array(nibbles)
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
