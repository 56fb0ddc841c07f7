import SCALE

/// One entry of a metadata type registry (`scale-info`'s `Type`): where the type lives in Rust, its generic
/// parameters, its shape and its docs. Type ids are positions in `RuntimeMetadataV15.types`.
public struct PortableType: Equatable, Sendable, ScaleCodable {
    /// The Rust path, e.g. `["sp_core", "crypto", "AccountId32"]`; empty for tuples, arrays and primitives.
    public var path: [String]
    /// The generic parameters, each with the type it was instantiated with (nil when erased).
    public var parameters: [TypeParameter]
    /// The type's shape.
    public var definition: TypeDefinition
    /// Documentation lines.
    public var docs: [String]

    /// A type with `path`, `parameters`, `definition` and `docs`.
    public init(path: [String] = [], parameters: [TypeParameter] = [], definition: TypeDefinition, docs: [String] = []) {
        self.path = path
        self.parameters = parameters
        self.definition = definition
        self.docs = docs
    }

    /// The path joined with `::`.
    public var pathName: String { path.joined(separator: "::") }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(path, parameters, definition, docs)
    }

    public init(decoding reader: inout ScaleReader) throws {
        (path, parameters, definition, docs) = try reader.decode([String].self, [TypeParameter].self,
                                                                 TypeDefinition.self, [String].self)
    }
}

/// A generic parameter of a `PortableType`.
public struct TypeParameter: Equatable, Sendable, ScaleCodable {
    /// The parameter's name (`T`, `AccountId`).
    public var name: String
    /// The type it was instantiated with, when the registry records it.
    public var type: UInt32?

    /// A parameter named `name` bound to `type`.
    public init(name: String, type: UInt32?) {
        self.name = name
        self.type = type
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(name)
        writer.encode(type.map { Compact($0) })
    }

    public init(decoding reader: inout ScaleReader) throws {
        name = try reader.decode()
        type = try reader.decode(Compact<UInt32>?.self)?.value
    }
}

/// A struct or enum-variant field.
public struct TypeField: Equatable, Sendable, ScaleCodable {
    /// The field's name; nil in tuple structs and tuple variants.
    public var name: String?
    /// The field's type id.
    public var type: UInt32
    /// The type as written in the Rust source (`T::AccountId`).
    public var typeName: String?
    /// Documentation lines.
    public var docs: [String]

    /// A field of type `type`.
    public init(name: String?, type: UInt32, typeName: String?, docs: [String] = []) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.docs = docs
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(name, Compact(type), typeName, docs)
    }

    public init(decoding reader: inout ScaleReader) throws {
        name = try reader.decode()
        type = try reader.decode(Compact<UInt32>.self).value
        (typeName, docs) = try reader.decode(String?.self, [String].self)
    }
}

/// One variant of an enum type.
public struct TypeVariant: Equatable, Sendable, ScaleCodable {
    /// The variant's name (`transfer_keep_alive`, `StakeAdded`).
    public var name: String
    /// Its fields, in wire order.
    public var fields: [TypeField]
    /// The index byte that selects it on the wire.
    public var index: UInt8
    /// Documentation lines.
    public var docs: [String]

    /// A variant `name` at `index` with `fields`.
    public init(name: String, fields: [TypeField], index: UInt8, docs: [String] = []) {
        self.name = name
        self.fields = fields
        self.index = index
        self.docs = docs
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(name, fields, index, docs)
    }

    public init(decoding reader: inout ScaleReader) throws {
        (name, fields, index, docs) = try reader.decode(String.self, [TypeField].self, UInt8.self, [String].self)
    }
}

/// The primitive types of `scale-info`, by their wire tag.
public enum PrimitiveType: UInt8, Sendable, CaseIterable {
    case bool = 0, char, str, u8, u16, u32, u64, u128, u256, i8, i16, i32, i64, i128, i256

    /// The encoded size in bytes; nil for `str`, whose length is prefixed.
    public var byteCount: Int? {
        switch self {
        case .bool, .u8, .i8: 1
        case .u16, .i16: 2
        case .char, .u32, .i32: 4
        case .u64, .i64: 8
        case .u128, .i128: 16
        case .u256, .i256: 32
        case .str: nil
        }
    }
}

/// The shape of a `PortableType` (`scale-info`'s `TypeDef`).
public enum TypeDefinition: Equatable, Sendable, ScaleCodable {
    /// A struct: its fields in order.
    case composite([TypeField])
    /// An enum: its variants.
    case variant([TypeVariant])
    /// `Vec<T>`: a compact length, then the elements.
    case sequence(UInt32)
    /// `[T; N]`.
    case array(length: UInt32, element: UInt32)
    /// A tuple of the listed types.
    case tuple([UInt32])
    /// A primitive.
    case primitive(PrimitiveType)
    /// `Compact<T>`.
    case compact(UInt32)
    /// `BitVec<Store, Order>`.
    case bitSequence(store: UInt32, order: UInt32)

    /// Every type id this definition refers to.
    public var referencedTypes: [UInt32] {
        switch self {
        case .composite(let fields): fields.map(\.type)
        case .variant(let variants): variants.flatMap { $0.fields.map(\.type) }
        case .sequence(let element), .compact(let element): [element]
        case .array(_, let element): [element]
        case .tuple(let elements): elements
        case .primitive: []
        case .bitSequence(let store, let order): [store, order]
        }
    }

    /// The same definition with every type id passed through `map`.
    public func mappingTypes(_ map: (UInt32) -> UInt32) -> TypeDefinition {
        func mapFields(_ fields: [TypeField]) -> [TypeField] {
            fields.map { var field = $0; field.type = map(field.type); return field }
        }
        switch self {
        case .composite(let fields): return .composite(mapFields(fields))
        case .variant(let variants):
            return .variant(variants.map { var variant = $0; variant.fields = mapFields(variant.fields); return variant })
        case .sequence(let element): return .sequence(map(element))
        case .array(let length, let element): return .array(length: length, element: map(element))
        case .tuple(let elements): return .tuple(elements.map(map))
        case .primitive: return self
        case .compact(let element): return .compact(map(element))
        case .bitSequence(let store, let order): return .bitSequence(store: map(store), order: map(order))
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .composite(let fields): writer.write(byte: 0); writer.encode(fields)
        case .variant(let variants): writer.write(byte: 1); writer.encode(variants)
        case .sequence(let element): writer.write(byte: 2); writer.encode(Compact(element))
        case .array(let length, let element): writer.write(byte: 3); writer.encode(length, Compact(element))
        case .tuple(let elements): writer.write(byte: 4); writer.encode(elements.map { Compact($0) })
        case .primitive(let primitive): writer.write(byte: 5); writer.write(byte: primitive.rawValue)
        case .compact(let element): writer.write(byte: 6); writer.encode(Compact(element))
        case .bitSequence(let store, let order): writer.write(byte: 7); writer.encode(Compact(store), Compact(order))
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .composite(try reader.decode())
        case 1: self = .variant(try reader.decode())
        case 2: self = .sequence(try reader.decode(Compact<UInt32>.self).value)
        case 3:
            let (length, element) = try reader.decode(UInt32.self, Compact<UInt32>.self)
            self = .array(length: length, element: element.value)
        case 4: self = .tuple(try reader.decode([Compact<UInt32>].self).map(\.value))
        case 5:
            let tag = try reader.readByte()
            guard let primitive = PrimitiveType(rawValue: tag) else {
                throw ScaleError(.invalidTag, "primitive type tag \(tag) at offset \(offset + 1)")
            }
            self = .primitive(primitive)
        case 6: self = .compact(try reader.decode(Compact<UInt32>.self).value)
        case 7:
            let (store, order) = try reader.decode(Compact<UInt32>.self, Compact<UInt32>.self)
            self = .bitSequence(store: store.value, order: order.value)
        case let tag: throw ScaleError(.invalidTag, "type definition tag \(tag) at offset \(offset)")
        }
    }
}
