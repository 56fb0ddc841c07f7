/// Base58 with the Bitcoin alphabet, as SS58 addresses use it.
enum Base58 {
    static let alphabet: [UInt8] = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let reverse: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (index, character) in alphabet.enumerated() { table[Int(character)] = Int8(index) }
        return table
    }()

    /// Encodes bytes; each leading zero byte becomes a leading `1`.
    static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        var digits = [UInt8]()
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let text = [UInt8](repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: text, as: UTF8.self)
    }

    /// Decodes Base58 text.
    /// - Throws: `KeyError.invalidAddress` naming the first character outside the alphabet.
    static func decode(_ text: String) throws -> [UInt8] {
        let characters = Array(text.utf8)
        let zeros = characters.prefix { $0 == alphabet[0] }.count
        var bytes = [UInt8]()
        for (position, character) in characters.enumerated().dropFirst(zeros) {
            guard character < 128, reverse[Int(character)] >= 0 else {
                let shown = text.unicodeScalars.count == characters.count
                    ? String(UnicodeScalar(character)) : "non-ASCII"
                throw KeyError(.invalidAddress, "BadBase58: '\(shown)' at position \(position) is not a base58 character")
            }
            var carry = Int(reverse[Int(character)])
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: zeros) + bytes.reversed()
    }
}
