import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// Hash commit-reveal (v2): `commit_weights`, `reveal_weights` and their mechanism variants (specs/chain.md §5.2).
@Suite struct CommitRevealTests {
    let owner = Dev.hotkey("Bob_owner")
    let miner = Dev.hotkey("Miner1")

    /// Subnet 2 with commit-reveal on, no weights rate limit, the owner hotkey at uid 0 and a miner at uid 1.
    func commitRevealChain() throws -> DevChain {
        var chain = try DevChain()
        try chain.createSubnet()
        try chain.register(miner, on: 2)
        try chain.fund(owner, miner)
        try chain.setParameter(.commitRevealWeightsEnabled, netuid: 2, .bool(true))
        try chain.setParameter(.weightsSetRateLimit, netuid: 2, .u64(0))
        return chain
    }

    func weights(salt: [UInt16] = [7, 8], mechanism: UInt8 = 0) -> WeightsArguments {
        WeightsArguments(netuid: 2, mechanism: mechanism, uids: [0, 1], values: [10, 20], salt: salt, versionKey: 0)
    }

    func commit(_ hash: H256, netuid: UInt16 = 2) -> RuntimeCall {
        .subtensor(.commitWeights(netuid: netuid, commitHash: hash))
    }

    func hash(_ arguments: WeightsArguments, by hotkey: Keypair? = nil) -> H256 {
        arguments.commitHash(hotkey: id(hotkey ?? owner))
    }

    @Test func commitThenRevealAfterTheEpoch() throws {
        var chain = try commitRevealChain()
        try chain.advanceToNextEpoch(2)
        let epoch = try chain.read(SubtensorStorage.subnetEpochIndex, 2)
        let committed = hash(weights())
        try chain.expectSuccess(commit(committed), by: owner)
        let block = UInt64(chain.head.number)
        let stored = WeightCommit(hash: committed, commitEpoch: epoch, commitBlock: block)
        #expect(try chain.read(SubtensorStorage.weightCommits, 2, id(owner)) == [stored])
        #expect(try chain.read(SubtensorStorage.lastUpdate, 2)[0] == block)
        let committedEvent = SubtensorEvent.weightsCommitted(who: id(owner), netuidIndex: 2, hash: committed)
        #expect(try chain.subtensorEvents() == [committedEvent])
        // Same epoch: too early; a wrong salt matches nothing.
        try chain.expectFails(.subtensor(.revealWeights(weights())), by: owner, SubtensorError.revealTooEarly)
        try chain.expectFails(.subtensor(.revealWeights(weights(salt: [9]))), by: owner,
                              SubtensorError.invalidRevealCommitHashNotMatch)
        #expect(try chain.read(SubtensorStorage.subnetEpochIndex, 2) == epoch)
        try chain.advanceToNextEpoch(2)
        try chain.expectFails(.subtensor(.revealWeights(weights(salt: [9]))), by: owner,
                              SubtensorError.invalidRevealCommitHashNotMatch)
        try chain.expectSuccess(.subtensor(.revealWeights(weights())), by: owner)
        #expect(try chain.read(SubtensorStorage.weights, 2, 0) == [UInt16Pair(0, 32768), UInt16Pair(1, 65535)])
        #expect(try chain.read(SubtensorStorage.weightCommits, 2, id(owner)) == nil)
        let revealed = SubtensorEvent.weightsRevealed(who: id(owner), netuidIndex: 2, hash: committed)
        #expect(try chain.subtensorEvents() == [.weightsSet(netuidIndex: 2, uid: 0), revealed])
        // Under commit-reveal a reveal does not touch LastUpdate.
        #expect(try chain.read(SubtensorStorage.lastUpdate, 2)[0] == block)
        try chain.expectFails(.subtensor(.revealWeights(weights())), by: owner, SubtensorError.noWeightsCommitFound)
        try ConservationCheck.verify(chain.state)
    }

    @Test func aCommitExpiresAfterItsRevealEpoch() throws {
        var chain = try commitRevealChain()
        try chain.expectSuccess(commit(hash(weights())), by: owner)
        try chain.advanceToNextEpoch(2)
        try chain.advanceToNextEpoch(2)
        try chain.expectFails(.subtensor(.revealWeights(weights())), by: owner, SubtensorError.expiredWeightCommit)
        // A longer reveal period keeps a new commit until its own reveal epoch.
        try chain.setParameter(.commitRevealWeightsInterval, netuid: 2, .u64(2))
        try chain.advanceToNextEpoch(2)
        try chain.expectSuccess(commit(hash(weights(salt: [1]))), by: owner)
        try chain.advanceToNextEpoch(2)
        try chain.expectFails(.subtensor(.revealWeights(weights(salt: [1]))), by: owner, SubtensorError.revealTooEarly)
        try chain.advanceToNextEpoch(2)
        try chain.expectSuccess(.subtensor(.revealWeights(weights(salt: [1]))), by: owner)
        try ConservationCheck.verify(chain.state)
    }

    @Test func revealingALaterCommitDropsTheEarlierOnes() throws {
        var chain = try commitRevealChain()
        try chain.advanceToNextEpoch(2)
        try chain.expectSuccess(commit(hash(weights(salt: [1]))), by: owner)
        try chain.expectSuccess(commit(hash(weights(salt: [2]))), by: owner)
        try chain.expectSuccess(commit(hash(weights(salt: [3]))), by: owner)
        try chain.advanceToNextEpoch(2)
        try chain.expectSuccess(.subtensor(.revealWeights(weights(salt: [2]))), by: owner)
        let left = try #require(try chain.read(SubtensorStorage.weightCommits, 2, id(owner)))
        #expect(left.map(\.hash) == [hash(weights(salt: [3]))])
        try chain.expectFails(.subtensor(.revealWeights(weights(salt: [1]))), by: owner,
                              SubtensorError.invalidRevealCommitHashNotMatch)
        try ConservationCheck.verify(chain.state)
    }

    @Test func mechanismVariants() throws {
        var chain = try commitRevealChain()
        let arguments = weights(salt: [5])
        try chain.expectSuccess(.subtensor(.commitMechanismWeights(netuid: 2, mechanism: 0, commitHash: hash(arguments))),
                                by: owner)
        try chain.advanceToNextEpoch(2)
        try chain.expectSuccess(.subtensor(.revealMechanismWeights(arguments)), by: owner)
        #expect(try chain.read(SubtensorStorage.weights, 2, 0) != nil)
        let badCommit = SubtensorCall.commitMechanismWeights(netuid: 2, mechanism: 1, commitHash: hash(arguments))
        try chain.expectFails(.subtensor(badCommit), by: owner, SubtensorError.mechanismDoesNotExist)
        let badReveal = SubtensorCall.revealMechanismWeights(weights(mechanism: 1))
        try chain.expectFails(.subtensor(badReveal), by: owner, SubtensorError.mechanismDoesNotExist)
        try ConservationCheck.verify(chain.state)
    }

    @Test func commitErrors() throws {
        var chain = try commitRevealChain()
        let anyHash = hash(weights())
        try chain.expectFails(commit(anyHash, netuid: 9), by: owner, SubtensorError.subnetNotExists)
        try chain.expectFails(commit(anyHash, netuid: 1), by: owner, SubtensorError.commitRevealDisabled)
        let stranger = Dev.hotkey("Stranger")
        try chain.fund(stranger)
        try chain.expectFails(commit(anyHash), by: stranger, SubtensorError.hotKeyNotRegisteredInSubNet)
        try chain.setParameter(.weightsSetRateLimit, netuid: 2, .u64(5))
        try chain.advance(blocks: 5)
        try chain.expectSuccess(commit(anyHash), by: miner)
        try chain.expectFails(commit(anyHash), by: miner, SubtensorError.committingWeightsTooFast)
        try chain.setParameter(.weightsSetRateLimit, netuid: 2, .u64(0))
        // At most ten unrevealed commits: eleven in one block.
        let nonce = chain.nonce(of: owner)
        let extrinsics = (0..<11).map { index in
            chain.sign(commit(hash(weights(salt: [UInt16(index)]))), with: owner, nonce: nonce + UInt32(index))
        }
        let results = try chain.produceBlock(extrinsics).results.map { try $0.get().error }
        #expect(results.prefix(10).allSatisfy { $0 == nil })
        #expect(results[10] == SubtensorError.tooManyUnrevealedCommits.dispatchError)
        #expect(try chain.read(SubtensorStorage.weightCommits, 2, id(owner))?.count == 10)
        try ConservationCheck.verify(chain.state)
    }

    @Test func revealErrors() throws {
        var chain = try commitRevealChain()
        let onSubnet9 = WeightsArguments(netuid: 9, uids: [0], values: [1], versionKey: 0)
        try chain.expectFails(.subtensor(.revealWeights(onSubnet9)), by: owner, SubtensorError.subnetNotExists)
        var onSubnet1 = weights()
        onSubnet1.netuid = 1
        try chain.expectFails(.subtensor(.revealWeights(onSubnet1)), by: owner, SubtensorError.commitRevealDisabled)
        try chain.expectFails(.subtensor(.revealWeights(weights())), by: owner, SubtensorError.noWeightsCommitFound)
        // A reveal runs the set_weights checks: the miner has no validator permit.
        let minerWeights = WeightsArguments(netuid: 2, uids: [0], values: [1], salt: [3], versionKey: 0)
        try chain.expectSuccess(commit(hash(minerWeights, by: miner)), by: miner)
        try chain.advanceToNextEpoch(2)
        try chain.expectFails(.subtensor(.revealWeights(minerWeights)), by: miner,
                              SubtensorError.neuronNoValidatorPermit)
        #expect(try chain.read(SubtensorStorage.weightCommits, 2, id(miner))?.count == 1)
        try ConservationCheck.verify(chain.state)
    }
}
