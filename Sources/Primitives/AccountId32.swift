import Hashing
import Keys
import SCALE

/// A 32-byte account id (an sr25519 or ed25519 public key), shown as an SS58 address with prefix 42.
public struct AccountId32: Hashable, Comparable, Sendable, CustomStringConvertible, ScaleCodable {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// Wraps exactly 32 bytes.
    /// - Throws: `ScaleError.invalidValue` for any other length.
    public init(_ bytes: [UInt8]) throws {
        guard bytes.count == 32 else { throw ScaleError(.invalidValue, "an account id is 32 bytes, got \(bytes.count)") }
        self.bytes = bytes
    }

    /// Parses an SS58 address of any network prefix.
    /// - Throws: `KeyError.invalidAddress`.
    public init(ss58 address: String) throws {
        bytes = try SS58.decode(address).publicKey
    }

    /// The SS58 address with Bittensor's prefix 42.
    public var ss58Address: String { SS58.encode(publicKey: bytes) }

    public var description: String { ss58Address }

    public static func < (lhs: AccountId32, rhs: AccountId32) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    public func encode(into writer: inout ScaleWriter) { writer.write(bytes: bytes) }

    public init(decoding reader: inout ScaleReader) throws { bytes = try reader.readBytes(32) }
}

extension AccountId32 {
    /// The all-zero account (`5C4hrfjw…`): subtensor's default for unset account storage.
    public static let zero = try! AccountId32([UInt8](repeating: 0, count: 32))
}
