import BittensorTesting
import Keys
@testable import NodeCore
import Primitives
import Runtime
import Testing

/// Block authoring from the pool, commits to the store, and reopening a stored chain.
@Suite struct ChainTests {
    static let alice = DevChain.key("//Alice")
    static let bob = DevChain.key("//Bob")
    static let dave = DevChain.key("//Dave")

    /// A signer for `chain`'s next block (DevChain signs against its own head, so mirror the chain's best).
    func sign(_ call: RuntimeCall, with key: Keypair, nonce: UInt32, chain: Chain) -> UncheckedExtrinsic {
        DevChain.sign(call, with: key, extra: SignedExtra(era: .immortal, nonce: nonce), genesisHash: chain.genesisHash)
    }

    func transfer(_ key: Keypair, nonce: UInt32, amount: UInt64 = 1_000_000_000, to: Keypair = dave,
                  chain: Chain) -> UncheckedExtrinsic {
        sign(.balances(.transferKeepAlive(dest: .id(DevChain.account(to)), value: amount)), with: key,
             nonce: nonce, chain: chain)
    }

    func free(_ key: Keypair, _ chain: Chain) throws -> UInt64 {
        try chain.bestState.accountInfo(of: DevChain.account(key)).free
    }

    @Test func authoredBlocksIncludePooledTransactionsAndAreStored() throws {
        let store = MemoryBlockStore()
        var chain = try Chain(spec: .development, store: store)
        let daveBefore = try free(Self.dave, chain)
        let second = try chain.submit(transfer(Self.alice, nonce: 1, chain: chain))
        let first = try chain.submit(transfer(Self.alice, nonce: 0, chain: chain))
        #expect(chain.nextNonce(of: DevChain.account(Self.alice)) == 2)
        let authored = try chain.author(timestamp: 1_700_000_000_000)
        #expect(authored.included.map(\.hash) == [first, second])
        #expect(authored.block.extrinsics.count == 3)
        #expect(chain.best.number == 1 && chain.pool.count == 0)
        #expect(try free(Self.dave, chain) == daveBefore + 2_000_000_000)
        #expect(try store.bestHeader() == chain.best)
        #expect(try store.block(hash: chain.best.hash) == authored.block)
        #expect(try chain.hash(ofNumber: 0) == chain.genesisHash)
        #expect(chain.state(at: chain.genesisHash) != nil)
        #expect(try chain.bestState.events().contains { $0.event == .balances(.transfer(
            from: DevChain.account(Self.alice), to: DevChain.account(Self.dave), amount: 1_000_000_000)) })
    }

    @Test func reopeningAStoreContinuesFromItsBestBlock() throws {
        let store = MemoryBlockStore()
        var chain = try Chain(spec: .development, store: store)
        try chain.submit(transfer(Self.bob, nonce: 0, chain: chain))
        for step in 0..<3 { _ = try chain.author(timestamp: 1_700_000_000_000 + UInt64(step) * 250) }
        let reopened = try Chain(spec: .development, store: store)
        #expect(reopened.best == chain.best)
        var state = reopened.bestState
        #expect(state.root() == chain.best.stateRoot)
        #expect(throws: ChainError.otherChain(stored: chain.genesisHash, expected: try ChainSpec.local.genesisBlock().block.hash)) {
            try Chain(spec: .local, store: store)
        }
    }

    @Test func aStoreWhoseStateDoesNotMatchItsHeaderIsRefused() throws {
        let store = MemoryBlockStore()
        var chain = try Chain(spec: .development, store: store)
        _ = try chain.author(timestamp: 1_700_000_000_000)
        // The best header stays; one stray key changes the stored state.
        try store.commit(Block(header: chain.best, extrinsics: []), changes: [StorageChange(key: [1, 2, 3], value: [4])])
        #expect {
            try Chain(spec: .development, store: store)
        } throws: { error in
            guard case ChainError.corruptState(let number, let stored, _) = error else { return false }
            return number == 1 && stored == chain.best.stateRoot
        }
    }

    @Test func blocksStopAtTheirLimitsAndInvalidatedTransactionsAreDropped() throws {
        var chain = try Chain(spec: .development, store: MemoryBlockStore())
        for nonce in 0..<5 { try chain.submit(transfer(Self.alice, nonce: UInt32(nonce), chain: chain)) }
        let one = chain.pool.all[0]
        chain.blockLimits = .init(weight: one.validity.weight * 3, length: 1 << 20)
        #expect(try chain.author(timestamp: 1).included.count == 3)
        #expect(try chain.author(timestamp: 2).included.count == 2)
        // Dave can pay for two transfers when they enter the pool, but the first leaves too little for the second.
        let daveFree = try free(Self.dave, chain)
        chain.blockLimits = .init()
        // The fee does not depend on the amount's last digits: leave Dave 1000 rao, under a fee.
        let fee = TransactionFee.partialFee(call: .balances(.transferKeepAlive(dest: .id(DevChain.account(Self.bob)),
                                                                                value: daveFree)),
                                            length: transfer(Self.dave, nonce: 0, amount: daveFree, to: Self.bob,
                                                             chain: chain).encoded.count)
        try chain.submit(transfer(Self.dave, nonce: 0, amount: daveFree - fee - 1000, to: Self.bob, chain: chain))
        let doomed = try chain.submit(transfer(Self.dave, nonce: 1, amount: 10_000_000, to: Self.bob, chain: chain))
        let authored = try chain.author(timestamp: 3)
        #expect(authored.included.count == 1)
        #expect(authored.dropped.map(\.hash) == [doomed])
        #expect(chain.pool.count == 0)
    }
}
