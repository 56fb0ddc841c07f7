import Hashing
import SCALE

/// A 32-byte hash (block hashes, state and extrinsics roots), printed as `0x` hex.
public struct H256: Hashable, Sendable, CustomStringConvertible, ScaleCodable {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// Wraps exactly 32 bytes.
    /// - Throws: `ScaleError.invalidValue` for any other length.
    public init(_ bytes: [UInt8]) throws {
        guard bytes.count == 32 else { throw ScaleError(.invalidValue, "a hash is 32 bytes, got \(bytes.count)") }
        self.bytes = bytes
    }

    /// Parses `0x`-prefixed (or bare) hex of 32 bytes.
    /// - Throws: `Hex.DecodingError` or `ScaleError.invalidValue`.
    public init(hex: String) throws {
        try self.init(Hex.decode(hex))
    }

    /// `blake2_256` of `data`, Substrate's hash for blocks, extrinsics and trie nodes.
    public static func blake2(_ data: [UInt8]) -> H256 {
        H256(trusted: Blake2b.hash256(data))
    }

    init(trusted bytes: [UInt8]) { self.bytes = bytes }

    public var description: String { Hex.encode(bytes, prefixed: true) }

    public func encode(into writer: inout ScaleWriter) { writer.write(bytes: bytes) }

    public init(decoding reader: inout ScaleReader) throws {
        bytes = try reader.readBytes(32)
    }
}

extension H256 {
    /// The all-zero hash.
    public static let zero = try! H256([UInt8](repeating: 0, count: 32))
}
