import Client
import Foundation
import Keys
import Primitives
import Testing

/// The Client against a real `subtensor --dev --sealing instant` process on loopback.
@Suite("Client against a dev node", .serialized)
final class ClientTests {
    let node: LocalNode
    let alice = try! Keypair(uri: "//Alice", cryptoType: .sr25519)
    let bob = try! AccountId32(ss58: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")

    init() throws {
        node = try LocalNode(["--dev", "--sealing", "instant"])
    }

    @Test("plain calls over ws:// and http:// agree, and many concurrent calls share one WebSocket")
    func plainCalls() async throws {
        let socket = try Client(url: node.url, timeout: .seconds(10))
        let http = try Client(url: "http://127.0.0.1:\(node.port)", timeout: .seconds(10))
        let genesis = try #require(try await socket.blockHash(0))
        #expect(try await http.blockHash(0) == genesis)
        #expect(try await http.header().number == socket.header().number)
        #expect(try await socket.runtimeVersion().transactionVersion == http.runtimeVersion().transactionVersion)
        #expect(try await socket.accountInfo(AccountId32(alice.publicKey)).free == 1_000_000_000_000_000)
        let hashes = try await withThrowingTaskGroup(of: H256?.self) { group in
            for _ in 0..<32 { group.addTask { try await socket.blockHash(0) } }
            return try await group.reduce(into: [H256?]()) { $0.append($1) }
        }
        #expect(hashes.count == 32 && hashes.allSatisfy { $0 == genesis })
        let subnets = try await http.allDynamicInfo()
        #expect(subnets.map(\.netuid).contains(0))
        #expect(try await socket.hyperparameters(netuid: 999) == nil)
    }

    @Test("submit signs, watches to inclusion and reports events, fee, nonce and module errors")
    func submit() async throws {
        let client = try Client(url: "http://127.0.0.1:\(node.port)", timeout: .seconds(10))
        let account = try AccountId32(alice.publicKey)
        let before = try await client.nextNonce(account)
        let receipt = try await client.submit(.balances(.transferKeepAlive(dest: .id(bob), value: 1_000_000_000)), signer: alice)
        #expect(receipt.isSuccess)
        #expect(receipt.fee > 0)
        #expect(receipt.events.contains(.balances(.transfer(from: account, to: bob, amount: 1_000_000_000))))
        #expect(try await client.nextNonce(account) == before + 1)
        let failed = try await client.submit(
            .subtensor(.addStake(hotkey: bob, netuid: 1, amount: 1 << 62)), signer: alice, waitFor: .finalization)
        #expect(!failed.isSuccess)
        #expect(failed.errorName?.hasPrefix("SubtensorModule.") == true)
    }

    @Test("transactions are mortal by default, checkpointed at the best block, and immortal on request")
    func eras() async throws {
        let client = try Client(url: node.url, timeout: .seconds(10))
        let best = try await client.header()
        let mortal = try await client.sign(.system(.remark([1])), signer: alice)
        #expect(mortal.signature?.extra.era == .mortal(period: 64, current: UInt64(best.number)))
        #expect(try await client.submit(mortal).isSuccess)
        let immortal = try await client.sign(.system(.remark([2])), signer: alice, mortality: nil)
        #expect(immortal.signature?.extra.era == .immortal)
        #expect(try await client.submit(immortal).isSuccess)
    }

    @Test("the pool's rejection comes back with Substrate's code and reason")
    func rejection() async throws {
        let client = try Client(url: node.url, timeout: .seconds(10))
        let pauper = try Keypair(uri: "//NobodyFunded", cryptoType: .sr25519)
        await #expect {
            _ = try await client.submit(.balances(.transferKeepAlive(dest: .id(self.bob), value: 1)), signer: pauper)
        } throws: { error in
            let error = error as? ClientError
            return error?.code == .rpc && error?.rpcCode == 1010 && error?.data?.contains("fees") == true
        }
    }

    @Test("bad URLs, unreachable nodes and closed connections give clear errors; the next call reconnects")
    func connections() async throws {
        #expect(throws: ClientError(.invalidURL, "")) { try Client(url: "ftp://127.0.0.1:1") }
        #expect(throws: ClientError(.invalidURL, "")) { try Client(url: "not a url") }
        let nowhere = try Client(url: "ws://127.0.0.1:1", timeout: .seconds(5))
        await #expect(throws: ClientError(.connectionFailed, "")) { _ = try await nowhere.blockHash(0) }
        let client = try Client(url: node.url, timeout: .seconds(10))
        let genesis = try await client.blockHash(0)
        client.close()
        #expect(try await client.blockHash(0) == genesis)
        await #expect(throws: ClientError(.rpc, "")) { _ = try await client.call("no_such_method") }
    }

    @Test("a WebSocket dropped by the node fails the next call cleanly, and a call after the node is back reconnects")
    func reconnectAfterDrop() async throws {
        let first = try LocalNode(["--dev", "--sealing", "instant"])
        let client = try Client(url: first.url, timeout: .seconds(10))
        #expect(try await client.blockHash(0) != nil)
        let port = first.port
        first.stop()
        await #expect(throws: ClientError.self) { _ = try await client.blockHash(0) }
        let second = try LocalNode(["--dev", "--sealing", "instant"], port: port)
        #expect(try await client.header().number == 0)
        second.stop()
    }
}
