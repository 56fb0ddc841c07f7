import BittensorTesting
import Foundation
import Hashing
import Keys
@testable import Node
import NodeCore
import Primitives
@testable import Runtime
import Synchronization
import Testing

/// The JSON-RPC methods and subscriptions of the node, called without a network.
@Suite struct NodeServiceTests {
    /// Frames a connection received.
    final class Inbox: Sendable {
        let frames = Mutex<[JSON]>([])
        var connection: RPCConnection {
            RPCConnection(id: 1) { data in self.frames.withLock { $0.append((try? JSON.parse(data)) ?? .null) } }
        }
        var all: [JSON] { frames.withLock { $0 } }
    }

    static func node(sealing: NodeService.Sealing = .interval(milliseconds: 250)) throws -> NodeService {
        let chain = try Chain(spec: .development, store: MemoryBlockStore())
        let clock = Mutex<UInt64>(1_700_000_000_000)
        return NodeService(chain: chain, spec: .development, sealing: sealing,
                           now: { clock.withLock { $0 += 250; return $0 } })
    }

    func call(_ node: NodeService, _ method: String, _ params: [JSON] = [], id: JSON = .string("ry1")) async throws -> JSON {
        let request = JSON.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": .array(params), "id": id])
        let data = try #require(await node.respond(to: request.serialized))
        return try JSON.parse(data)
    }

    func result(_ node: NodeService, _ method: String, _ params: [JSON] = []) async throws -> JSON {
        let response = try await call(node, method, params)
        #expect(response["error"] == nil, "\(method): \(response)")
        return try #require(response["result"])
    }

    func signedTransfer(_ node: NodeService, nonce: UInt32, amount: UInt64 = 1_000_000_000) async throws -> String {
        let genesis = try H256(Hex.decode(try #require(await result(node, "chain_getBlockHash", [.integer(0)]).stringValue)))
        let key = DevChain.key("//Alice")
        let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevChain.account(DevChain.key("//Bob"))),
                                                           value: amount))
        let extrinsic = DevChain.sign(call, with: key, extra: SignedExtra(era: .immortal, nonce: nonce), genesisHash: genesis)
        return Hex.encode(extrinsic.encoded, prefixed: true)
    }

    @Test func systemMethodsDescribeTheChain() async throws {
        let node = try Self.node()
        #expect(try await result(node, "system_properties")
            == .object(["ss58Format": .integer(42), "tokenDecimals": .integer(9), "tokenSymbol": .string("TAO")]))
        #expect(try await result(node, "system_chain") == .string(ChainSpec.development.name))
        #expect(try await result(node, "system_health")["peers"] == .integer(0))
        let methods = try await result(node, "rpc_methods")["methods"]
        guard case .array(let names)? = methods else { Issue.record("no methods"); return }
        #expect(names.contains(.string("account_nextIndex")) && names.contains(.string("state_getStorageAt")))
        let version = try await result(node, "state_getRuntimeVersion")
        #expect(version["specVersion"] == .integer(Int64(RuntimeIdentity.specVersion)))
        #expect(version["stateVersion"] == .integer(1) && version["systemVersion"] == .integer(1))
        // The id comes back verbatim, string or number.
        #expect(try await call(node, "system_name", id: .string("aB17"))["id"] == .string("aB17"))
        #expect(try await call(node, "system_name", id: .integer(7))["id"] == .integer(7))
    }

    @Test func blocksHeadersAndStorageFollowTheChain() async throws {
        let node = try Self.node()
        let genesisHeader = try await result(node, "chain_getHeader")
        #expect(genesisHeader["number"] == .string("0x0"))
        try await node.sealBlock()
        let head = try await result(node, "chain_getHead")
        #expect(try await result(node, "chain_getFinalizedHead") == head)
        let header = try await result(node, "chain_getHeader", [head])
        #expect(header["number"] == .string("0x1"))
        #expect(header["parentHash"] == (try await result(node, "chain_getBlockHash", [.integer(0)])))
        let block = try await result(node, "chain_getBlock", [head])
        guard case .array(let extrinsics)? = block["block"]?["extrinsics"] else { Issue.record("no extrinsics"); return }
        #expect(extrinsics.count == 1)
        #expect(try await result(node, "chain_getBlockHash", [.integer(99)]) == .null)
        #expect(try await result(node, "chain_getBlockHash", [.array([.integer(0), .integer(1)])])
            == .array([try await result(node, "chain_getBlockHash", [.integer(0)]), head]))

        // System.Account(Alice) read three ways.
        let key = Hex.encode(SystemStorage.account.storageKey(DevChain.account(DevChain.key("//Alice"))), prefixed: true)
        let value = try await result(node, "state_getStorageAt", [.string(key), head])
        #expect(value.stringValue?.hasPrefix("0x") == true)
        #expect(try await result(node, "state_getStorage", [.string(key)]) == value)
        let query = try await result(node, "state_queryStorageAt", [.array([.string(key)])])
        let expected = JSON.array([.object(["block": head, "changes": .array([.array([.string(key), value])])])])
        #expect(query == expected)
        let prefix = Hex.encode(SystemStorage.account.prefix, prefixed: true)
        let page = try await result(node, "state_getKeysPaged", [.string(prefix), .integer(2), .string(prefix)])
        guard case .array(let keys) = page else { Issue.record("no keys"); return }
        #expect(keys.count == 2)
        let next = try await result(node, "state_getKeysPaged", [.string(prefix), .integer(100), keys[1]])
        guard case .array(let rest) = next else { Issue.record("no keys"); return }
        #expect(!rest.contains(keys[0]) && !rest.contains(keys[1]))
        // state_call answers the runtime APIs.
        let fee = try await result(node, "state_call", [.string("Core_version"), .string("0x")])
        #expect(fee.stringValue?.hasPrefix("0x") == true)
    }

    @Test func submittedTransactionsAreSealedAndNoncesCountThePool() async throws {
        let node = try Self.node()
        let alice = SS58.encode(publicKey: DevChain.key("//Alice").publicKey, prefix: 42)
        let first = try await signedTransfer(node, nonce: 0)
        let hash = try await result(node, "author_submitExtrinsic", [.string(first)])
        #expect(hash.stringValue?.count == 66)
        #expect(try await result(node, "account_nextIndex", [.string(alice)]) == .integer(1))
        #expect(try await result(node, "author_pendingExtrinsics") == .array([.string(first)]))
        let again = try await call(node, "author_submitExtrinsic", [.string(first)])
        #expect(again["error"]?["code"] == .integer(1013))
        try await node.sealBlock()
        #expect(try await result(node, "author_pendingExtrinsics") == .array([]))
        #expect(try await result(node, "system_accountNextIndex", [.string(alice)]) == .integer(1))
        let stale = try await call(node, "author_submitExtrinsic", [.string(first)])
        #expect(stale["error"]?["code"] == .integer(1010))
        #expect(stale["error"]?["data"] == .string("Transaction is outdated"))
    }

    @Test func aBatchOfSubmissionsIsVerifiedTogetherAndABadSignatureIsStillCaught() async throws {
        let node = try Self.node()
        var extrinsics = try await (0..<5).asyncMap { try await signedTransfer(node, nonce: UInt32($0)) }
        // Flip one byte of the third one's signature (after the 1-byte length, version, address and signature type).
        var bytes = try Hex.decode(extrinsics[2])
        bytes[2 + 1 + 33 + 1 + 10] ^= 1
        extrinsics[2] = Hex.encode(bytes, prefixed: true)
        let batch = JSON.array(extrinsics.enumerated().map { index, extrinsic in
            .object(["jsonrpc": .string("2.0"), "id": .integer(Int64(index)), "method": .string("author_submitExtrinsic"),
                     "params": .array([.string(extrinsic)])])
        })
        guard case .array(let answers) = try JSON.parse(try #require(await node.respond(to: batch.serialized))) else {
            Issue.record("a batch gets an array"); return
        }
        #expect(answers.map { $0["error"]?["data"] } == [nil, nil, .string("Transaction has a bad signature"), nil, nil])
        // Nonces 3 and 4 wait for the missing 2.
        let authored = try await node.sealBlock()
        #expect(authored.included.count == 2)
    }

    @Test func submitAndWatchReportsReadyInBlockAndFinalizedAfterItsReply() async throws {
        let node = try Self.node(sealing: .instant)
        let inbox = Inbox()
        let extrinsic = try await signedTransfer(node, nonce: 0)
        let request = JSON.object(["jsonrpc": .string("2.0"), "id": .string("w1"),
                                   "method": .string("author_submitAndWatchExtrinsic"), "params": .array([.string(extrinsic)])])
        await node.receive(request.serialized, from: inbox.connection)
        for _ in 0..<100 where inbox.all.count < 4 { try await Task.sleep(for: .milliseconds(10)) }
        let frames = inbox.all
        #expect(frames.count == 4)
        let subscription = try #require(frames.first?["result"])
        let statuses = frames.dropFirst().map { $0["params"]?["result"] }
        #expect(frames.dropFirst().allSatisfy { $0["params"]?["subscription"] == subscription })
        let head = try await result(node, "chain_getHead")
        #expect(statuses == [.string("ready"), .object(["inBlock": head]), .object(["finalized": head])])
        #expect(await node.subscriptionCount == 0)
    }

    @Test func headAndStorageSubscriptionsFollowNewBlocks() async throws {
        let node = try Self.node()
        let inbox = Inbox()
        let key = Hex.encode(SystemStorage.number.key, prefixed: true)
        for (id, method, params) in [("h", "chain_subscribeNewHeads", [JSON]()),
                                     ("s", "state_subscribeStorage", [.array([.string(key)])])] {
            let request = JSON.object(["jsonrpc": .string("2.0"), "id": .string(id), "method": .string(method),
                                       "params": .array(params)])
            await node.receive(request.serialized, from: inbox.connection)
        }
        try await node.sealBlock()
        let frames = inbox.all
        // Reply, current head; reply, current value; then the new head and the new block number.
        #expect(frames.count == 6)
        #expect(frames[4]["params"]?["result"]?["number"] == .string("0x1"))
        #expect(frames[5]["params"]?["result"]?["changes"] == .array([.array([.string(key), .string("0x01000000")])]))
        await node.disconnect(inbox.connection)
        #expect(await node.subscriptionCount == 0)
        // Over HTTP there is no way to deliver notifications.
        #expect(try await call(node, "chain_subscribeNewHeads")["error"]?["code"] == .integer(-32601))
    }

    @Test func malformedRequestsGetStandardErrors() async throws {
        let node = try Self.node()
        let cases: [(String, Int)] = [
            ("{not json", -32700),
            ("[]", -32600),
            ("42", -32600),
            (#"{"jsonrpc":"1.0","method":"system_name","id":1}"#, -32600),
            (#"{"jsonrpc":"2.0","method":"no_such_method","id":1}"#, -32601),
            (#"{"jsonrpc":"2.0","method":"state_getStorage","params":["0xzz"],"id":1}"#, -32602),
            (#"{"jsonrpc":"2.0","method":"chain_getHeader","params":["0x1234"],"id":1}"#, -32602),
            (#"{"jsonrpc":"2.0","method":"author_submitExtrinsic","params":["0x0102"],"id":1}"#, 1001),
            (#"{"jsonrpc":"2.0","method":"state_getStorage","params":["0x00", "0x"# + String(repeating: "ab", count: 32) + #""],"id":1}"#, 4003),
            (#"{"jsonrpc":"2.0","method":"state_call","params":["Nope_nope","0x"],"id":1}"#, 4003),
        ]
        for (text, code) in cases {
            let data = try #require(await node.respond(to: Data(text.utf8)))
            #expect(try JSON.parse(data)["error"]?["code"] == .integer(Int64(code)), "\(text)")
        }
        let batch = Data(#"[{"jsonrpc":"2.0","method":"system_name","id":"a"},{"jsonrpc":"2.0","method":"nope","id":"b"},7]"#.utf8)
        guard case .array(let answers) = try JSON.parse(try #require(await node.respond(to: batch))) else {
            Issue.record("a batch gets an array"); return
        }
        #expect(answers.count == 3)
        #expect(answers[0]["result"] == .string("Subtensor Node") && answers[1]["error"]?["code"] == .integer(-32601))
        #expect(await node.respond(to: Data(#"{"jsonrpc":"2.0","method":"system_name"}"#.utf8)) == nil)
        let huge = Data(repeating: 0x20, count: RPCEnvelope.maximumRequestBytes + 1)
        #expect(try JSON.parse(try #require(await node.respond(to: huge)))["error"]?["code"] == .integer(-32600))
    }
}

extension Sequence {
    /// `map` with an async transform, in order.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
