import BittensorTesting
import Foundation
import Hashing
import Keys
@testable import Node
import Primitives
import Runtime
import Testing

/// The `subtensor` executable end to end on loopback: RPC, sealing, clean shutdown, crash safety, hostile input.
@Suite(.serialized) struct NodeProcessTests {
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "subtensor-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A signed `transfer_keep_alive` from Alice to Bob for the node's chain.
    static func transfer(genesis: H256, nonce: UInt32, amount: UInt64 = 1_000_000) -> String {
        let key = DevChain.key("//Alice")
        let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevChain.account(DevChain.key("//Bob"))),
                                                           value: amount))
        let extrinsic = DevChain.sign(call, with: key, extra: SignedExtra(era: .immortal, nonce: nonce), genesisHash: genesis)
        return Hex.encode(extrinsic.encoded, prefixed: true)
    }

    static let alice = SS58.encode(publicKey: DevChain.key("//Alice").publicKey, prefix: 42)

    func genesis(_ node: NodeProcess) async throws -> H256 {
        try H256(Hex.decode(try #require(try await node.result("chain_getBlockHash", [.integer(0)]).stringValue)))
    }

    func bestNumber(_ node: NodeProcess) async throws -> UInt32 {
        let number = try #require(try await node.result("chain_getHeader")["number"]?.stringValue)
        return try #require(UInt32(number.dropFirst(2), radix: 16))
    }

    @Test func aDevNodeSealsSubmittedTransactionsAndShutsDownCleanly() async throws {
        let node = try NodeProcess(["--dev", "--sealing", "instant"])
        #expect(try await node.result("system_chain") == .string("Bittensor"))
        #expect(try await node.result("system_chainType") == .string("Local"))
        #expect(try await node.result("system_properties")["tokenSymbol"] == .string("TAO"))
        let genesis = try await genesis(node)
        let hash = try await node.result("author_submitExtrinsic", [.string(Self.transfer(genesis: genesis, nonce: 0))])
        #expect(hash.stringValue?.count == 66)
        for _ in 0..<200 where try await bestNumber(node) < 1 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(try await bestNumber(node) == 1)
        #expect(try await node.result("account_nextIndex", [.string(Self.alice)]) == .integer(1))
        let metrics = try await node.metrics()
        #expect(metrics.contains("substrate_block_height{status=\"best\"} 1"))
        #expect(metrics.contains("subtensor_included_extrinsics_total 1"))
        #expect(node.terminate() == 0)
        #expect(node.log.contains("✨ Imported #1"))
        #expect(node.log.contains("Shut down cleanly at #1"))
    }

    /// kill -9 at random moments while blocks and transactions flow; each restart continues from a committed
    /// block, and replaying the stored blocks from genesis reproduces every state root.
    @Test func killNineNeverLosesOrCorruptsACommittedBlock() async throws {
        let base = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        var random = SystemRandomNumberGenerator()
        var lastSeen: UInt32 = 0
        for _ in 0..<20 {
            let node = try NodeProcess(["--dev", "--base-path", base, "--block-time", "20"])
            let best = try await bestNumber(node)
            #expect(best >= lastSeen, "the node restarted at #\(best), before the #\(lastSeen) it had reported")
            let genesis = try await genesis(node)
            let nonce = try #require(try await node.result("account_nextIndex", [.string(Self.alice)]).unsignedValue)
            for offset in 0..<5 {
                _ = try await node.call("author_submitExtrinsic",
                                        [.string(Self.transfer(genesis: genesis, nonce: UInt32(nonce) + UInt32(offset)))])
            }
            try await Task.sleep(for: .milliseconds(Int.random(in: 20...300, using: &random)))
            lastSeen = try await bestNumber(node)
            node.kill()
        }
        let node = try NodeProcess(["--dev", "--base-path", base, "--sealing", "instant"])
        let best = try await bestNumber(node)
        #expect(best >= lastSeen && best > 20)
        var (genesisBlock, state) = try ChainSpec.development.genesisBlock()
        #expect(try await genesis(node) == genesisBlock.hash)
        for number in 1...best {
            let hash = try #require(try await node.result("chain_getBlockHash", [.integer(Int64(number))]).stringValue)
            let block = try await node.result("chain_getBlock", [.string(hash)])
            let header = try #require(block["block"]?["header"])
            guard case .array(let extrinsics)? = block["block"]?["extrinsics"] else { Issue.record("no body"); return }
            let decoded = try extrinsics.map { try UncheckedExtrinsic(scaleEncoded: Hex.decode($0.stringValue ?? "")) }
            let rebuilt = Block(header: Header(
                parentHash: try H256(Hex.decode(header["parentHash"]?.stringValue ?? "")), number: number,
                stateRoot: try H256(Hex.decode(header["stateRoot"]?.stringValue ?? "")),
                extrinsicsRoot: try H256(Hex.decode(header["extrinsicsRoot"]?.stringValue ?? "")), digest: []),
                extrinsics: decoded)
            #expect(rebuilt.hash.description == hash)
            state = try BlockBuilder.execute(rebuilt, parentState: state)
            genesisBlock = rebuilt
        }
        #expect(node.terminate() == 0)
    }

    @Test func hostileRequestsGetErrorsAndBlocksKeepComing() async throws {
        let node = try NodeProcess(["--dev", "--block-time", "50"])
        let start = try await bestNumber(node)
        let bodies: [(String, Int)] = [
            ("garbage", -32700), (#"{"jsonrpc":"2.0","method":"system_na"#, -32700),
            (#"{"jsonrpc":"2.0","method":"does_not_exist","id":1}"#, -32601),
            (#"{"jsonrpc":"2.0","method":"state_getStorage","params":["0xgg"],"id":1}"#, -32602),
            (#"{"jsonrpc":"2.0","method":"author_submitExtrinsic","params":["0xdeadbeef"],"id":1}"#, 1001),
        ]
        for (body, code) in bodies {
            let response = try JSON.parse(try await node.post(Data(body.utf8)).body)
            #expect(response["error"]?["code"] == .integer(Int64(code)), "\(body)")
        }
        let request = #"{"jsonrpc":"2.0","method":"system_name","id":1}"#
        let huge = "[" + Array(repeating: request, count: RPCEnvelope.maximumBatchLength + 1).joined(separator: ",") + "]"
        #expect(try JSON.parse(try await node.post(Data(huge.utf8)).body)["error"]?["code"] == .integer(-32600))
        let oversized = try await node.post(Data(repeating: 0x20, count: RPCEnvelope.maximumRequestBytes + 1))
        #expect(oversized.status == 413)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await bestNumber(node) > start)
        #expect(node.terminate() == 0)
    }

    /// A thousand idle WebSocket connections: the first `--rpc-max-connections` are upgraded, the rest refused;
    /// the node keeps answering and producing blocks.
    @Test func aThousandIdleWebSocketsAreBoundedAndBlocksKeepComing() async throws {
        let node = try NodeProcess(["--dev", "--block-time", "50", "--rpc-max-connections", "64"])
        let start = try await bestNumber(node)
        var sockets: [RawWebSocket] = []
        defer { sockets.forEach { $0.close() } }
        for _ in 0..<1000 {
            guard let socket = RawWebSocket(port: node.port) else { continue }
            sockets.append(socket)
        }
        let statuses = sockets.map { $0.status() }
        #expect(statuses.count { $0 == 101 } == 64)
        #expect(statuses.count { $0 != 101 } == sockets.count - 64)
        #expect(try await node.result("system_name") == .string("Subtensor Node"))
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await bestNumber(node) > start)
        #expect(node.terminate() == 0)
    }
}
