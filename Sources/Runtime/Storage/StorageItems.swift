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
public struct StorageValue<Value: ScaleCodable & Sendable>: Sendable {
    /// The storage key.
    public let key: [UInt8]
    /// What a read returns when the key is absent (FRAME's `ValueQuery` default); nil for `OptionQuery` items.
    public let defaultValue: Value?
    /// The pallet's name, the first part of every key.
    public let pallet: String
    /// The item's name, the second part of every key.
    public let item: String
    private var name: String { "\(pallet).\(item)" }

    /// The item `item` of pallet `pallet`.
    public init(pallet: String, item: String, default defaultValue: Value? = nil) {
        key = StorageHasher.prefix(pallet: pallet, item: item)
        (self.pallet, self.item) = (pallet, item)
        self.defaultValue = defaultValue
    }

    /// The stored value, or nil when the key is absent.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func get(in state: StorageState) throws -> Value? {
        try state.value(forKey: key).map { try decodeStored($0, item: name) }
    }

    /// The stored value, or the item's default when the key is absent.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func value(in state: StorageState) throws -> Value {
        guard let value = try get(in: state) ?? defaultValue else { preconditionFailure("\(name) has no default") }
        return value
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
public struct StorageMap<Key: ScaleCodable & Sendable, Value: ScaleCodable & Sendable>: Sendable {
    /// The prefix every entry's key starts with.
    public let prefix: [UInt8]
    /// How keys are hashed.
    public let hasher: StorageHasher
    /// What a read returns for an absent key; nil for `OptionQuery` items.
    public let defaultValue: Value?
    /// The pallet's name, the first part of every key.
    public let pallet: String
    /// The item's name, the second part of every key.
    public let item: String
    private var name: String { "\(pallet).\(item)" }

    /// The map `item` of pallet `pallet`, keys hashed with `hasher`.
    public init(pallet: String, item: String, hasher: StorageHasher, default defaultValue: Value? = nil) {
        prefix = StorageHasher.prefix(pallet: pallet, item: item)
        self.hasher = hasher
        self.defaultValue = defaultValue
        (self.pallet, self.item) = (pallet, item)
    }

    /// The full storage key of `key`.
    public func storageKey(_ key: Key) -> [UInt8] {
        prefix + hasher.hash(key.scaleEncoded)
    }

    /// The value under `key`, or nil.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func get(_ key: Key, in state: StorageState) throws -> Value? {
        try state.value(forKey: storageKey(key)).map { try decodeStored($0, item: name) }
    }

    /// The value under `key`, or the map's default.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func value(_ key: Key, in state: StorageState) throws -> Value {
        guard let value = try get(key, in: state) ?? defaultValue else { preconditionFailure("\(name) has no default") }
        return value
    }

    /// Whether `key` has an entry.
    public func contains(_ key: Key, in state: StorageState) -> Bool {
        state.value(forKey: storageKey(key)) != nil
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
        try state.keys(withPrefix: prefix).map { storageKey in
            var reader = ScaleReader(storageKey[prefix.count...])
            let key: Key = try decodeKey(&reader, hasher: hasher, item: name)
            return (key, try decodeStored(state.value(forKey: storageKey)!, item: name))
        }
    }
}

/// A typed map with two keys, each hashed with its own hasher (FRAME's `StorageDoubleMap`).
public struct StorageDoubleMap<Key1: ScaleCodable & Sendable, Key2: ScaleCodable & Sendable,
                               Value: ScaleCodable & Sendable>: Sendable {
    /// The prefix every entry's key starts with.
    public let prefix: [UInt8]
    /// How the first key is hashed.
    public let hasher1: StorageHasher
    /// How the second key is hashed.
    public let hasher2: StorageHasher
    /// What a read returns for an absent key; nil for `OptionQuery` items.
    public let defaultValue: Value?
    /// The pallet's name, the first part of every key.
    public let pallet: String
    /// The item's name, the second part of every key.
    public let item: String
    private var name: String { "\(pallet).\(item)" }

    /// The double map `item` of pallet `pallet`.
    public init(pallet: String, item: String, hashers: (StorageHasher, StorageHasher), default defaultValue: Value? = nil) {
        prefix = StorageHasher.prefix(pallet: pallet, item: item)
        (hasher1, hasher2) = hashers
        self.defaultValue = defaultValue
        (self.pallet, self.item) = (pallet, item)
    }

    /// The key prefix of every entry whose first key is `key1`.
    public func storageKey(_ key1: Key1) -> [UInt8] { prefix + hasher1.hash(key1.scaleEncoded) }

    /// The full storage key of `(key1, key2)`.
    public func storageKey(_ key1: Key1, _ key2: Key2) -> [UInt8] { storageKey(key1) + hasher2.hash(key2.scaleEncoded) }

    /// The value under the keys, or nil.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func get(_ key1: Key1, _ key2: Key2, in state: StorageState) throws -> Value? {
        try state.value(forKey: storageKey(key1, key2)).map { try decodeStored($0, item: name) }
    }

    /// The value under the keys, or the map's default.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func value(_ key1: Key1, _ key2: Key2, in state: StorageState) throws -> Value {
        guard let value = try get(key1, key2, in: state) ?? defaultValue else { preconditionFailure("\(name) has no default") }
        return value
    }

    /// Whether the keys have an entry.
    public func contains(_ key1: Key1, _ key2: Key2, in state: StorageState) -> Bool {
        state.value(forKey: storageKey(key1, key2)) != nil
    }

    /// Stores `value` under the keys.
    public func set(_ key1: Key1, _ key2: Key2, _ value: Value, in state: inout StorageState) {
        state.set(value.scaleEncoded, forKey: storageKey(key1, key2))
    }

    /// Deletes the keys' entry.
    public func remove(_ key1: Key1, _ key2: Key2, in state: inout StorageState) {
        state.remove(key: storageKey(key1, key2))
    }

    /// Deletes every entry whose first key is `key1`.
    public func removeAll(_ key1: Key1, in state: inout StorageState) {
        state.removeAll(withPrefix: storageKey(key1))
    }

    /// The entries whose first key is `key1`, in storage-key order. The second hasher must keep its key.
    /// - Throws: `StorageDecodingError` when a stored key or value does not decode.
    public func entries(_ key1: Key1, in state: StorageState) throws -> [(key: Key2, value: Value)] {
        let first = storageKey(key1)
        return try state.keys(withPrefix: first).map { storageKey in
            var reader = ScaleReader(storageKey[first.count...])
            let key: Key2 = try decodeKey(&reader, hasher: hasher2, item: name)
            return (key, try decodeStored(state.value(forKey: storageKey)!, item: name))
        }
    }
}

/// A typed map with three keys (FRAME's `StorageNMap` of arity 3).
public struct StorageTripleMap<Key1: ScaleCodable & Sendable, Key2: ScaleCodable & Sendable,
                               Key3: ScaleCodable & Sendable, Value: ScaleCodable & Sendable>: Sendable {
    /// The prefix every entry's key starts with.
    public let prefix: [UInt8]
    /// The hashers of the three keys.
    public let hashers: (StorageHasher, StorageHasher, StorageHasher)
    /// What a read returns for an absent key.
    public let defaultValue: Value?
    /// The pallet's name, the first part of every key.
    public let pallet: String
    /// The item's name, the second part of every key.
    public let item: String
    private var name: String { "\(pallet).\(item)" }

    /// The map `item` of pallet `pallet`.
    public init(pallet: String, item: String, hashers: (StorageHasher, StorageHasher, StorageHasher),
                default defaultValue: Value? = nil) {
        prefix = StorageHasher.prefix(pallet: pallet, item: item)
        self.hashers = hashers
        self.defaultValue = defaultValue
        (self.pallet, self.item) = (pallet, item)
    }

    /// The full storage key.
    public func storageKey(_ key1: Key1, _ key2: Key2, _ key3: Key3) -> [UInt8] {
        prefix + hashers.0.hash(key1.scaleEncoded) + hashers.1.hash(key2.scaleEncoded) + hashers.2.hash(key3.scaleEncoded)
    }

    /// The value under the keys, or the default.
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func value(_ key1: Key1, _ key2: Key2, _ key3: Key3, in state: StorageState) throws -> Value {
        let stored: Value? = try state.value(forKey: storageKey(key1, key2, key3)).map { try decodeStored($0, item: name) }
        guard let value = stored ?? defaultValue else { preconditionFailure("\(name) has no default") }
        return value
    }

    /// Stores `value` under the keys.
    public func set(_ key1: Key1, _ key2: Key2, _ key3: Key3, _ value: Value, in state: inout StorageState) {
        state.set(value.scaleEncoded, forKey: storageKey(key1, key2, key3))
    }

    /// Deletes the keys' entry.
    public func remove(_ key1: Key1, _ key2: Key2, _ key3: Key3, in state: inout StorageState) {
        state.remove(key: storageKey(key1, key2, key3))
    }

    /// Every entry, in storage-key order. Every hasher must keep its key.
    /// - Throws: `StorageDecodingError` when a stored key or value does not decode.
    public func entries(in state: StorageState) throws -> [(key: (Key1, Key2, Key3), value: Value)] {
        try state.keys(withPrefix: prefix).map { storageKey in
            var reader = ScaleReader(storageKey[prefix.count...])
            let key1: Key1 = try decodeKey(&reader, hasher: hashers.0, item: name)
            let key2: Key2 = try decodeKey(&reader, hasher: hashers.1, item: name)
            let key3: Key3 = try decodeKey(&reader, hasher: hashers.2, item: name)
            return ((key1, key2, key3), try decodeStored(state.value(forKey: storageKey)!, item: name))
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

func decodeKey<K: ScaleDecodable>(_ reader: inout ScaleReader, hasher: StorageHasher, item: String) throws -> K {
    guard let skip = hasher.hashLength else { preconditionFailure("\(item) uses a hasher that does not keep its keys") }
    do {
        _ = try reader.readBytes(skip)
        return try reader.decode(K.self)
    } catch let error as ScaleError {
        throw StorageDecodingError(item: item, underlying: error)
    }
}

func decodeStored<T: ScaleDecodable>(_ bytes: [UInt8], item: String) throws -> T {
    do {
        return try T(scaleEncoded: bytes)
    } catch let error as ScaleError {
        throw StorageDecodingError(item: item, underlying: error)
    }
}

extension StorageTripleMap {
    /// The entries whose first key is `key1`, in storage-key order. The other hashers must keep their keys.
    /// - Throws: `StorageDecodingError` when a stored key or value does not decode.
    public func entries(_ key1: Key1, in state: StorageState) throws -> [(key: (Key2, Key3), value: Value)] {
        let first = prefix + hashers.0.hash(key1.scaleEncoded)
        return try state.keys(withPrefix: first).map { storageKey in
            var reader = ScaleReader(storageKey[first.count...])
            let key2: Key2 = try decodeKey(&reader, hasher: hashers.1, item: name)
            let key3: Key3 = try decodeKey(&reader, hasher: hashers.2, item: name)
            return ((key2, key3), try decodeStored(state.value(forKey: storageKey)!, item: name))
        }
    }
}

/// A storage item as runtime metadata describes it: where it lives, how its keys are hashed and what an absent
/// key reads as. `RuntimeMetadataBuilder` checks every declaration against the metadata it serves.
public protocol StorageItemDeclaration: Sendable {
    /// The pallet's name.
    var pallet: String { get }
    /// The item's name.
    var item: String { get }
    /// One hasher per key part; empty for a single value.
    var keyHashers: [StorageHasher] { get }
    /// The SCALE bytes an absent key reads as; nil for an `OptionQuery` item.
    var encodedDefault: [UInt8]? { get }
}

extension StorageValue: StorageItemDeclaration {
    public var keyHashers: [StorageHasher] { [] }
    public var encodedDefault: [UInt8]? { defaultValue?.scaleEncoded }
}

extension StorageMap: StorageItemDeclaration {
    public var keyHashers: [StorageHasher] { [hasher] }
    public var encodedDefault: [UInt8]? { defaultValue?.scaleEncoded }
}

extension StorageDoubleMap: StorageItemDeclaration {
    public var keyHashers: [StorageHasher] { [hasher1, hasher2] }
    public var encodedDefault: [UInt8]? { defaultValue?.scaleEncoded }
}

extension StorageTripleMap: StorageItemDeclaration {
    public var keyHashers: [StorageHasher] { [hashers.0, hashers.1, hashers.2] }
    public var encodedDefault: [UInt8]? { defaultValue?.scaleEncoded }
}
