import Primitives
import SCALE

/// Two `u16`s stored together: a `(uid, weight)` or `(uid, bond)` entry, or `AlphaValues`' `(low, high)`.
public struct UInt16Pair: Equatable, Sendable, ScaleCodable {
    /// The first value (a uid, or alpha low).
    public var first: UInt16
    /// The second value (a weight or bond, or alpha high).
    public var second: UInt16

    /// A pair.
    public init(_ first: UInt16, _ second: UInt16) {
        self.first = first
        self.second = second
    }

    public func encode(into writer: inout ScaleWriter) { writer.encode(first, second) }

    public init(decoding reader: inout ScaleReader) throws { (first, second) = try reader.decode(UInt16.self, UInt16.self) }
}

/// One pending weights commit (commit-reveal v2): the hash, the epoch it was made in, its block, and a reserved
/// zero.
public struct WeightCommit: Equatable, Sendable, ScaleCodable {
    /// `blake2_256(SCALE(hotkey, netuid_index, uids, values, salt, version_key))`.
    public var hash: H256
    /// `SubnetEpochIndex` at commit time (plus one when an epoch fires in that block).
    public var commitEpoch: UInt64
    /// The block it was committed in.
    public var commitBlock: UInt64
    /// Always 0.
    public var reserved: UInt64

    /// A commit.
    public init(hash: H256, commitEpoch: UInt64, commitBlock: UInt64) {
        self.hash = hash
        self.commitEpoch = commitEpoch
        self.commitBlock = commitBlock
        reserved = 0
    }

    public func encode(into writer: inout ScaleWriter) { writer.encode(hash, commitEpoch, commitBlock, reserved) }

    public init(decoding reader: inout ScaleReader) throws {
        (hash, commitEpoch, commitBlock, reserved) = try reader.decode(H256.self, UInt64.self, UInt64.self, UInt64.self)
    }
}
