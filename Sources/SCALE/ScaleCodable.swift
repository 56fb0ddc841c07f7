/// A type with a SCALE encoding.
public protocol ScaleEncodable {
    /// Appends the encoding of `self` to `writer`.
    func encode(into writer: inout ScaleWriter)
}

/// A type that decodes from SCALE bytes.
public protocol ScaleDecodable {
    /// Reads one value from `reader`, leaving it positioned after the value.
    init(decoding reader: inout ScaleReader) throws
}

/// A type that both encodes and decodes.
public typealias ScaleCodable = ScaleEncodable & ScaleDecodable

extension ScaleEncodable {
    /// The SCALE encoding of `self`.
    public var scaleEncoded: [UInt8] {
        var writer = ScaleWriter()
        encode(into: &writer)
        return writer.bytes
    }
}

extension ScaleDecodable {
    /// Decodes a value that must span exactly `bytes`.
    /// - Throws: `ScaleError`, including `.trailingBytes` when bytes are left over.
    public init<C: Collection<UInt8>>(scaleEncoded bytes: C) throws {
        var reader = ScaleReader(bytes)
        self = try Self(decoding: &reader)
        try reader.finish()
    }
}
