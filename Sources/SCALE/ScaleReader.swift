/// A cursor over SCALE-encoded bytes that decoders read from.
public struct ScaleReader: Sendable {
    /// The whole input.
    public let bytes: [UInt8]
    /// The index of the next unread byte.
    public private(set) var position: Int

    /// A reader positioned at the start of `bytes`.
    public init<C: Collection<UInt8>>(_ bytes: C) {
        self.bytes = Array(bytes)
        self.position = 0
    }

    /// The number of unread bytes.
    public var remaining: Int { bytes.count - position }

    /// Reads one byte.
    /// - Throws: `ScaleError.truncated` at the end of the input.
    public mutating func readByte() throws -> UInt8 {
        guard position < bytes.count else {
            throw ScaleError(.truncated, "expected 1 more byte at offset \(position), input ended")
        }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads `count` bytes.
    /// - Throws: `ScaleError.truncated` when fewer remain.
    public mutating func readBytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, count <= remaining else {
            throw ScaleError(.truncated, "expected \(count) bytes at offset \(position), \(remaining) remain")
        }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    /// Reads a little-endian fixed-width integer.
    public mutating func readInteger<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> T {
        let size = T.bitWidth / 8
        guard size <= remaining else {
            throw ScaleError(.truncated, "expected a \(size)-byte \(T.self) at offset \(position), \(remaining) remain")
        }
        var value = T.zero
        for index in 0..<size {
            value |= T(truncatingIfNeeded: bytes[position + index]) << (8 * index)
        }
        position += size
        return value
    }

    /// Reads a compact length prefix and checks that the input could hold that many elements
    /// (every element takes at least one byte).
    /// - Throws: `ScaleError.lengthExceedsInput` for a length larger than the remaining bytes.
    public mutating func readLength() throws -> Int {
        let start = position
        let length = try Compact<UInt32>(decoding: &self).value
        guard Int(length) <= remaining else {
            throw ScaleError(.lengthExceedsInput,
                             "length \(length) at offset \(start) exceeds the \(remaining) remaining bytes")
        }
        return Int(length)
    }

    /// Decodes a value of type `T`.
    public mutating func decode<T: ScaleDecodable>(_ type: T.Type = T.self) throws -> T {
        try T(decoding: &self)
    }

    /// Decodes a tuple, field after field.
    public mutating func decode<each T: ScaleDecodable>(_ types: repeat (each T).Type) throws -> (repeat each T) {
        (repeat try (each T)(decoding: &self))
    }

    /// Checks that the whole input was consumed.
    /// - Throws: `ScaleError.trailingBytes` otherwise.
    public func finish() throws {
        guard remaining == 0 else {
            throw ScaleError(.trailingBytes, "\(remaining) trailing bytes after offset \(position)")
        }
    }
}
