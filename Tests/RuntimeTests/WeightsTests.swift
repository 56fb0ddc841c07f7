import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `set_weights` and `set_mechanism_weights` with each check of specs/chain.md §5.1, and the u16 helpers of §0.3.
@Suite struct WeightsTests {
    let owner = Dev.hotkey("Bob_owner")
    let miner1 = Dev.hotkey("Miner1")
    let miner2 = Dev.hotkey("Miner2")

    /// Subnet 2: the owner's hotkey at uid 0, two miners at uids 1 and 2, all funded.
    func weightsChain(rateLimit: UInt64? = 0) throws -> DevChain {
        var chain = try DevChain()
        try chain.createSubnet()
        try chain.register(miner1, on: 2)
        try chain.register(miner2, on: 2)
        try chain.fund(owner, miner1, miner2)
        if let rateLimit { try chain.setParameter(.weightsSetRateLimit, netuid: 2, .u64(rateLimit)) }
        return chain
    }

    func weights(_ uids: [UInt16], _ values: [UInt16], netuid: UInt16 = 2, mechanism: UInt8 = 0,
                 version: UInt64 = 0) -> WeightsArguments {
        WeightsArguments(netuid: netuid, mechanism: mechanism, uids: uids, values: values, versionKey: version)
    }

    func set(_ uids: [UInt16], _ values: [UInt16], netuid: UInt16 = 2, version: UInt64 = 0) -> RuntimeCall {
        .subtensor(.setWeights(weights(uids, values, netuid: netuid, version: version)))
    }

    @Test func maxUpscaleHandCases() {
        #expect(maxUpscaledToU16([]) == [])
        #expect(maxUpscaledToU16([0, 0]) == [0, 0])
        #expect(maxUpscaledToU16([1, 3]) == [21845, 65535])
        // 100 · 65535 / 200 = 32767.5 rounds half away from zero.
        #expect(maxUpscaledToU16([100, 200]) == [32768, 65535])
        #expect(maxUpscaledToU16([16384, 32768]) == [32768, 65535])
        // max > 32768: the ratio 65535/max is truncated to I32F32 first, so 20000 lands just under 32767.5.
        #expect(maxUpscaledToU16([40000, 20000]) == [65535, 32767])
        #expect(maxUpscaledToU16([65535, 1, 0]) == [65535, 1, 0])
    }

    @Test func maxLimitHandCases() {
        #expect(isMaxLimited([1, 0], limit: 65535))
        #expect(isMaxLimited([0, 0], limit: 0))
        #expect(isMaxLimited([1, 1], limit: 32768))
        #expect(!isMaxLimited([1, 1], limit: 32767))
        #expect(isMaxLimited([1, 2, 1], limit: 32768))
        #expect(!isMaxLimited([1, 2, 1], limit: 30000))
        #expect(!isMaxLimited([1, 0], limit: 65534))
    }

    @Test func ownerSetsWeights() throws {
        var chain = try weightsChain()
        try chain.expectSuccess(set([1, 2], [1, 3]), by: owner)
        #expect(try chain.read(SubtensorStorage.weights, 2, 0) == [UInt16Pair(1, 21845), UInt16Pair(2, 65535)])
        #expect(try chain.read(SubtensorStorage.lastUpdate, 2)[0] == UInt64(chain.head.number))
        #expect(try chain.subtensorEvents() == [.weightsSet(netuidIndex: 2, uid: 0)])
        // set_mechanism_weights for mechanism 0 is the same call; zeros are kept.
        let mechanism = SubtensorCall.setMechanismWeights(weights([0, 1, 2], [0, 5, 10]))
        try chain.expectSuccess(.subtensor(mechanism), by: owner)
        let expected = [UInt16Pair(0, 0), UInt16Pair(1, 32768), UInt16Pair(2, 65535)]
        #expect(try chain.read(SubtensorStorage.weights, 2, 0) == expected)
        #expect(try chain.subtensorEvents() == [.weightsSet(netuidIndex: 2, uid: 0)])
        try ConservationCheck.verify(chain.state)
    }

    @Test func selfWeightNeedsNoPermit() throws {
        var chain = try weightsChain()
        try chain.expectSuccess(set([1], [7]), by: miner1)
        #expect(try chain.read(SubtensorStorage.weights, 2, 1) == [UInt16Pair(1, 65535)])
        #expect(try chain.subtensorEvents() == [.weightsSet(netuidIndex: 2, uid: 1)])
        try ConservationCheck.verify(chain.state)
    }

    @Test func setWeightsErrors() throws {
        var chain = try weightsChain(rateLimit: nil)
        // SettingWeightsTooFast: registration counts as an update and the default limit is 100 blocks.
        try chain.expectFails(set([1], [1]), by: owner, SubtensorError.settingWeightsTooFast)
        try chain.setParameter(.weightsSetRateLimit, netuid: 2, .u64(0))
        try chain.setParameter(.commitRevealWeightsEnabled, netuid: 2, .bool(true))
        try chain.expectFails(set([1], [1]), by: owner, SubtensorError.commitRevealEnabled)
        try chain.setParameter(.commitRevealWeightsEnabled, netuid: 2, .bool(false))
        // The root subnet has commit-reveal on (the storage default) so that check comes first there.
        try chain.expectFails(set([0], [1], netuid: 0), by: owner, SubtensorError.commitRevealEnabled)
        try chain.setParameter(.commitRevealWeightsEnabled, netuid: 0, .bool(false))
        try chain.expectFails(set([0], [1], netuid: 0), by: owner, SubtensorError.canNotSetRootNetworkWeights)
        try chain.expectFails(set([1, 2], [1]), by: owner, SubtensorError.weightVecNotEqualSize)
        let mechanism = SubtensorCall.setMechanismWeights(weights([1], [1], mechanism: 1))
        try chain.expectFails(.subtensor(mechanism), by: owner, SubtensorError.mechanismDoesNotExist)
        try chain.expectFails(set([0, 1, 2, 3], [1, 1, 1, 1]), by: owner, SubtensorError.uidsLengthExceedUidsInSubNet)
        let stranger = Dev.hotkey("Stranger")
        try chain.fund(stranger)
        try chain.expectFails(set([1], [1]), by: stranger, SubtensorError.hotKeyNotRegisteredInSubNet)
        try chain.expectFails(set([2], [1]), by: miner1, SubtensorError.neuronNoValidatorPermit)
        try chain.expectFails(set([1, 1], [1, 1]), by: owner, SubtensorError.duplicateUids)
        try chain.expectFails(set([1, 7], [1, 1]), by: owner, SubtensorError.uidVecContainInvalidOne)
        try chain.setParameter(.minAllowedWeights, netuid: 2, .u16(3))
        try chain.expectFails(set([1, 2], [1, 1]), by: owner, SubtensorError.weightVecLengthIsLow)
        try chain.expectSuccess(set([1], [1]), by: miner1)
        try chain.setParameter(.minAllowedWeights, netuid: 2, .u16(1))
        // Version key: at least WeightsVersionKey.
        try chain.setParameter(.weightsVersionKey, netuid: 2, .u64(5))
        try chain.expectFails(set([1], [1], version: 4), by: owner, SubtensorError.incorrectWeightVersionKey)
        try chain.expectSuccess(set([1], [1], version: 5), by: owner)
        // Stake threshold: the owner hotkey is exempt.
        try chain.setParameter(.weightsVersionKey, netuid: 2, .u64(0))
        try chain.setParameter(.stakeThreshold, .u64(tao))
        try chain.expectFails(set([1], [1]), by: miner1, SubtensorError.notEnoughStakeToSetWeights)
        try chain.expectSuccess(set([1], [1]), by: owner)
        try chain.expectSuccess(.subtensor(.addStake(hotkey: id(miner1), netuid: 2, amount: 2 * tao)), by: Dev.charlie)
        try chain.expectSuccess(set([1], [1]), by: miner1)
        // A rate limit counts from the last update.
        try chain.setParameter(.weightsSetRateLimit, netuid: 2, .u64(3))
        try chain.expectFails(set([1], [1]), by: miner1, SubtensorError.settingWeightsTooFast)
        try ConservationCheck.verify(chain.state)
    }

    @Test func permitAndMaxWeightLimit() throws {
        let chain = try weightsChain()
        var context = chain.context
        context.put(SubtensorStorage.validatorPermit, 2, [false, true, false])
        try context.setWeights(hotkey: id(miner1), weights([0, 2], [1, 1]), viaReveal: false)
        #expect(try context.get(SubtensorStorage.weights, 2, 1) == [UInt16Pair(0, 65535), UInt16Pair(2, 65535)])
        // MaxWeightsLimit has no setter on this runtime; it is written directly here.
        context.put(SubtensorStorage.maxWeightsLimit, 2, 40000)
        #expect(throws: SubtensorError.maxWeightExceeded) {
            try context.setWeights(hotkey: id(miner1), weights([0, 2], [1, 3]), viaReveal: false)
        }
        try context.setWeights(hotkey: id(miner1), weights([0, 2], [2, 3]), viaReveal: false)
        // Self-weights are exempt.
        try context.setWeights(hotkey: id(miner2), weights([2], [9]), viaReveal: false)
    }
}
