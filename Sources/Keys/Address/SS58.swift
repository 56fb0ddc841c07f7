import Hashing

/// SS58 addresses: Base58 of `prefix ‖ public key ‖ checksum`, with the checksum the first two bytes of
/// `blake2b-512("SS58PRE" ‖ prefix ‖ public key)`.
public enum SS58 {
    /// Bittensor's network identifier (Finney and local chains; addresses start with `5`).
    public static let bittensorPrefix: UInt16 = 42

    /// The address of a 32-byte public key under network identifier `prefix` (0…16383).
    public static func encode(publicKey: [UInt8], prefix: UInt16 = bittensorPrefix) -> String {
        precondition(publicKey.count == 32, "SS58 addresses here carry 32-byte keys")
        precondition(prefix < 16384, "SS58 identifiers are below 16384")
        let prefixBytes: [UInt8] =
            prefix < 64
            ? [UInt8(prefix)]
            : [0x40 | UInt8((prefix & 0xFC) >> 2), UInt8(prefix >> 8) | UInt8((prefix & 0x03) << 6)]
        let body = prefixBytes + publicKey
        return Base58.encode(body + checksum(body))
    }

    /// Decodes an address under any network identifier.
    /// - Returns: the public key and the identifier.
    /// - Throws: `KeyError.invalidAddress` with the reason: bad Base58, `InvalidPrefix`, `BadLength`,
    ///   reserved identifier, or `InvalidChecksum`.
    public static func decode(_ address: String) throws -> (publicKey: [UInt8], prefix: UInt16) {
        let data = try Base58.decode(address)
        guard let first = data.first else {
            throw KeyError(.invalidAddress, "BadLength: an empty address")
        }
        let prefix: UInt16
        let prefixLength: Int
        switch first {
        case 0...63:
            prefix = UInt16(first)
            prefixLength = 1
        case 64...127:
            guard data.count >= 2 else { throw KeyError(.invalidAddress, "BadLength: address of \(data.count) bytes") }
            let lower = UInt16((first << 2) | (data[1] >> 6))
            prefix = lower | UInt16(data[1] & 0x3F) << 8
            prefixLength = 2
        default:
            throw KeyError(.invalidAddress, "InvalidPrefix: first byte \(first) is not an SS58 prefix")
        }
        guard data.count == prefixLength + 32 + 2 else {
            throw KeyError(.invalidAddress,
                           "BadLength: \(data.count) bytes decoded, expected \(prefixLength + 34) for a 32-byte key")
        }
        guard prefix != 46 && prefix != 47 else {
            throw KeyError(.invalidAddress, "InvalidPrefix: identifier \(prefix) is reserved")
        }
        let body = Array(data[0..<(prefixLength + 32)])
        guard Array(data[(prefixLength + 32)...]) == checksum(body) else {
            throw KeyError(.invalidAddress, "InvalidChecksum: the address checksum does not match")
        }
        return (Array(body[prefixLength...]), prefix)
    }

    private static func checksum(_ body: [UInt8]) -> [UInt8] {
        Array(Blake2b.hash512(Array("SS58PRE".utf8) + body).prefix(2))
    }
}
