import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// The coinbase (specs/chain.md §2): block emission set aside per block, injected into the pools, and paid out by
/// Yuma Consensus at each epoch.
@Suite struct CoinbaseTests {
    let owner = Dev.hotkey("Bob_owner")
    let validator = Dev.hotkey("Validator")
    let miner1 = Dev.hotkey("Miner1")
    let miner2 = Dev.hotkey("Miner2")

    /// The pending alpha of `netuid`.
    func pending(_ chain: DevChain, _ netuid: UInt16) throws -> RuntimeContext.PendingEmission {
        RuntimeContext.PendingEmission(
            server: try chain.read(SubtensorStorage.pendingServerEmission, netuid),
            validator: try chain.read(SubtensorStorage.pendingValidatorEmission, netuid),
            root: try chain.read(SubtensorStorage.pendingRootAlphaDivs, netuid),
            ownerCut: try chain.read(SubtensorStorage.pendingOwnerCut, netuid))
    }

    @Test func anEmittingSubnetSetsAsideItsAlphaEveryBlock() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        let before = try pending(chain, netuid)
        try chain.produceBlock()
        #expect(try chain.read(SubtensorStorage.blockEmission) == tao)
        // A young subnet's alpha issuance is far below 10.5M α: 1 α per block.
        #expect(try chain.read(SubtensorStorage.subnetAlphaOutEmission, netuid) == tao)
        let after = try pending(chain, netuid)
        // Owner cut: 1 α · (11796 / 65535), both factors as U96F32, products floored.
        let cutBits = (UInt128(11_796) << 32) / 65_535
        let ownerCut = UInt64((UInt128(tao) * cutBits) >> 32)
        #expect(after.ownerCut - before.ownerCut == ownerCut)
        // Without root stake nothing goes to root; miners and validators halve the rest (floors lose < 1 rao each).
        #expect(after.root == 0)
        let server = after.server - before.server
        let validator = after.validator - before.validator
        #expect(server == (tao - ownerCut) / 2 || server + 1 == (tao - ownerCut) / 2)
        #expect(validator >= server && validator - server <= 1)
        #expect(tao - ownerCut - server - validator <= 2)
        // Subnet 1 has not been started: it gets nothing.
        #expect(try pending(chain, 1).total == 0)
        try ConservationCheck.verify(chain.state)
    }

    @Test func taoEmissionBuysProtocolAlphaWhenRootStakeCapsTheInjection() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        // The moving price (I96F32) stays 0 until its EMA weight, 3e-6 · b / (b + 201600), passes 2^-32.
        try chain.advance(blocks: 20)
        let issuance = try chain.read(SubtensorStorage.totalIssuance)
        let pool = try chain.read(SubtensorStorage.subnetTAO, netuid)
        let alphaIn = try chain.read(SubtensorStorage.subnetAlphaIn, netuid)
        let bought = try chain.read(SubtensorStorage.subnetProtocolAlpha, netuid)
        try chain.produceBlock()
        // The only emitting subnet with a positive moving price takes the whole block emission. With no root stake
        // the root proportion, hence the alpha injection cap, is 0: all of it buys alpha from the pool.
        #expect(try chain.read(SubtensorStorage.subnetMovingPrice, netuid) > 0)
        #expect(try chain.read(SubtensorStorage.subnetTaoInEmission, netuid) == 0)
        #expect(try chain.read(SubtensorStorage.totalIssuance) - issuance == tao)
        #expect(try chain.read(SubtensorStorage.subnetTAO, netuid) - pool == tao)
        let boughtNow = try chain.read(SubtensorStorage.subnetProtocolAlpha, netuid) - bought
        #expect(boughtNow > 0)
        #expect(alphaIn - (try chain.read(SubtensorStorage.subnetAlphaIn, netuid)) == boughtNow)
        try ConservationCheck.verify(chain.state)
    }

    /// Subnet 2 with the owner (uid 0), a validator staked by Charlie (uid 1), and two miners owned by Dave and
    /// Eve (uids 2, 3); weights rate limit 0.
    func subnetWithNeurons() throws -> DevChain {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        try chain.register(validator, on: netuid)
        try chain.register(miner1, on: netuid, by: Dev.dave)
        try chain.register(miner2, on: netuid, by: Dev.eve)
        try chain.fund(validator)
        try chain.expectSuccess(.subtensor(.addStake(hotkey: id(validator), netuid: netuid, amount: 100 * tao)),
                                by: Dev.charlie)
        try chain.setParameter(.weightsSetRateLimit, netuid: netuid, .u64(0))
        return chain
    }

    @Test func epochsPayMinersByIncentiveAndValidatorsByDividends() throws {
        var chain = try subnetWithNeurons()
        let netuid: UInt16 = 2
        // The first epoch gives the staked validator its permit (the owner always has one).
        try chain.advanceToNextEpoch(netuid)
        #expect(try chain.read(SubtensorStorage.validatorPermit, netuid) == [true, true, false, false])
        try chain.expectSuccess(.subtensor(.setWeights(WeightsArguments(
            netuid: netuid, mechanism: 0, uids: [2, 3], values: [1, 3], versionKey: 0))), by: validator)
        let minerStakes = try [(miner1, Dev.dave), (miner2, Dev.eve)].map { try chain.stake($0.0, $0.1, netuid) }
        let validatorStake = try chain.stake(validator, Dev.charlie, netuid)
        let ownerStake = try chain.stake(owner, Dev.bob, netuid)
        try chain.advanceToNextEpoch(netuid)

        let incentive = try chain.read(SubtensorStorage.incentive, netuid)
        #expect(incentive[0] == 0 && incentive[1] == 0)
        // Weights 1:3 → incentive 0.25 : 0.75 of u16::MAX.
        #expect(abs(Int(incentive[2]) - 16_384) <= 1 && abs(Int(incentive[3]) - 49_151) <= 1)
        #expect(try chain.read(SubtensorStorage.dividends, netuid)[1] == 65_535)
        let earned1 = try chain.stake(miner1, Dev.dave, netuid) - minerStakes[0]
        let earned2 = try chain.stake(miner2, Dev.eve, netuid) - minerStakes[1]
        #expect(earned1 > 0 && earned2 > 0)
        // u16 weights 21845 : 65535 are 1 : 3.00005.
        #expect(abs(Int(earned2) - 3 * Int(earned1)) <= Int(earned1) / 10_000)
        #expect(try chain.stake(validator, Dev.charlie, netuid) > validatorStake)
        #expect(try chain.read(SubtensorStorage.alphaDividendsPerSubnet, netuid, id(validator)) ?? 0 > 0)
        #expect(try chain.stake(owner, Dev.bob, netuid) > ownerStake)
        #expect(try chain.read(SubtensorStorage.lastMechanismStepBlock, netuid) == UInt64(chain.head.number))
        #expect(try pending(chain, netuid).total == 0)
        try ConservationCheck.verify(chain.state)
    }

    @Test func theOwnersOwnMinersIncentiveIsBurned() throws {
        var chain = try subnetWithNeurons()
        let netuid: UInt16 = 2
        let ownersMiner = Dev.hotkey("Bob_miner")
        let uid = try chain.register(ownersMiner, on: netuid, by: Dev.bob)
        try chain.advanceToNextEpoch(netuid)
        try chain.expectSuccess(.subtensor(.setWeights(WeightsArguments(
            netuid: netuid, mechanism: 0, uids: [uid], values: [1], versionKey: 0))), by: validator)
        let alphaOut = try chain.read(SubtensorStorage.subnetAlphaOut, netuid)
        try chain.advanceToNextEpoch(netuid)
        #expect(try chain.read(SubtensorStorage.incentive, netuid)[Int(uid)] == 65_535)
        #expect(try chain.stake(ownersMiner, Dev.bob, netuid) == 0)
        // The burned incentive left the outstanding alpha.
        #expect(try chain.read(SubtensorStorage.subnetAlphaOut, netuid) < alphaOut + 10 * tao)
        try ConservationCheck.verify(chain.state)
    }

    /// Once the emitting subnets' moving prices sum above 1, root stakers earn: the injection cap lets TAO into
    /// the pool, part of the validators' alpha is set aside for root, and a validator's root nominators are paid
    /// alpha on the subnet in proportion to its root stake.
    @Test func rootStakeEarnsItsShareOnceMovingPricesSumAboveOne() throws {
        var chain = try subnetWithNeurons()
        let netuid: UInt16 = 2
        try chain.expectSuccess(.subtensor(.addStake(hotkey: id(validator), netuid: 0, amount: 1000 * tao)),
                                by: Dev.ferdie)
        try chain.advanceToNextEpoch(netuid)
        try chain.expectSuccess(.subtensor(.setWeights(WeightsArguments(
            netuid: netuid, mechanism: 0, uids: [2, 3], values: [1, 1], versionKey: 0))), by: validator)
        var context = RuntimeContext(state: chain.state, blockNumber: UInt64(chain.head.number) + 1)
        context.put(SubtensorStorage.subnetMovingPrice, netuid, Int128(2) << 32)
        let rootPool = try context.get(SubtensorStorage.subnetTAO, 0)
        let pool = try context.pool(netuid)
        let alphaIssuance = try pool.alpha + context.get(SubtensorStorage.subnetAlphaOut, netuid)
        try context.subtensorBlockStep()
        // The whole 1 τ block emission is this subnet's; it would inject 1 τ / price alpha, capped by the root
        // proportion tw·1000 τ / (tw·1000 τ + alpha issuance) of the 1 α alpha emission.
        let taoWeight = UInt128(try context.get(SubtensorStorage.taoWeight))
        let weightedRoot = UInt128(rootPool) * taoWeight / UInt128(UInt64.max)
        let cap = UInt128(tao) * weightedRoot / (weightedRoot + UInt128(alphaIssuance))
        let uncapped = UInt128(tao) * UInt128(pool.alpha) / UInt128(pool.tao)
        let alphaIn = UInt128(try context.get(SubtensorStorage.subnetAlphaInEmission, netuid))
        #expect(alphaIn > 0 && alphaIn.distance(to: min(cap, uncapped)) <= 2, "\(alphaIn) vs \(cap), \(uncapped)")
        #expect(try context.get(SubtensorStorage.subnetTaoInEmission, netuid) > 0)
        let pendingRoot = try context.get(SubtensorStorage.pendingRootAlphaDivs, netuid)
        #expect(pendingRoot > 0)
        try ConservationCheck.verify(context.state)

        let nominatorStake = try context.stake(hotkey: id(validator), coldkey: id(Dev.ferdie), netuid: netuid)
        let pending = try context.takePendingEmission(netuid)
        try context.distributeEmission(netuid, pending)
        let rootPaid = try context.get(SubtensorStorage.rootAlphaDividendsPerSubnet, netuid, id(validator))
        #expect(rootPaid > 0 && rootPaid <= pending.root)
        // Ferdie holds the validator's only root stake: he gets the root part less the delegate take, as alpha.
        let take = UInt64(UInt128(rootPaid) * 11_796 / 65_535)
        let earned = try context.stake(hotkey: id(validator), coldkey: id(Dev.ferdie), netuid: netuid) - nominatorStake
        #expect(earned.distance(to: rootPaid - take) <= 2)
        try ConservationCheck.verify(context.state)
    }

    /// Every epoch pays out what was pending, up to the fixed-point rounding of the split: each of the n floored
    /// per-UID terms loses less than 1 rao, and the I32F32 proportions are exact to n ulps of 2^-32 each, so
    /// `|paid − pending| ≤ 2n + 2 + pending · (n + 2) / 2^31`.
    @Test(arguments: 0..<6) func distributedAlphaEqualsPendingAlpha(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        try chain.setParameter(.weightsSetRateLimit, netuid: netuid, .u64(0))
        let coldkeys = [Dev.charlie, Dev.dave, Dev.eve, Dev.ferdie]
        let validators = (0..<Int(2 + random.next() % 3)).map { Dev.hotkey("V\(seed)-\($0)") }
        let miners = (0..<Int(2 + random.next() % 5)).map { Dev.hotkey("M\(seed)-\($0)") }
        for (index, hotkey) in (validators + miners).enumerated() {
            try chain.register(hotkey, on: netuid, by: coldkeys[index % coldkeys.count])
        }
        try chain.fund(validators[0], validators[1])
        for (index, hotkey) in validators.enumerated() {
            let amount = (10 + random.next() % 200) * tao
            try chain.expectSuccess(.subtensor(.addStake(hotkey: id(hotkey), netuid: netuid, amount: amount)),
                                    by: coldkeys[index % coldkeys.count])
        }
        try chain.advanceToNextEpoch(netuid)
        let count = try chain.read(SubtensorStorage.subnetworkN, netuid)
        for hotkey in validators.prefix(2) {
            // Not the owner's uid 0: its incentive would be burned, not paid.
            let uids = (1..<count).filter { _ in random.next() % 3 != 0 }
            guard !uids.isEmpty else { continue }
            try chain.expectSuccess(.subtensor(.setWeights(WeightsArguments(
                netuid: netuid, mechanism: 0, uids: uids, values: uids.map { _ in UInt16(1 + random.next() % 1000) },
                versionKey: 0))), by: hotkey)
        }
        for _ in 0..<3 {
            try chain.advance(blocks: 5)
            var context = chain.context
            let pending = try context.takePendingEmission(netuid)
            let paid = try context.distributeEmission(netuid, pending)
            let n = UInt64(count)
            let bound = 2 * n + 2 + UInt64((UInt128(pending.total) * UInt128(n + 2)) >> 31)
            #expect(pending.total > 0)
            #expect(paid <= pending.total + bound && pending.total <= paid + bound,
                    "paid \(paid) of \(pending.total) pending (bound \(bound))")
            try ConservationCheck.verify(context.state)
            try chain.advanceToNextEpoch(netuid)
            try ConservationCheck.verify(chain.state)
        }
    }
}
