import SCALE

/// A block: a header and its extrinsics, encoded `header ‖ C(n) ‖ xt0 ‖ xt1 …` (each extrinsic with its own
/// length prefix).
public struct Block: Equatable, Sendable, ScaleCodable {
    /// The header.
    public var header: Header
    /// The extrinsics, inherents first.
    public var extrinsics: [UncheckedExtrinsic]

    /// A block from its parts.
    public init(header: Header, extrinsics: [UncheckedExtrinsic]) {
        self.header = header
        self.extrinsics = extrinsics
    }

    /// The ordered trie root (layout V0) of the extrinsics, as the header's `extrinsicsRoot` must be.
    public var computedExtrinsicsRoot: H256 {
        TrieRoot.orderedRoot(of: extrinsics.map(\.encoded), layout: .v0)
    }

    /// The block hash (the header's hash).
    public var hash: H256 { header.hash }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(header, extrinsics)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (header, extrinsics) = try reader.decode(Header.self, [UncheckedExtrinsic].self)
        self.init(header: header, extrinsics: extrinsics)
    }
}
