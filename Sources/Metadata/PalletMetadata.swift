import SCALE

/// A pallet in the metadata: its storage, call, event and error enums, constants and index.
public struct PalletMetadata: Equatable, Sendable {
    /// The pallet's name (`SubtensorModule`).
    public var name: String
    /// Its storage items, if it has any.
    public var storage: PalletStorageMetadata?
    /// The type id of its `Call` enum.
    public var calls: UInt32?
    /// The type id of its `Event` enum.
    public var event: UInt32?
    /// Its constants.
    public var constants: [PalletConstantMetadata]
    /// The type id of its `Error` enum.
    public var error: UInt32?
    /// Its index in the runtime: the first byte of its calls and events, `ModuleError.index`.
    public var index: UInt8
    /// Documentation lines (V15 only).
    public var docs: [String]

    /// Every type id the pallet refers to.
    public var referencedTypes: [UInt32] {
        [calls, event, error].compactMap { $0 } + constants.map(\.type)
            + (storage?.entries.flatMap(\.type.referencedTypes) ?? [])
    }

    func encode(into writer: inout ScaleWriter, version: MetadataVersion) {
        writer.encode(name, storage)
        for typeId in [calls, event] { writer.encode(typeId.map { Compact($0) }) }
        writer.encode(constants)
        writer.encode(error.map { Compact($0) })
        writer.encode(index)
        if version == .v15 { writer.encode(docs) }
    }

    init(decodingV15 reader: inout ScaleReader) throws {
        (name, storage) = try reader.decode(String.self, PalletStorageMetadata?.self)
        calls = try reader.decode(Compact<UInt32>?.self)?.value
        event = try reader.decode(Compact<UInt32>?.self)?.value
        constants = try reader.decode()
        error = try reader.decode(Compact<UInt32>?.self)?.value
        (index, docs) = try reader.decode(UInt8.self, [String].self)
    }
}

/// A pallet's storage: the prefix (the pallet's name) and its items.
public struct PalletStorageMetadata: Equatable, Sendable, ScaleCodable {
    /// `twox128` of this string starts every key.
    public var prefix: String
    /// The items.
    public var entries: [StorageEntryMetadata]

    public func encode(into writer: inout ScaleWriter) { writer.encode(prefix, entries) }

    public init(decoding reader: inout ScaleReader) throws {
        (prefix, entries) = try reader.decode(String.self, [StorageEntryMetadata].self)
    }

    /// Storage with `prefix` and `entries`.
    public init(prefix: String, entries: [StorageEntryMetadata]) {
        self.prefix = prefix
        self.entries = entries
    }
}

/// How a storage read treats an absent key.
public enum StorageEntryModifier: UInt8, Sendable {
    /// `OptionQuery`: absent reads as `None`.
    case optional = 0
    /// `ValueQuery`: absent reads as the default bytes.
    case `default` = 1
}

/// FRAME's storage hashers, by metadata tag.
public enum StorageHasherTag: UInt8, Sendable, CaseIterable {
    case blake2_128 = 0, blake2_256, blake2_128Concat, twox128, twox256, twox64Concat, identity
}

/// A storage item's key and value types.
public enum StorageEntryType: Equatable, Sendable, ScaleCodable {
    /// A single value.
    case plain(UInt32)
    /// A map: one hasher per key part; `key` is a tuple when there are several parts.
    case map(hashers: [StorageHasherTag], key: UInt32, value: UInt32)

    /// The key and value type ids.
    public var referencedTypes: [UInt32] {
        switch self {
        case .plain(let value): [value]
        case .map(_, let key, let value): [key, value]
        }
    }

    /// The value's type id.
    public var valueType: UInt32 {
        switch self {
        case .plain(let value), .map(_, _, let value): value
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .plain(let value):
            writer.write(byte: 0)
            writer.encode(Compact(value))
        case .map(let hashers, let key, let value):
            writer.write(byte: 1)
            writer.write(length: hashers.count)
            for hasher in hashers { writer.write(byte: hasher.rawValue) }
            writer.encode(Compact(key), Compact(value))
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .plain(try reader.decode(Compact<UInt32>.self).value)
        case 1:
            let hashers = try (0..<reader.readLength()).map { _ in
                let tag = try reader.readByte()
                guard let hasher = StorageHasherTag(rawValue: tag) else {
                    throw ScaleError(.invalidTag, "storage hasher tag \(tag) at offset \(reader.position - 1)")
                }
                return hasher
            }
            let (key, value) = try reader.decode(Compact<UInt32>.self, Compact<UInt32>.self)
            self = .map(hashers: hashers, key: key.value, value: value.value)
        case let tag: throw ScaleError(.invalidTag, "storage entry type tag \(tag) at offset \(offset)")
        }
    }
}

/// One storage item.
public struct StorageEntryMetadata: Equatable, Sendable, ScaleCodable {
    /// The item's name; `twox128` of it follows the pallet prefix in every key.
    public var name: String
    /// Optional or default query.
    public var modifier: StorageEntryModifier
    /// Key and value types.
    public var type: StorageEntryType
    /// The SCALE bytes an absent key reads as (`00`, i.e. `None`, for optional items).
    public var defaultValue: [UInt8]
    /// Documentation lines.
    public var docs: [String]

    /// An item named `name`.
    public init(name: String, modifier: StorageEntryModifier, type: StorageEntryType, defaultValue: [UInt8],
                docs: [String] = []) {
        self.name = name
        self.modifier = modifier
        self.type = type
        self.defaultValue = defaultValue
        self.docs = docs
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(name)
        writer.write(byte: modifier.rawValue)
        writer.encode(type, defaultValue, docs)
    }

    public init(decoding reader: inout ScaleReader) throws {
        name = try reader.decode()
        let tag = try reader.readByte()
        guard let modifier = StorageEntryModifier(rawValue: tag) else {
            throw ScaleError(.invalidTag, "storage modifier tag \(tag) at offset \(reader.position - 1)")
        }
        self.modifier = modifier
        (type, defaultValue, docs) = try reader.decode(StorageEntryType.self, [UInt8].self, [String].self)
    }
}

/// A pallet constant: its type and SCALE value.
public struct PalletConstantMetadata: Equatable, Sendable, ScaleCodable {
    /// The constant's name (`ExistentialDeposit`).
    public var name: String
    /// Its type id.
    public var type: UInt32
    /// Its SCALE encoding.
    public var value: [UInt8]
    /// Documentation lines.
    public var docs: [String]

    /// A constant `name` of type `type` with encoded `value`.
    public init(name: String, type: UInt32, value: [UInt8], docs: [String] = []) {
        self.name = name
        self.type = type
        self.value = value
        self.docs = docs
    }

    public func encode(into writer: inout ScaleWriter) { writer.encode(name, Compact(type), value, docs) }

    public init(decoding reader: inout ScaleReader) throws {
        name = try reader.decode()
        type = try reader.decode(Compact<UInt32>.self).value
        (value, docs) = try reader.decode([UInt8].self, [String].self)
    }
}
