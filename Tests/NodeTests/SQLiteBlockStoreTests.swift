import BittensorTesting
import Foundation
import GRDB
import Keys
@testable import Node
import NodeCore
import Primitives
import Runtime
import Testing

/// The SQLite block store: blocks and state survive reopening, and foreign or newer databases are refused.
@Suite struct SQLiteBlockStoreTests {
    /// A fresh directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func transfer(_ chain: Chain, nonce: UInt32) -> UncheckedExtrinsic {
        let key = DevChain.key("//Alice")
        let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevChain.account(DevChain.key("//Bob"))),
                                                           value: 1_000_000_000))
        return DevChain.sign(call, with: key, extra: SignedExtra(era: .immortal, nonce: nonce),
                             genesisHash: chain.genesisHash)
    }

    @Test func aReopenedDatabaseHoldsEveryBlockAndTheBestState() throws {
        let path = try Self.temporaryDirectory().appendingPathComponent("chain.sqlite").path
        var chain = try Chain(spec: .development, store: try SQLiteBlockStore(path: path))
        var blocks: [Block] = []
        for nonce in 0..<5 {
            try chain.submit(transfer(chain, nonce: UInt32(nonce)))
            blocks.append(try chain.author(timestamp: 1_700_000_000_000 + UInt64(nonce)).block)
        }
        let store = try SQLiteBlockStore(path: path)
        let reopened = try Chain(spec: .development, store: store)
        #expect(reopened.best == chain.best)
        #expect(try store.genesisHash() == chain.genesisHash)
        for block in blocks {
            #expect(try store.block(hash: block.hash) == block)
            #expect(try store.hash(ofNumber: block.header.number) == block.hash)
        }
        #expect(try reopened.bestState.accountInfo(of: DevChain.account(DevChain.key("//Alice"))).nonce == 5)
        #expect(try store.block(hash: .zero) == nil)
    }

    @Test func anotherChainsDatabaseIsRefused() throws {
        let path = try Self.temporaryDirectory().appendingPathComponent("chain.sqlite").path
        _ = try Chain(spec: .local, store: try SQLiteBlockStore(path: path))
        #expect {
            try Chain(spec: .development, store: try SQLiteBlockStore(path: path))
        } throws: { error in
            guard case ChainError.otherChain = error else { return false }
            return "\(error)".contains("another chain")
        }
    }

    @Test func newerFormatsAndForeignFilesAreRefused() throws {
        let directory = try Self.temporaryDirectory()
        let path = directory.appendingPathComponent("chain.sqlite").path
        _ = try SQLiteBlockStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE meta SET value = '2' WHERE key = 'format'")
        }
        #expect(throws: DatabaseFormatError.newerFormat(found: 2, supported: 1)) { try SQLiteBlockStore(path: path) }
        let garbage = directory.appendingPathComponent("garbage.sqlite").path
        _ = FileManager.default.createFile(atPath: garbage, contents: Data(repeating: 0x42, count: 4096))
        #expect {
            try SQLiteBlockStore(path: garbage)
        } throws: { error in
            guard case DatabaseFormatError.unreadable = error else { return false }
            return true
        }
    }
}
