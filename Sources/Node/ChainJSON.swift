import Hashing
import Primitives
import SCALE

/// Substrate's JSON shapes for chain data (specs/substrate.md §2.1, §6.2).
enum ChainJSON {
    static func hex(_ bytes: [UInt8]) -> JSON { .string(Hex.encode(bytes, prefixed: true)) }

    static func hash(_ hash: H256) -> JSON { hex(hash.bytes) }

    /// `{"parentHash","number":"0x…","stateRoot","extrinsicsRoot","digest":{"logs":[…]}}`.
    static func header(_ header: Header) -> JSON {
        .object([
            "parentHash": hash(header.parentHash),
            "number": .string("0x" + String(header.number, radix: 16)),
            "stateRoot": hash(header.stateRoot),
            "extrinsicsRoot": hash(header.extrinsicsRoot),
            "digest": .object(["logs": .array(header.digest.map { hex($0.scaleEncoded) })]),
        ])
    }

    /// `{"block":{"header":…,"extrinsics":["0x…"]},"justifications":null}`.
    static func block(_ block: Block) -> JSON {
        .object([
            "block": .object(["header": header(block.header), "extrinsics": .array(block.extrinsics.map { hex($0.encoded) })]),
            "justifications": .null,
        ])
    }

    /// `state_getRuntimeVersion`'s object, with both `systemVersion` and `stateVersion` as real nodes send.
    static func runtimeVersion(_ version: RuntimeVersion) -> JSON {
        .object([
            "specName": .string(version.specName),
            "implName": .string(version.implName),
            "authoringVersion": .integer(Int64(version.authoringVersion)),
            "specVersion": .integer(Int64(version.specVersion)),
            "implVersion": .integer(Int64(version.implVersion)),
            "apis": .array(version.apis.map { .array([hex($0.id), .integer(Int64($0.version))]) }),
            "transactionVersion": .integer(Int64(version.transactionVersion)),
            "systemVersion": .integer(Int64(version.systemVersion)),
            "stateVersion": .integer(Int64(version.systemVersion)),
        ])
    }
}
