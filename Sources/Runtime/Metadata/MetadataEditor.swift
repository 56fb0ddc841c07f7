import Hashing
import Metadata

/// Edits a recorded metadata's type registry in place: narrows enums to the variants a runtime has, replaces
/// error enums, and adds the few types the recording lacks.
struct MetadataEditor {
    /// The metadata being edited.
    var metadata: RuntimeMetadata
    private let recordedStorage: [String: StorageEntryType]

    init(_ metadata: RuntimeMetadata) {
        self.metadata = metadata
        var storage = [String: StorageEntryType]()
        for pallet in metadata.pallets {
            for entry in pallet.storage?.entries ?? [] { storage["\(pallet.name).\(entry.name)"] = entry.type }
        }
        recordedStorage = storage
    }

    /// Narrows the enum `typeId` to `wanted`: each variant is the recorded one of that name, at the wanted index,
    /// or one with the `unrecorded` fields for its index where the recording predates it. Returns nil when
    /// nothing is wanted (the pallet then declares no such enum).
    mutating func keepVariants(of typeId: UInt32?, _ wanted: [(index: UInt8, name: String)], what: String,
                               unrecorded: [UInt8: [TypeField]] = [:]) throws -> UInt32? {
        guard !wanted.isEmpty else { return nil }
        guard let typeId, case .variant(let recorded) = metadata.types[Int(typeId)].definition else {
            throw RuntimeMetadataError(description: "the recorded metadata has no \(what) enum")
        }
        let variants = try wanted.map { index, name in
            if let fields = unrecorded[index] { return TypeVariant(name: name, fields: fields, index: index) }
            guard var variant = recorded.first(where: { $0.name == name }) else {
                throw RuntimeMetadataError(description: "the recorded metadata has no \(what) \(name)")
            }
            variant.index = index
            return variant
        }
        metadata.types[Int(typeId)].definition = .variant(variants)
        return typeId
    }

    /// Replaces the variants of the field-less enum `typeId` (a pallet's `Error`) with `variants`, keeping the
    /// recorded docs of the names it shares.
    mutating func replaceVariants(of typeId: UInt32?, _ variants: [(index: UInt8, name: String)]) throws -> UInt32? {
        guard !variants.isEmpty else { return nil }
        guard let typeId, case .variant(let recorded) = metadata.types[Int(typeId)].definition else {
            throw RuntimeMetadataError(description: "the recorded metadata has no error enum for \(variants[0].name)")
        }
        metadata.types[Int(typeId)].definition = .variant(variants.map { index, name in
            TypeVariant(name: name, fields: [], index: index, docs: recorded.first { $0.name == name }?.docs ?? [])
        })
        return typeId
    }

    /// Narrows an outer enum (`RuntimeCall`, `RuntimeEvent`, `RuntimeError`) to the variants of `pallets`.
    mutating func keepOuterVariants(of typeId: UInt32, pallets: [PalletMetadata]) throws {
        guard case .variant(let recorded) = metadata.types[Int(typeId)].definition else {
            throw RuntimeMetadataError(description: "outer enum \(typeId) is not an enum")
        }
        metadata.types[Int(typeId)].definition = .variant(try pallets.map { pallet in
            guard let variant = recorded.first(where: { $0.index == pallet.index && $0.name == pallet.name }) else {
                throw RuntimeMetadataError(description: "outer enum \(typeId) has no variant \(pallet.name)")
            }
            return variant
        })
    }

    /// The key and value types of an item the recording predates, from `RuntimeStorageTypes`.
    mutating func storageType(of item: any StorageItemDeclaration, hashers: [StorageHasherTag]) throws -> StorageEntryType {
        guard let shape = RuntimeStorageTypes.headOnly["\(item.pallet).\(item.item)"] else {
            throw RuntimeMetadataError(description: "no metadata type for \(item.pallet).\(item.item)")
        }
        let value = try resolve(shape.value)
        guard !hashers.isEmpty else { return .plain(value) }
        var keys = [UInt32]()
        for key in shape.keys { keys.append(try resolve(key)) }
        guard keys.count == hashers.count else {
            throw RuntimeMetadataError(description: "\(item.pallet).\(item.item) has \(hashers.count) hashers, \(keys.count) key types")
        }
        let key = keys.count == 1 ? keys[0] : add(PortableType(definition: .tuple(keys)))
        return .map(hashers: hashers, key: key, value: value)
    }

    /// Appends fields to the struct at `path`, for a layout that grew after the recording (`SimSwapResult` at
    /// HEAD adds the two slippage amounts).
    mutating func appendFields(to path: String, _ fields: [(name: String, type: PrimitiveType, typeName: String)]) throws {
        guard let id = metadata.typeId(path: path), case .composite(let recorded) = metadata.types[Int(id)].definition else {
            throw RuntimeMetadataError(description: "the recorded metadata has no struct \(path)")
        }
        let added = fields.map { TypeField(name: $0.name, type: primitiveType($0.type), typeName: $0.typeName) }
        metadata.types[Int(id)].definition = .composite(recorded + added)
    }

    /// The id of the primitive type `primitive`.
    mutating func primitiveType(_ primitive: PrimitiveType) -> UInt32 {
        add(PortableType(definition: .primitive(primitive)))
    }

    /// The id of a type equal to `type`, appended when the registry has none.
    mutating func add(_ type: PortableType) -> UInt32 {
        if let existing = metadata.types.firstIndex(of: type) { return UInt32(existing) }
        metadata.types.append(type)
        return UInt32(metadata.types.count - 1)
    }

    private mutating func resolve(_ reference: RuntimeStorageTypes.Reference) throws -> UInt32 {
        switch reference {
        case .primitive(let primitive):
            return primitiveType(primitive)
        case .valueOf(let item):
            guard let type = recordedStorage[item] else {
                throw RuntimeMetadataError(description: "the recorded metadata has no storage item \(item)")
            }
            return type.valueType
        case .keyOf(let item):
            guard case .map(_, let key, _) = recordedStorage[item] else {
                throw RuntimeMetadataError(description: "the recorded metadata has no storage map \(item)")
            }
            return key
        case .unsignedFixed(let bitsLikeValueOf, let fractionLikeValueOf):
            let bits = try resolve(.valueOf(bitsLikeValueOf))
            let fraction = try resolve(.valueOf(fractionLikeValueOf))
            var type = metadata.types[Int(bits)]
            guard let parameter = metadata.types[Int(fraction)].parameters.first else {
                throw RuntimeMetadataError(description: "\(fractionLikeValueOf) is not a fixed-point type")
            }
            type.parameters = [parameter]
            return add(type)
        }
    }

    /// The metadata tag of a storage hasher.
    static func hasherTag(_ hasher: StorageHasher) -> StorageHasherTag {
        switch hasher {
        case .blake2_128: .blake2_128
        case .blake2_256: .blake2_256
        case .blake2_128Concat: .blake2_128Concat
        case .twox128: .twox128
        case .twox256: .twox256
        case .twox64Concat: .twox64Concat
        case .identity: .identity
        }
    }
}
