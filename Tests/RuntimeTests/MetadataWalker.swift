import Metadata
import SCALE

/// Reads and writes values by metadata type id, without Swift types: what a generic client such as scalecodec
/// does. Tests use it to check that the metadata describes exactly the bytes the runtime writes.
struct MetadataWalker {
    let types: [PortableType]

    /// Reads one value of type `id`, failing on an unknown variant, a bad bool or too few bytes.
    func skip(_ id: UInt32, _ reader: inout ScaleReader) throws {
        switch types[Int(id)].definition {
        case .composite(let fields):
            for field in fields { try skip(field.type, &reader) }
        case .variant(let variants):
            let offset = reader.position
            let index = try reader.readByte()
            guard let variant = variants.first(where: { $0.index == index }) else {
                throw ScaleError(.invalidTag, "type \(id) \(types[Int(id)].pathName) has no variant \(index) (offset \(offset))")
            }
            for field in variant.fields { try skip(field.type, &reader) }
        case .sequence(let element):
            for _ in 0..<(try reader.readLength()) { try skip(element, &reader) }
        case .array(let length, let element):
            for _ in 0..<length { try skip(element, &reader) }
        case .tuple(let elements):
            for element in elements { try skip(element, &reader) }
        case .primitive(.str):
            _ = try reader.decode(String.self)
        case .primitive(.bool):
            guard try reader.readByte() <= 1 else { throw ScaleError(.invalidTag, "bool at \(reader.position - 1)") }
        case .primitive(let primitive):
            _ = try reader.readBytes(primitive.byteCount!)
        case .compact:
            _ = try reader.decode(Compact<UInt128>.self)
        case .bitSequence:
            throw ScaleError(.invalidValue, "bit sequences are not used by this runtime")
        }
    }

    /// Checks that `bytes` are exactly one value of type `id`.
    func check(_ bytes: [UInt8], as id: UInt32) throws {
        var reader = ScaleReader(bytes)
        try skip(id, &reader)
        try reader.finish()
    }

    /// The smallest value of type `id`: zeros, empty sequences, the first variant.
    func minimal(_ id: UInt32) -> [UInt8] {
        switch types[Int(id)].definition {
        case .composite(let fields): fields.flatMap { minimal($0.type) }
        case .variant(let variants): [variants[0].index] + variants[0].fields.flatMap { minimal($0.type) }
        case .sequence, .compact, .bitSequence, .primitive(.str): [0]
        case .array(let length, let element): (0..<length).flatMap { _ in minimal(element) }
        case .tuple(let elements): elements.flatMap(minimal)
        case .primitive(let primitive): [UInt8](repeating: 0, count: primitive.byteCount!)
        }
    }

    /// The variants of the enum `id`.
    func variants(of id: UInt32) -> [TypeVariant] {
        guard case .variant(let variants) = types[Int(id)].definition else { return [] }
        return variants
    }
}
