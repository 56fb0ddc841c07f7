import SCALE

/// A block header, `Header<u32, BlakeTwo256>`:
/// `parent_hash ‖ Compact(number) ‖ state_root ‖ extrinsics_root ‖ Vec<DigestItem>`.
public struct Header: Equatable, Sendable, ScaleCodable {
    /// The parent block's hash.
    public var parentHash: H256
    /// The block number.
    public var number: UInt32
    /// The trie root (layout V1) of the state after this block.
    public var stateRoot: H256
    /// The ordered trie root (layout V0) of the block's encoded extrinsics.
    public var extrinsicsRoot: H256
    /// The digest logs.
    public var digest: [DigestItem]

    /// A header from its parts.
    public init(parentHash: H256, number: UInt32, stateRoot: H256, extrinsicsRoot: H256, digest: [DigestItem]) {
        self.parentHash = parentHash
        self.number = number
        self.stateRoot = stateRoot
        self.extrinsicsRoot = extrinsicsRoot
        self.digest = digest
    }

    /// The block hash: `blake2_256` of the encoded header.
    public var hash: H256 { H256.blake2(scaleEncoded) }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(parentHash, Compact(number), stateRoot, extrinsicsRoot, digest)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (parentHash, number, stateRoot, extrinsicsRoot, digest) =
            try reader.decode(H256.self, Compact<UInt32>.self, H256.self, H256.self, [DigestItem].self)
        self.init(parentHash: parentHash, number: number.value, stateRoot: stateRoot,
                  extrinsicsRoot: extrinsicsRoot, digest: digest)
    }
}
