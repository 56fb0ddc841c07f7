/// Fixed-width integers encode as little-endian two's complement of their width.
public protocol ScaleFixedWidthInteger: FixedWidthInteger, ScaleCodable {}

extension ScaleFixedWidthInteger {
    public func encode(into writer: inout ScaleWriter) { writer.write(integer: self) }
    public init(decoding reader: inout ScaleReader) throws { self = try reader.readInteger(Self.self) }
}

extension UInt8: ScaleFixedWidthInteger {}
extension UInt16: ScaleFixedWidthInteger {}
extension UInt32: ScaleFixedWidthInteger {}
extension UInt64: ScaleFixedWidthInteger {}
extension UInt128: ScaleFixedWidthInteger {}
extension Int8: ScaleFixedWidthInteger {}
extension Int16: ScaleFixedWidthInteger {}
extension Int32: ScaleFixedWidthInteger {}
extension Int64: ScaleFixedWidthInteger {}
extension Int128: ScaleFixedWidthInteger {}

extension Bool: ScaleCodable {
    public func encode(into writer: inout ScaleWriter) { writer.write(byte: self ? 1 : 0) }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = false
        case 1: self = true
        case let byte: throw ScaleError(.invalidTag, "bool byte \(byte) at offset \(offset) is neither 0 nor 1")
        }
    }
}
