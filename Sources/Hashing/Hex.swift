/// Hexadecimal text for byte strings, as Substrate and Bittensor print them.
public enum Hex {
    /// An error for text that is not valid hex.
    public struct DecodingError: Error, Equatable, CustomStringConvertible {
        /// What is wrong with the text.
        public let reason: String
        public var description: String { reason }
    }

    /// Lowercase hex of `bytes`, with a `0x` prefix when `prefixed` is true.
    public static func encode<C: Collection>(_ bytes: C, prefixed: Bool = false) -> String where C.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2 + 2)
        if prefixed { out.append(contentsOf: [0x30, 0x78]) }
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses hex text, with or without a `0x` prefix, in either case.
    ///
    /// - Throws: `DecodingError` for an odd number of digits or a character that is not a hex digit.
    public static func decode(_ text: String) throws -> [UInt8] {
        var utf8 = Array(text.utf8)
        if utf8.count >= 2, utf8[0] == 0x30, utf8[1] == 0x78 || utf8[1] == 0x58 {
            utf8.removeFirst(2)
        }
        guard utf8.count % 2 == 0 else {
            throw DecodingError(reason: "hex text has an odd number of digits (\(utf8.count))")
        }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else {
                throw DecodingError(reason: "not a hex digit at position \(index)")
            }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case 0x30...0x39: character - 0x30
        case 0x61...0x66: character - 0x61 + 10
        case 0x41...0x46: character - 0x41 + 10
        default: nil
        }
    }
}
