import BittensorTesting
import Keys
@testable import NodeCore
import Primitives
import Runtime
import Testing

/// The transaction pool: validation on entry, ready/future queues, ordering, replacement, bounds and pruning.
@Suite struct TransactionPoolTests {
    static let alice = DevChain.key("//Alice")
    static let bob = DevChain.key("//Bob")
    static let charlie = DevChain.key("//Charlie")
    static let dave = DevChain.key("//Dave")

    func transfer(_ chain: DevChain, from key: Keypair, nonce: UInt32? = nil, tip: UInt64 = 0,
                  amount: UInt64 = 1_000_000_000, era: Era = .immortal) -> UncheckedExtrinsic {
        chain.sign(.balances(.transferKeepAlive(dest: .id(DevChain.account(Self.dave)), value: amount)),
                   with: key, nonce: nonce, era: era, tip: tip)
    }

    func validate(_ extrinsic: UncheckedExtrinsic, _ chain: DevChain) throws(ExtrinsicRejection) -> ValidTransaction {
        try TransactionValidation.validate(extrinsic, state: chain.state, blockNumber: chain.head.number + 1,
                                           parentHash: chain.head.hash)
    }

    func submit(_ extrinsic: UncheckedExtrinsic, to pool: inout TransactionPool, _ chain: DevChain) throws -> H256 {
        let validity = try validate(extrinsic, chain)
        return try pool.insert(extrinsic, validity: validity).hash
    }

    func nonces(_ chain: DevChain) -> (AccountId32) -> UInt32 {
        { (try? chain.state.accountInfo(of: $0).nonce) ?? 0 }
    }

    @Test func readyTransactionsGoByTipThenArrivalAndNoncesInOrder() throws {
        let chain = try DevChain()
        var pool = TransactionPool()
        let alice0 = try submit(transfer(chain, from: Self.alice, nonce: 0), to: &pool, chain)
        let alice1 = try submit(transfer(chain, from: Self.alice, nonce: 1, tip: 50), to: &pool, chain)
        let bob = try submit(transfer(chain, from: Self.bob, tip: 10), to: &pool, chain)
        let charlie = try submit(transfer(chain, from: Self.charlie, tip: 10), to: &pool, chain)
        // Alice's nonce 1 tips most but must follow her nonce 0, the lowest priority ready one.
        #expect(pool.ready(nonce: nonces(chain)).map(\.hash) == [bob, charlie, alice0, alice1])
        #expect(pool.ready(limit: 2, nonce: nonces(chain)).map(\.hash) == [bob, charlie])
        #expect(pool.count == 4)
    }

    @Test func futureNoncesWaitForTheGapToFill() throws {
        let chain = try DevChain()
        var pool = TransactionPool()
        let second = transfer(chain, from: Self.alice, nonce: 1)
        let validity = try validate(second, chain)
        #expect(validity.isFuture)
        try pool.insert(second, validity: validity)
        #expect(pool.ready(nonce: nonces(chain)).isEmpty)
        let first = try submit(transfer(chain, from: Self.alice, nonce: 0), to: &pool, chain)
        #expect(pool.ready(nonce: nonces(chain)).map(\.hash) == [first, second.hash])
    }

    @Test func aHigherTipReplacesTheSameNonce() throws {
        let chain = try DevChain()
        var pool = TransactionPool()
        let low = try submit(transfer(chain, from: Self.alice, tip: 1), to: &pool, chain)
        #expect(throws: PoolError.priorityTooLow) {
            try submit(transfer(chain, from: Self.alice, tip: 1, amount: 2_000_000_000), to: &pool, chain)
        }
        let high = transfer(chain, from: Self.alice, tip: 2)
        let result = try pool.insert(high, validity: try validate(high, chain))
        #expect(result.replaced == low)
        #expect(!pool.contains(low) && pool.contains(high.hash) && pool.count == 1)
        #expect(pool.bytes == high.encoded.count)
    }

    @Test func duplicatesAndOverflowAreRefused() throws {
        let chain = try DevChain()
        var pool = TransactionPool(limits: .init(count: 2, bytes: 1 << 20, futurePerSigner: 1))
        let extrinsic = transfer(chain, from: Self.alice)
        _ = try submit(extrinsic, to: &pool, chain)
        #expect(throws: PoolError.alreadyImported) { try submit(extrinsic, to: &pool, chain) }
        _ = try submit(transfer(chain, from: Self.bob, nonce: 5), to: &pool, chain)
        #expect(throws: PoolError.full) { try submit(transfer(chain, from: Self.charlie), to: &pool, chain) }
        var small = TransactionPool(limits: .init(count: 10, bytes: 1 << 20, futurePerSigner: 1))
        _ = try submit(transfer(chain, from: Self.bob, nonce: 5), to: &small, chain)
        #expect(throws: PoolError.full) { try submit(transfer(chain, from: Self.bob, nonce: 6), to: &small, chain) }
        var tiny = TransactionPool(limits: .init(count: 10, bytes: extrinsic.encoded.count - 1))
        #expect(throws: PoolError.full) { try submit(extrinsic, to: &tiny, chain) }
        #expect(tiny.count == 0 && tiny.bytes == 0)
    }

    @Test func aConsecutiveRunIsReadyHoweverLongAndOnlyGapsCountAsFuture() throws {
        let chain = try DevChain()
        var pool = TransactionPool(limits: .init(count: 100, bytes: 1 << 20, futurePerSigner: 2))
        for nonce in 0..<10 { _ = try submit(transfer(chain, from: Self.alice, nonce: UInt32(nonce)), to: &pool, chain) }
        #expect(pool.ready(nonce: nonces(chain)).count == 10)
        _ = try submit(transfer(chain, from: Self.alice, nonce: 12), to: &pool, chain)
        _ = try submit(transfer(chain, from: Self.alice, nonce: 13), to: &pool, chain)
        #expect(throws: PoolError.full) { try submit(transfer(chain, from: Self.alice, nonce: 15), to: &pool, chain) }
        // Filling the gap makes 12 and 13 ready, which frees the future allowance.
        _ = try submit(transfer(chain, from: Self.alice, nonce: 10), to: &pool, chain)
        _ = try submit(transfer(chain, from: Self.alice, nonce: 11), to: &pool, chain)
        #expect(pool.ready(nonce: nonces(chain)).count == 14)
        _ = try submit(transfer(chain, from: Self.alice, nonce: 15), to: &pool, chain)
    }

    @Test func theRuntimeRejectsInvalidTransactionsWithSubstrateCodes() throws {
        var chain = try DevChain()
        var bad = transfer(chain, from: Self.alice)
        bad = UncheckedExtrinsic(signature: bad.signature.map {
            var signature = $0
            signature.extra.tip = 7
            return signature
        }, call: bad.call)
        let cases: [(UncheckedExtrinsic, PoolError, Int)] = [
            (bad, .rejected(.invalid(.invalid(.badProof))), 1010),
            (transfer(chain, from: DevChain.key("//Nobody")), .rejected(.invalid(.invalid(.payment))), 1010),
            (UncheckedExtrinsic(signature: nil, call: RuntimeCall.system(.remark([1])).scaleEncoded),
             .rejected(.invalid(.unknown(.noUnsignedValidator))), 1011),
        ]
        for (extrinsic, expected, code) in cases {
            var pool = TransactionPool()
            #expect(throws: expected) {
                do { _ = try submit(extrinsic, to: &pool, chain) } catch let rejection as ExtrinsicRejection {
                    throw PoolError.rejected(rejection)
                }
            }
            #expect(expected.rpcCode == code)
        }
        try chain.produceBlock([transfer(chain, from: Self.alice)])
        #expect(throws: ExtrinsicRejection.invalid(.invalid(.stale))) {
            try validate(transfer(chain, from: Self.alice, nonce: 0), chain)
        }
        #expect(PoolError.rejected(.invalid(.invalid(.stale))).description.contains("already used"))
    }

    @Test func importedBlocksPruneIncludedStaleAndExpiredTransactions() throws {
        var chain = try DevChain()
        var pool = TransactionPool()
        let included = transfer(chain, from: Self.alice)
        _ = try submit(included, to: &pool, chain)
        let next = try submit(transfer(chain, from: Self.alice, nonce: 1), to: &pool, chain)
        let mortal = try submit(transfer(chain, from: Self.bob, era: .mortal(period: 4, phase: 0)), to: &pool, chain)
        let block = try chain.produceBlock(pool.ready(limit: 1, nonce: nonces(chain)).map(\.extrinsic))
        #expect(block.block.extrinsics == [included])
        var dropped = pool.prune(afterBlock: chain.head.number, nonce: nonces(chain))
        #expect(dropped.map(\.hash) == [included.hash])
        #expect(pool.ready(nonce: nonces(chain)).map(\.hash) == [next, mortal])
        try chain.advance(blocks: 3)
        dropped = pool.prune(afterBlock: chain.head.number, nonce: nonces(chain))
        #expect(dropped.map(\.hash) == [mortal])
        #expect(pool.count == 1)
    }
}
