import Foundation
import Hashing
import Primitives
import SCALE
import TestSupport
import Testing

/// The JSON-RPC shape of a recorded mainnet header.
private struct RecordedHeader: Decodable {
    struct Fields: Decodable {
        struct Digest: Decodable { let logs: [String] }
        let parentHash: String
        let number: String
        let stateRoot: String
        let extrinsicsRoot: String
        let digest: Digest
    }
    let hash: String
    let header: Fields
}

@Suite("Block headers")
struct HeaderTests {
    @Test("a recorded mainnet header hashes to the block hash the node reported")
    func mainnetHeader() throws {
        let recorded = try Fixtures.decode(RecordedHeader.self, from: "mainnet-header-6553223.json")
        let digest = try recorded.header.digest.logs.map { try DigestItem(scaleEncoded: Hex.decode($0)) }
        let header = Header(
            parentHash: try H256(hex: recorded.header.parentHash),
            number: try #require(UInt32(recorded.header.number.dropFirst(2), radix: 16)),
            stateRoot: try H256(hex: recorded.header.stateRoot),
            extrinsicsRoot: try H256(hex: recorded.header.extrinsicsRoot),
            digest: digest)
        #expect(header.hash.description == recorded.hash)
        #expect(Array(header.scaleEncoded[32..<36]) == [0x1e, 0xfa, 0x8f, 0x01])
        #expect(header.scaleEncoded.count == 226)
        guard case .preRuntime(let engine, let slot) = digest[0] else { Issue.record("first log is not PreRuntime"); return }
        #expect(String(decoding: engine, as: UTF8.self) == "aura")
        #expect(slot.count == 8)
        guard case .seal(_, let signature) = digest[2] else { Issue.record("last log is not a seal"); return }
        #expect(signature.count == 64)
        #expect(try Header(scaleEncoded: header.scaleEncoded) == header)
        for (index, log) in recorded.header.digest.logs.enumerated() {
            #expect(Hex.encode(digest[index].scaleEncoded, prefixed: true) == log)
        }
    }

    @Test("every truncation of an encoded header fails, and so does a trailing byte or a bad digest tag")
    func malformed() throws {
        let recorded = try Fixtures.decode(RecordedHeader.self, from: "mainnet-header-6553223.json")
        let header = Header(
            parentHash: try H256(hex: recorded.header.parentHash), number: 6_553_223,
            stateRoot: try H256(hex: recorded.header.stateRoot), extrinsicsRoot: try H256(hex: recorded.header.extrinsicsRoot),
            digest: try recorded.header.digest.logs.map { try DigestItem(scaleEncoded: Hex.decode($0)) })
        let bytes = header.scaleEncoded
        for length in 0..<bytes.count {
            #expect(throws: ScaleError.self, "length \(length)") { try Header(scaleEncoded: bytes.prefix(length)) }
        }
        #expect(throws: ScaleError(.trailingBytes, "")) { try Header(scaleEncoded: bytes + [0]) }
        #expect(throws: ScaleError(.invalidTag, "")) { try DigestItem(scaleEncoded: [7]) }
        #expect(try DigestItem(scaleEncoded: [8]) == .runtimeEnvironmentUpdated)
        #expect(throws: ScaleError(.invalidValue, "")) { try H256([1, 2, 3]) }
    }
}

@Suite("Blocks")
struct BlockTests {
    @Test("a block's extrinsics root is the spec's ordered V0 root, and the block round-trips")
    func roundTrip() throws {
        let timestamp = try UncheckedExtrinsic(scaleEncoded: hexBytes("280402000b0068e5cf8b01"))
        let block = Block(
            header: Header(parentHash: try H256([UInt8](repeating: 0, count: 32)), number: 1,
                           stateRoot: TrieRoot.empty, extrinsicsRoot: TrieRoot.empty, digest: []),
            extrinsics: [timestamp])
        #expect(block.computedExtrinsicsRoot.description == "0x7cdd809c71754dc66ae047b3d66349e521f4e4477243ce23fb686bb272926663")
        let bytes = block.scaleEncoded
        #expect(try Block(scaleEncoded: bytes) == block)
        for length in 0..<bytes.count {
            #expect(throws: ScaleError.self, "length \(length)") { try Block(scaleEncoded: bytes.prefix(length)) }
        }
    }
}
