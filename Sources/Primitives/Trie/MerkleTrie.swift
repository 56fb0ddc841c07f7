/// A base-16 Patricia–Merkle trie held in memory that keeps each node's encoding, so that after a batch
/// of changes `root()` re-encodes and rehashes only the nodes on changed paths.
///
/// A value type: copies share unchanged subtrees (arrays are copy-on-write), which makes forks cheap.
/// Its roots equal `TrieRoot.root(of:layout:)` over the same pairs.
public struct MerkleTrie: Sendable {
    /// The layout the roots are computed in.
    public let layout: TrieLayout
    private var rootNode: Node?
    /// The number of keys.
    public private(set) var count = 0

    /// An empty trie.
    public init(layout: TrieLayout) {
        self.layout = layout
    }

    /// A trie holding `entries`.
    public init<S: Sequence>(layout: TrieLayout, entries: S) where S.Element == (key: [UInt8], value: [UInt8]) {
        self.init(layout: layout)
        for entry in entries { insert(key: entry.key, value: entry.value) }
    }

    private struct Node: Sendable {
        var partial: [UInt8]
        var value: [UInt8]?
        /// Empty for a leaf; 16 slots for a branch.
        var children: [Node?]
        /// The encoding, or nil when it must be recomputed.
        var encoding: [UInt8]?

        static func leaf(_ partial: ArraySlice<UInt8>, _ value: [UInt8]) -> Node {
            Node(partial: Array(partial), value: value, children: [], encoding: nil)
        }
    }

    /// The value stored under `key`.
    public func value(forKey key: [UInt8]) -> [UInt8]? {
        var node = rootNode
        var rest = TrieRoot.nibbles(of: key)[...]
        while let current = node {
            guard rest.starts(with: current.partial) else { return nil }
            rest = rest.dropFirst(current.partial.count)
            guard let nibble = rest.first else { return current.value }
            guard !current.children.isEmpty else { return nil }
            node = current.children[Int(nibble)]
            rest = rest.dropFirst()
        }
        return nil
    }

    /// The keys that start with `prefix`, in ascending byte order.
    public func keys(withPrefix prefix: [UInt8]) -> [[UInt8]] {
        var node = rootNode
        var rest = TrieRoot.nibbles(of: prefix)[...]
        var path = [UInt8]()
        while let current = node, !rest.isEmpty {
            let common = zip(current.partial, rest).prefix { $0 == $1 }.count
            if common == rest.count {
                break
            }
            guard common == current.partial.count, !current.children.isEmpty else { return [] }
            path += current.partial + [rest[rest.startIndex + common]]
            node = current.children[Int(rest[rest.startIndex + common])]
            rest = rest.dropFirst(common + 1)
        }
        guard let start = node else { return [] }
        var keys = [[UInt8]]()
        Self.collectKeys(start, path: path, into: &keys)
        return keys
    }

    private static func collectKeys(_ node: Node, path: [UInt8], into keys: inout [[UInt8]]) {
        let nibbles = path + node.partial
        if node.value != nil, nibbles.count % 2 == 0 {
            keys.append(stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] })
        }
        for (index, child) in node.children.enumerated() {
            if let child { collectKeys(child, path: nibbles + [UInt8(index)], into: &keys) }
        }
    }

    /// Stores `value` under `key`, replacing any previous value.
    public mutating func insert(key: [UInt8], value: [UInt8]) {
        var added = false
        rootNode = Self.inserting(rootNode, TrieRoot.nibbles(of: key)[...], value, added: &added)
        if added { count += 1 }
    }

    /// Removes `key` and its value, if present.
    public mutating func remove(key: [UInt8]) {
        var removed = false
        rootNode = Self.removing(rootNode, TrieRoot.nibbles(of: key)[...], removed: &removed)
        if removed { count -= 1 }
    }

    /// The root hash, re-encoding only nodes changed since the last call.
    ///
    /// - Complexity: O(changed nodes × node size) after a batch of changes; O(1) when nothing changed.
    public mutating func root() -> H256 {
        guard rootNode != nil else { return TrieRoot.empty }
        return H256.blake2(Self.encode(&rootNode!, layout: layout))
    }

    private static func inserting(_ node: Node?, _ key: ArraySlice<UInt8>, _ value: [UInt8], added: inout Bool) -> Node {
        guard var node else {
            added = true
            return .leaf(key, value)
        }
        let common = zip(node.partial, key).prefix { $0 == $1 }.count
        if common < node.partial.count {
            added = true
            var branch = Node(partial: Array(key.prefix(common)), value: nil, children: Array(repeating: nil, count: 16), encoding: nil)
            let existingNibble = Int(node.partial[common])
            node.partial = Array(node.partial[(common + 1)...])
            node.encoding = nil
            branch.children[existingNibble] = node
            if key.count == common {
                branch.value = value
            } else {
                branch.children[Int(key[key.startIndex + common])] = .leaf(key.dropFirst(common + 1), value)
            }
            return branch
        }
        node.encoding = nil
        let rest = key.dropFirst(common)
        guard let nibble = rest.first else {
            added = node.value == nil
            node.value = value
            return node
        }
        if node.children.isEmpty { node.children = Array(repeating: nil, count: 16) }
        node.children[Int(nibble)] = inserting(node.children[Int(nibble)], rest.dropFirst(), value, added: &added)
        return node
    }

    private static func removing(_ node: Node?, _ key: ArraySlice<UInt8>, removed: inout Bool) -> Node? {
        guard var node, key.starts(with: node.partial) else { return node }
        let rest = key.dropFirst(node.partial.count)
        if let nibble = rest.first {
            guard !node.children.isEmpty, let child = node.children[Int(nibble)] else { return node }
            node.children[Int(nibble)] = removing(child, rest.dropFirst(), removed: &removed)
        } else {
            guard node.value != nil else { return node }
            node.value = nil
            removed = true
        }
        guard removed else { return node }
        node.encoding = nil
        let remaining = node.children.indices.filter { node.children[$0] != nil }
        if remaining.isEmpty {
            node.children = []
            return node.value == nil ? nil : node
        }
        if remaining.count == 1, node.value == nil {
            var only = node.children[remaining[0]]!
            only.partial = node.partial + [UInt8(remaining[0])] + only.partial
            only.encoding = nil
            return only
        }
        return node
    }

    /// The node's encoding, computing (and caching) it and its children's when missing.
    private static func encode(_ node: inout Node, layout: TrieLayout) -> [UInt8] {
        if let encoding = node.encoding { return encoding }
        let encoding: [UInt8]
        if node.children.isEmpty {
            encoding = TrieNodeCodec.leaf(partial: node.partial, value: node.value!, layout: layout)
        } else {
            var references = [[UInt8]?](repeating: nil, count: 16)
            for index in 0..<16 where node.children[index] != nil {
                references[index] = TrieNodeCodec.reference(to: encode(&node.children[index]!, layout: layout))
            }
            encoding = TrieNodeCodec.branch(partial: node.partial, value: node.value, children: references, layout: layout)
        }
        node.encoding = encoding
        return encoding
    }
}
