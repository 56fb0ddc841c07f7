import SCALE

/// The metadata versions this module writes.
public enum MetadataVersion: UInt8, Sendable, CaseIterable {
    /// V14: `state_getMetadata`, for polkadot.js and older tools.
    case v14 = 14
    /// V15: `Metadata_metadata_at_version(15)`, what the Python SDK asks for.
    case v15 = 15
}

/// A runtime's metadata in the V15 model (specs/substrate.md §7.2): the type registry, pallets, extrinsic
/// format, runtime APIs and outer enums. Encodes as V15 or V14 with the `meta` prefix.
public struct RuntimeMetadata: Equatable, Sendable {
    /// The type registry; a type's id is its position.
    public var types: [PortableType]
    /// The pallets, in index order.
    public var pallets: [PalletMetadata]
    /// The extrinsic format.
    public var extrinsic: ExtrinsicMetadata
    /// The type id of the `Runtime` struct.
    public var runtimeType: UInt32
    /// The runtime APIs `state_call` answers.
    public var apis: [RuntimeAPIMetadata]
    /// The `RuntimeCall`, `RuntimeEvent` and `RuntimeError` type ids.
    public var outerEnums: OuterEnums
    /// V15 custom values, by name.
    public var custom: [(name: String, type: UInt32, value: [UInt8])]

    /// The four bytes `meta` that start every prefixed metadata blob.
    public static let magic: [UInt8] = Array("meta".utf8)

    /// The path scalecodec needs to find the address and signature types, and V14 names as the extrinsic type.
    public static let uncheckedExtrinsicPath = "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic"

    /// Decodes `RuntimeMetadataPrefixed` bytes (`meta`, version 15, body).
    /// - Throws: `ScaleError` when the bytes are not V15 metadata or do not decode exactly; a type id that is not
    ///   its position is `.invalidValue`.
    public init(prefixedV15 bytes: [UInt8]) throws {
        var reader = ScaleReader(bytes)
        guard try reader.readBytes(4) == Self.magic else {
            throw ScaleError(.invalidValue, "metadata does not start with the magic bytes \"meta\"")
        }
        let version = try reader.readByte()
        guard version == MetadataVersion.v15.rawValue else {
            throw ScaleError(.invalidValue, "metadata version \(version) is not 15")
        }
        let typeCount = try reader.readLength()
        var types = [PortableType]()
        for expected in 0..<typeCount {
            let id = try reader.decode(Compact<UInt32>.self).value
            guard id == expected else {
                throw ScaleError(.invalidValue, "type id \(id) at position \(expected): ids must be 0, 1, 2, …")
            }
            types.append(try reader.decode())
        }
        self.types = types
        guard let uncheckedExtrinsic = types.firstIndex(where: { $0.pathName == Self.uncheckedExtrinsicPath }) else {
            throw ScaleError(.invalidValue, "the registry has no \(Self.uncheckedExtrinsicPath)")
        }
        pallets = try (0..<reader.readLength()).map { _ in try PalletMetadata(decodingV15: &reader) }
        extrinsic = try ExtrinsicMetadata(decodingV15: &reader, uncheckedExtrinsicType: UInt32(uncheckedExtrinsic))
        runtimeType = try reader.decode(Compact<UInt32>.self).value
        apis = try reader.decode()
        outerEnums = try reader.decode()
        custom = try (0..<reader.readLength()).map { _ in
            let (name, type, value) = try reader.decode(String.self, Compact<UInt32>.self, [UInt8].self)
            return (name, type.value, value)
        }
        try reader.finish()
        try validateTypeReferences()
    }

    /// `RuntimeMetadataPrefixed` in `version`: `meta`, the version byte, the body.
    public func prefixedBytes(_ version: MetadataVersion) -> [UInt8] {
        var writer = ScaleWriter()
        writer.write(bytes: Self.magic)
        writer.write(byte: version.rawValue)
        writer.write(length: types.count)
        for (id, type) in types.enumerated() {
            writer.encode(Compact(UInt32(id)), type)
        }
        writer.write(length: pallets.count)
        for pallet in pallets { pallet.encode(into: &writer, version: version) }
        switch version {
        case .v15:
            extrinsic.encodeV15(into: &writer)
            writer.encode(Compact(runtimeType), apis, outerEnums)
            writer.write(length: custom.count)
            for entry in custom { writer.encode(entry.name, Compact(entry.type), entry.value) }
        case .v14:
            extrinsic.encodeV14(into: &writer)
            writer.encode(Compact(runtimeType))
        }
        return writer.bytes
    }

    /// Every type id referenced outside the registry: pallets, extrinsic, runtime type, APIs, outer enums, custom.
    public var rootTypes: [UInt32] {
        pallets.flatMap(\.referencedTypes) + extrinsic.referencedTypes + [runtimeType]
            + apis.flatMap(\.referencedTypes) + outerEnums.referencedTypes + custom.map(\.type)
    }

    /// The first type whose path is `path` (`sp_core::crypto::AccountId32`).
    public func typeId(path: String) -> UInt32? {
        types.firstIndex { $0.pathName == path }.map(UInt32.init)
    }

    /// Checks that every referenced type id exists in the registry.
    /// - Throws: `ScaleError(.invalidValue)` naming the first dangling reference.
    public func validateTypeReferences() throws {
        let count = UInt32(types.count)
        for (id, type) in types.enumerated() {
            for reference in type.definition.referencedTypes + type.parameters.compactMap(\.type)
            where reference >= count {
                throw ScaleError(.invalidValue, "type \(id) refers to type \(reference); the registry has \(count)")
            }
        }
        if let dangling = rootTypes.first(where: { $0 >= count }) {
            throw ScaleError(.invalidValue, "metadata refers to type \(dangling); the registry has \(count)")
        }
    }
}

extension RuntimeMetadata {
    /// Equality of every part, `custom` compared entry by entry.
    public static func == (lhs: RuntimeMetadata, rhs: RuntimeMetadata) -> Bool {
        lhs.types == rhs.types && lhs.pallets == rhs.pallets && lhs.extrinsic == rhs.extrinsic
            && lhs.runtimeType == rhs.runtimeType && lhs.apis == rhs.apis && lhs.outerEnums == rhs.outerEnums
            && lhs.custom.elementsEqual(rhs.custom) { $0.name == $1.name && $0.type == $1.type && $0.value == $1.value }
    }
}
