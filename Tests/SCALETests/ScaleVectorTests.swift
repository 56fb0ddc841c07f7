import SCALE
import TestSupport
import Testing

/// The enum `E { A, B(u32), C { x: u8, y: bool } }` from the vectors.
enum SampleEnum: Equatable, ScaleCodable {
    case a
    case b(UInt32)
    case c(x: UInt8, y: Bool)

    func encode(into writer: inout ScaleWriter) {
        switch self {
        case .a: writer.write(byte: 0)
        case .b(let value):
            writer.write(byte: 1)
            writer.encode(value)
        case .c(let x, let y):
            writer.write(byte: 2)
            writer.encode(x, y)
        }
    }

    init(decoding reader: inout ScaleReader) throws {
        switch try reader.readVariantIndex(of: "E", variantCount: 3) {
        case 0: self = .a
        case 1: self = .b(try reader.decode())
        default:
            let (x, y) = try reader.decode(UInt8.self, Bool.self)
            self = .c(x: x, y: y)
        }
    }
}

/// A pair of a SCALE value's expected encoding and the value built in Swift.
struct MiscCase: CustomTestStringConvertible {
    let vector: CryptoVectors.Scale.Misc
    var testDescription: String { "\(vector.type) = \(vector.encoded)" }
}

@Suite("SCALE types from the vectors")
struct ScaleVectorTests {
    /// Encodes the vector's value as its declared type and checks the bytes, then decodes them back.
    @Test("scale.misc", arguments: Fixtures.crypto.scale.misc.map(MiscCase.init))
    func misc(_ item: MiscCase) throws {
        let vector = item.vector
        let expected = hexBytes(vector.encoded)
        let value = vector.value
        switch vector.type {
        case "bool": try check(value.bool!, expected)
        case "u8": try check(UInt8(value.int!), expected)
        case "u16": try check(UInt16(value.int!), expected)
        case "u32": try check(UInt32(value.int!), expected)
        case "u64": try check(UInt64(value.string!)!, expected)
        case "i8": try check(Int8(value.int!), expected)
        case "i16": try check(Int16(value.int!), expected)
        case "i32": try check(Int32(value.int!), expected)
        case "u128": try check(UInt128(value.string!)!, expected)
        case "Option<u32>": try check(value.isNull ? nil : UInt32(value.int!), expected)
        case "Option<bool>": try check(OptionBool(value.isNull ? nil : value.bool!), expected)
        case "Vec<u8>": try check(hexBytes(value.string!), expected)
        case "Vec<u16>": try check(value.array!.map { UInt16($0.int!) }, expected)
        case "Vec<Compact<u32>>": try check(value.array!.map { Compact(UInt32($0.int!)) }, expected)
        case "String": try check(value.string!, expected)
        case "[u8; 4]":
            let bytes = hexBytes(value.string!)
            let array: InlineArray<4, UInt8> = InlineArray { bytes[$0] }
            #expect(array.scaleEncoded == expected)
            let decoded = try InlineArray<4, UInt8>(scaleEncoded: expected)
            #expect((0..<4).map { decoded[$0] } == bytes)
        case "(u8, u16, Compact<u32>)":
            let fields = value.array!
            var writer = ScaleWriter()
            writer.encode(UInt8(fields[0].int!), UInt16(fields[1].int!), Compact(UInt32(fields[2].int!)))
            #expect(writer.bytes == expected)
            var reader = ScaleReader(expected)
            let (a, b, c) = try reader.decode(UInt8.self, UInt16.self, Compact<UInt32>.self)
            try reader.finish()
            #expect([Int(a), Int(b), Int(c.value)] == fields.map { $0.int! })
        case "Result<u8, bool>":
            let object = value.object!
            let result: ScaleResult<UInt8, Bool> =
                if let ok = object["Ok"] { .success(UInt8(ok.int!)) } else { .failure(object["Err"]!.bool!) }
            try check(result, expected)
        case "enum E { A, B(u32), C{x:u8,y:bool} }", "enum E":
            let object = value.object!
            let sample: SampleEnum =
                if let b = object["B"] {
                    .b(UInt32(b.int!))
                } else {
                    .c(x: UInt8(object["C"]!.object!["x"]!.int!), y: object["C"]!.object!["y"]!.bool!)
                }
            try check(sample, expected)
        case "BTreeMap<u32,bool>":
            let map = Dictionary(uniqueKeysWithValues: value.object!.map { (UInt32($0.key)!, $0.value.bool!) })
            try check(map, expected)
        case "AccountId32", "MultiAddress::Id(AccountId32)", "Compact<Balance u128>":
            try checkChainType(vector.type, value.string!, expected)
        default:
            Issue.record("unhandled vector type \(vector.type)")
        }
    }

    private func check<T: ScaleCodable & Equatable>(_ value: T, _ expected: [UInt8]) throws {
        #expect(value.scaleEncoded == expected)
        #expect(try T(scaleEncoded: expected) == value)
    }

    private func checkChainType(_ type: String, _ value: String, _ expected: [UInt8]) throws {
        let alice = hexBytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        switch type {
        case "AccountId32":
            #expect(value == "Alice")
            let array: InlineArray<32, UInt8> = InlineArray { alice[$0] }
            #expect(array.scaleEncoded == expected)
        case "MultiAddress::Id(AccountId32)":
            var writer = ScaleWriter()
            writer.write(byte: 0)
            writer.write(bytes: alice)
            #expect(writer.bytes == expected)
        default:
            try check(Compact(UInt128(value)!), expected)
        }
    }
}
