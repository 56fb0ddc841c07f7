import Primitives

/// The chain state as the runtime sees it: committed key–value pairs in a `MerkleTrie` (layout V1) and
/// an overlay of uncommitted changes in nested transactional layers.
///
/// Each extrinsic runs in its own layer: `commitTransaction()` folds it into the layer below,
/// `rollbackTransaction()` drops it, so a failed call leaves no trace. `commitChanges()` writes the
/// overlay into the trie at the end of a block. A value type: copying forks the state.
public struct StorageState: Sendable {
    private var committed: MerkleTrie
    /// Uncommitted changes, innermost transaction last; nil values are deletions.
    private var layers: [[OverlayKey: [UInt8]?]] = [[:]]

    /// A state holding `entries` (a genesis state).
    public init<S: Sequence>(entries: S) where S.Element == (key: [UInt8], value: [UInt8]) {
        committed = MerkleTrie(layout: .v1, entries: entries)
    }

    /// An empty state.
    public init() {
        self.init(entries: [])
    }

    /// How many transactions are open.
    public var transactionDepth: Int { layers.count - 1 }

    /// The value under `key`, seen through the open transactions.
    public func value(forKey key: [UInt8]) -> [UInt8]? {
        let overlayKey = OverlayKey(bytes: key)
        for layer in layers.reversed() {
            if let change = layer[overlayKey] { return change }
        }
        return committed.value(forKey: key)
    }

    /// Stores `value` under `key` in the innermost layer.
    public mutating func set(_ value: [UInt8], forKey key: [UInt8]) {
        layers[layers.count - 1][OverlayKey(bytes: key)] = .some(value)
    }

    /// Deletes `key` in the innermost layer.
    public mutating func remove(key: [UInt8]) {
        layers[layers.count - 1][OverlayKey(bytes: key)] = .some(nil)
    }

    /// Deletes every key that starts with `prefix`.
    public mutating func removeAll(withPrefix prefix: [UInt8]) {
        for key in keys(withPrefix: prefix) { remove(key: key) }
    }

    /// The keys that start with `prefix` as the open transactions see them, in ascending byte order.
    public func keys(withPrefix prefix: [UInt8]) -> [[UInt8]] {
        var present = Set(committed.keys(withPrefix: prefix))
        for layer in layers {
            for (key, change) in layer where key.bytes.starts(with: prefix) {
                if change == nil { present.remove(key.bytes) } else { present.insert(key.bytes) }
            }
        }
        return present.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Opens a nested transaction.
    public mutating func startTransaction() {
        layers.append([:])
    }

    /// Folds the innermost transaction into the one below.
    public mutating func commitTransaction() {
        precondition(layers.count > 1, "no transaction is open")
        let top = layers.removeLast()
        layers[layers.count - 1].merge(top) { $1 }
    }

    /// Drops the innermost transaction's changes.
    public mutating func rollbackTransaction() {
        precondition(layers.count > 1, "no transaction is open")
        layers.removeLast()
    }

    /// Writes the overlay into the trie; every transaction must be closed. Returns the changes written, in key
    /// order (what a database must store to hold the same state).
    @discardableResult
    public mutating func commitChanges() -> [StorageChange] {
        precondition(layers.count == 1, "a transaction is still open")
        let changes = layers[0].sorted { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }
            .map { StorageChange(key: $0.key.bytes, value: $0.value) }
        for change in changes {
            if let value = change.value {
                committed.insert(key: change.key, value: value)
            } else {
                committed.remove(key: change.key)
            }
        }
        layers = [[:]]
        return changes
    }

    /// Every committed key–value pair, in key order (the overlay is not included).
    public var committedEntries: [(key: [UInt8], value: [UInt8])] {
        committed.keys(withPrefix: []).map { ($0, committed.value(forKey: $0)!) }
    }

    /// The state root (trie layout V1) of the committed state with the overlay applied.
    ///
    /// - Complexity: proportional to the changes since the last root, not to the size of the state.
    public mutating func root() -> H256 {
        commitChanges()
        return committed.root()
    }
}

/// One key's change: its new value, or nil for a deletion.
public struct StorageChange: Equatable, Sendable {
    /// The storage key.
    public let key: [UInt8]
    /// The new value; nil when the key was deleted.
    public let value: [UInt8]?

    /// A change.
    public init(key: [UInt8], value: [UInt8]?) {
        self.key = key
        self.value = value
    }
}

/// A storage key in the overlay, hashed as one block of bytes rather than byte by byte.
private struct OverlayKey: Hashable, Sendable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
