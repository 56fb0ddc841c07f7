/// An output buffer that encoders append SCALE bytes to.
public struct ScaleWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// Appends one byte.
    public mutating func write(byte: UInt8) { bytes.append(byte) }

    /// Appends raw bytes with no length prefix.
    public mutating func write<C: Collection<UInt8>>(bytes more: C) { bytes.append(contentsOf: more) }

    /// Appends a little-endian fixed-width integer.
    public mutating func write<T: FixedWidthInteger>(integer value: T) {
        for index in 0..<(T.bitWidth / 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index)))
        }
    }

    /// Appends a compact length prefix.
    public mutating func write(length: Int) {
        Compact(UInt64(length)).encode(into: &self)
    }

    /// Appends the encoding of `value`.
    public mutating func encode<T: ScaleEncodable>(_ value: T) { value.encode(into: &self) }

    /// Appends the encodings of a tuple's fields in order.
    public mutating func encode<each T: ScaleEncodable>(_ values: repeat each T) {
        repeat (each values).encode(into: &self)
    }
}
