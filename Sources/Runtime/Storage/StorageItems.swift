import Hashing
import SCALE

/// A failure reading typed storage: the bytes under a key do not decode as the item's type.
public struct StorageDecodingError: Error, CustomStringConvertible, Sendable {
    /// `Pallet.Item`.
    public let item: String
    /// The decoding failure.
    public let underlying: ScaleError

    public var description: String { "storage \(item) holds bytes that do not decode: \(underlying)" }
}

/// A single typed value at `twox128(pallet) ++ twox128(item)` (FRAME's `StorageValue`).
public struct StorageValue<Value: ScaleCodable>: Sendable {
    /// The storage key.
    public let key: [UInt8]
    private let name: String

    /// The item `item` of pallet `pallet`.
    public init(pallet: String, item: String) {
        key = StorageHasher.prefix(pallet: pallet, item: item)
        name = "\(pallet).\(item)"
    }

    /// The stored value, or nil when the key is absent.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func get(in state: StorageState) throws -> Value? {
        try state.value(forKey: key).map { try decode($0, item: name) }
    }

    /// Stores `value`.
    public func set(_ value: Value, in state: inout StorageState) {
        state.set(value.scaleEncoded, forKey: key)
    }

    /// Deletes the value.
    public func remove(in state: inout StorageState) {
        state.remove(key: key)
    }
}

/// A typed map at `twox128(pallet) ++ twox128(item) ++ hasher(SCALE(key))` (FRAME's `StorageMap`).
public struct StorageMap<Key: ScaleCodable, Value: ScaleCodable>: Sendable {
    /// The prefix every entry's key starts with.
    public let prefix: [UInt8]
    /// How keys are hashed.
    public let hasher: StorageHasher
    private let name: String

    /// The map `item` of pallet `pallet`, keys hashed with `hasher`.
    public init(pallet: String, item: String, hasher: StorageHasher) {
        prefix = StorageHasher.prefix(pallet: pallet, item: item)
        self.hasher = hasher
        name = "\(pallet).\(item)"
    }

    /// The full storage key of `key`.
    public func storageKey(_ key: Key) -> [UInt8] {
        prefix + hasher.hash(key.scaleEncoded)
    }

    /// The value under `key`, or nil.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func get(_ key: Key, in state: StorageState) throws -> Value? {
        try state.value(forKey: storageKey(key)).map { try decode($0, item: name) }
    }

    /// Stores `value` under `key`.
    public func set(_ key: Key, _ value: Value, in state: inout StorageState) {
        state.set(value.scaleEncoded, forKey: storageKey(key))
    }

    /// Deletes `key`'s entry.
    public func remove(_ key: Key, in state: inout StorageState) {
        state.remove(key: storageKey(key))
    }

    /// Every entry, in storage-key order. Needs a hasher that keeps the key (`…Concat` or `identity`).
    /// - Throws: `StorageDecodingError` when a stored key or value does not decode.
    public func entries(in state: StorageState) throws -> [(key: Key, value: Value)] {
        let skip = hasher.hashLength
        precondition(skip != nil, "\(name) uses a hasher that does not keep its keys")
        return try state.keys(withPrefix: prefix).map { storageKey in
            let encodedKey = storageKey.dropFirst(prefix.count + skip!)
            let key: Key = try decode(Array(encodedKey), item: name)
            let value: Value = try decode(state.value(forKey: storageKey)!, item: name)
            return (key, value)
        }
    }
}

extension StorageHasher {
    /// How many hash bytes precede the encoded key, or nil for hashers that do not keep the key.
    var hashLength: Int? {
        switch self {
        case .identity: 0
        case .twox64Concat: 8
        case .blake2_128Concat: 16
        case .twox128, .twox256, .blake2_128, .blake2_256: nil
        }
    }
}

private func decode<T: ScaleDecodable>(_ bytes: [UInt8], item: String) throws -> T {
    do {
        return try T(scaleEncoded: bytes)
    } catch let error as ScaleError {
        throw StorageDecodingError(item: item, underlying: error)
    }
}
