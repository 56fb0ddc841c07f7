/// `Compact<T>`: SCALE's variable-length encoding of unsigned integers.
///
/// Modes by value: `< 2^6` one byte, `< 2^14` two bytes, `< 2^30` four bytes, otherwise a length byte
/// followed by the minimal number (4…16) of little-endian bytes. Decoding accepts only the canonical
/// (shortest) form and values that fit `T`.
public struct Compact<T: FixedWidthInteger & UnsignedInteger & Sendable>: Equatable, Sendable, ScaleCodable {
    /// The integer.
    public var value: T

    /// Wraps `value`.
    public init(_ value: T) { self.value = value }

    public func encode(into writer: inout ScaleWriter) {
        let wide = UInt128(value)
        switch wide {
        case 0..<(1 << 6):
            writer.write(byte: UInt8(wide << 2))
        case (1 << 6)..<(1 << 14):
            writer.write(integer: UInt16(wide << 2) | 0b01)
        case (1 << 14)..<(1 << 30):
            writer.write(integer: UInt32(wide << 2) | 0b10)
        default:
            let byteCount = (UInt128.bitWidth - wide.leadingZeroBitCount + 7) / 8
            writer.write(byte: UInt8((byteCount - 4) << 2) | 0b11)
            for index in 0..<byteCount {
                writer.write(byte: UInt8(truncatingIfNeeded: wide >> (8 * index)))
            }
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let first = try reader.readByte()
        let wide: UInt128
        switch first & 0b11 {
        case 0b00:
            wide = UInt128(first >> 2)
        case 0b01:
            let raw = UInt16(first) | UInt16(try reader.readByte()) << 8
            wide = UInt128(raw >> 2)
            guard wide >= 1 << 6 else {
                throw ScaleError(.nonCanonicalCompact, "2-byte compact at offset \(offset) holds \(wide) < 64")
            }
        case 0b10:
            let rest = try reader.readBytes(3)
            let raw = UInt32(first) | UInt32(rest[0]) << 8 | UInt32(rest[1]) << 16 | UInt32(rest[2]) << 24
            wide = UInt128(raw >> 2)
            guard wide >= 1 << 14 else {
                throw ScaleError(.nonCanonicalCompact, "4-byte compact at offset \(offset) holds \(wide) < 2^14")
            }
        default:
            let byteCount = Int(first >> 2) + 4
            guard byteCount <= 16 else {
                throw ScaleError(.compactOverflow, "compact at offset \(offset) has \(byteCount) bytes, over 16")
            }
            let body = try reader.readBytes(byteCount)
            guard body[byteCount - 1] != 0 else {
                throw ScaleError(.nonCanonicalCompact, "big compact at offset \(offset) has a zero top byte")
            }
            wide = body.enumerated().reduce(UInt128(0)) { $0 | UInt128($1.element) << (8 * $1.offset) }
            guard wide >= 1 << 30 else {
                throw ScaleError(.nonCanonicalCompact, "big compact at offset \(offset) holds \(wide) < 2^30")
            }
        }
        guard let value = T(exactly: wide) else {
            throw ScaleError(.compactOverflow, "compact \(wide) at offset \(offset) does not fit \(T.self)")
        }
        self.value = value
    }
}
