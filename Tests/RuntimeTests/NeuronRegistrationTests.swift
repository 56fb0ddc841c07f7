import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `burned_register`, `register`, uid replacement, the burn price and `root_register` (specs/chain.md §3).
@Suite struct NeuronRegistrationTests {
    /// `floor(U64F64(burn) · 1.26)` with 1.26 as `BurnIncreaseMult`'s default raw bits.
    static func bumped(_ burn: UInt64) -> UInt64 {
        let multiplier = (UInt128(126) << 64) / 100
        return UInt64((UInt128(burn) * multiplier) >> 64)
    }

    /// One block of decay at half-life 360.
    static func decayed(_ burn: UInt64) -> UInt64 { UInt64((UInt128(burn) * 4_286_705_684) >> 32) }

    @Test func decayFactorMatchesTheSpec() {
        #expect(decayFactorQ32(halfLife: 360) == 4_286_705_684)
        #expect(decayFactorQ32(halfLife: 0) == 1 << 32)
        // Half-life 1: the largest q with q ≤ 2^31 is 2^31 itself.
        #expect(decayFactorQ32(halfLife: 1) == 1 << 31)
        #expect(powQ32(1 << 31, 2) == 1 << 30)
    }

    @Test func burnedRegisterBurnsAndAppendsAUid() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        let hotkey = Dev.hotkey("Miner1")
        let burnBefore = try chain.read(SubtensorStorage.burn, netuid)
        let next = try chain.afterEmptyBlock()
        let taoBefore = try next.read(SubtensorStorage.subnetTAO, netuid)
        let alphaOutBefore = try next.read(SubtensorStorage.subnetAlphaOut, netuid)
        let freeBefore = try chain.free(Dev.charlie)
        let outcome = try chain.submit(.subtensor(.burnedRegister(netuid: netuid, hotkey: id(hotkey))), by: Dev.charlie)
        #expect(outcome.error == nil)
        // The block's own decay happens before the registration pays.
        let paid = Self.decayed(burnBefore)
        #expect(try chain.free(Dev.charlie) == freeBefore - paid - outcome.fee)
        #expect(try chain.read(SubtensorStorage.subnetTAO, netuid) == taoBefore + paid)
        #expect(try chain.read(SubtensorStorage.subnetAlphaOut, netuid) == alphaOutBefore)
        #expect(try chain.read(SubtensorStorage.raoRecycledForRegistration, netuid) == paid)
        #expect(try chain.read(SubtensorStorage.registrationsThisBlock, netuid) == 1)
        #expect(try chain.read(SubtensorStorage.subnetworkN, netuid) == 2)
        #expect(try chain.read(SubtensorStorage.uids, netuid, id(hotkey)) == 1)
        #expect(try chain.read(SubtensorStorage.keys, netuid, 1) == id(hotkey))
        #expect(try chain.read(SubtensorStorage.isNetworkMember, id(hotkey), netuid) == true)
        #expect(try chain.read(SubtensorStorage.blockAtRegistration, netuid, 1) == UInt64(chain.head.number))
        #expect(try chain.read(SubtensorStorage.owner, id(hotkey)) == id(Dev.charlie))
        #expect(try chain.read(SubtensorStorage.ownedHotkeys, id(Dev.charlie)) == [id(hotkey)])
        #expect(try chain.read(SubtensorStorage.active, netuid) == [true, true])
        #expect(try chain.read(SubtensorStorage.validatorPermit, netuid) == [false, false])
        #expect(try chain.read(SubtensorStorage.lastUpdate, netuid).last == UInt64(chain.head.number))
        #expect(try chain.subtensorEvents().contains(.neuronRegistered(netuid: netuid, uid: 1, hotkey: id(hotkey))))
        try ConservationCheck.verify(chain.state)
        // The counter resets in the next block.
        try chain.produceBlock()
        #expect(try chain.read(SubtensorStorage.registrationsThisBlock, netuid) == 0)
        try ConservationCheck.verify(chain.state)
    }

    @Test func powRegisterRoutesToTheBurn() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        let hotkey = Dev.hotkey("PowMiner")
        let call = SubtensorCall.register(netuid: netuid, blockNumber: 0, nonce: 0, work: [], hotkey: id(hotkey),
                                          coldkey: id(Dev.charlie))
        try chain.expectSuccess(.subtensor(call), by: Dev.charlie)
        #expect(try chain.read(SubtensorStorage.uids, netuid, id(hotkey)) == 1)
        #expect(try chain.read(SubtensorStorage.raoRecycledForRegistration, netuid) > 0)
        #expect(try chain.subtensorEvents().contains(.neuronRegistered(netuid: netuid, uid: 1, hotkey: id(hotkey))))
        try ConservationCheck.verify(chain.state)
    }

    @Test func burnBumpsAfterARegistrationAndDecaysPerBlock() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet(start: false)
        #expect(try chain.read(SubtensorStorage.burn, netuid) == tao)
        try chain.register(Dev.hotkey("M1"), on: netuid)
        let afterRegistration = Self.bumped(Self.decayed(tao))
        #expect(try chain.read(SubtensorStorage.burn, netuid) == afterRegistration)
        try chain.produceBlock()
        #expect(try chain.read(SubtensorStorage.burn, netuid) == Self.decayed(afterRegistration))
        try chain.produceBlock()
        #expect(try chain.read(SubtensorStorage.burn, netuid) == Self.decayed(Self.decayed(afterRegistration)))
        // Clamped to [MinBurn, MaxBurn].
        try chain.setParameter(.minBurn, netuid: netuid, .u64(2 * tao))
        try chain.produceBlock()
        #expect(try chain.read(SubtensorStorage.burn, netuid) == 2 * tao)
        try chain.setParameter(.minBurn, netuid: netuid, .u64(500_000))
        try chain.setParameter(.maxBurn, netuid: netuid, .u64(tao / 2))
        try chain.produceBlock()
        #expect(try chain.read(SubtensorStorage.burn, netuid) == tao / 2)
        // A half-life of 0 stops the decay.
        try chain.setParameter(.burnHalfLife, netuid: netuid, .u16(0))
        let frozen = try chain.read(SubtensorStorage.burn, netuid)
        try chain.advance(blocks: 2)
        #expect(try chain.read(SubtensorStorage.burn, netuid) == frozen)
        try ConservationCheck.verify(chain.state)
    }

    @Test func burnedRegisterErrors() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        let miner = Dev.hotkey("Miner1")
        func registration(_ netuid: UInt16, _ hotkey: Keypair = miner) -> RuntimeCall {
            .subtensor(.burnedRegister(netuid: netuid, hotkey: id(hotkey)))
        }
        try chain.expectFails(registration(0), by: Dev.charlie, SubtensorError.registrationNotPermittedOnRootSubnet)
        try chain.expectFails(registration(9), by: Dev.charlie, SubtensorError.subnetNotExists)
        try chain.setParameter(.networkRegistrationAllowed, netuid: netuid, .bool(false))
        try chain.expectFails(registration(netuid), by: Dev.charlie, SubtensorError.subNetRegistrationDisabled)
        try chain.setParameter(.networkRegistrationAllowed, netuid: netuid, .bool(true))
        try chain.register(miner, on: netuid)
        try chain.expectFails(registration(netuid), by: Dev.charlie, SubtensorError.hotKeyAlreadyRegisteredInSubNet)
        // Charlie owns Miner1, so Dave cannot register it elsewhere.
        try chain.expectFails(registration(1), by: Dev.dave, SubtensorError.nonAssociatedColdKey)
        // A coldkey holding less than the burn plus the existential deposit.
        let poor = Dev.hotkey("PoorColdkey")
        let funding = BalancesCall.transferKeepAlive(dest: .id(id(poor)), value: tao / 2)
        try chain.expectSuccess(.balances(funding), by: Dev.alice)
        try chain.expectFails(registration(netuid, Dev.hotkey("PoorHotkey")), by: poor,
                              SubtensorError.notEnoughBalanceToStake)
        // Full of owner hotkeys: nobody may be pruned.
        let lonely = try chain.createSubnet(owner: Dev.dave, hotkey: Dev.hotkey("Dave_owner"))
        try chain.setParameter(.maxAllowedUids, netuid: lonely, .u16(1))
        try chain.expectFails(registration(lonely, Dev.hotkey("Miner2")), by: Dev.charlie,
                              SubtensorError.noNeuronIdAvailable)
        try ConservationCheck.verify(chain.state)
    }

    @Test func aFullSubnetReplacesThePrunedNeuron() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        let owner = Dev.hotkey("Bob_owner")
        let first = Dev.hotkey("First")
        let second = Dev.hotkey("Second")
        let third = Dev.hotkey("Third")
        try chain.setParameter(.maxAllowedUids, netuid: netuid, .u16(3))
        try chain.setParameter(.weightsSetRateLimit, netuid: netuid, .u64(0))
        try chain.register(first, on: netuid)
        try chain.register(second, on: netuid)
        try chain.fund(owner, first)
        let endpoint = AxonEndpoint(netuid: netuid, version: 1, ip: 0x0A00_0001, port: 8091, ipType: 4, protocol: 0)
        try chain.expectSuccess(.subtensor(.serveAxon(endpoint)), by: first)
        try chain.expectSuccess(.subtensor(.addStake(hotkey: id(first), netuid: netuid, amount: tao)), by: Dev.charlie)
        let firstStake = try chain.hotkeyAlpha(first, netuid)
        let weights = WeightsArguments(netuid: netuid, uids: [1, 2], values: [100, 200], versionKey: 0)
        try chain.expectSuccess(.subtensor(.setWeights(weights)), by: owner)
        #expect(try chain.read(SubtensorStorage.weights, netuid, 0) == [UInt16Pair(1, 32768), UInt16Pair(2, 65535)])

        // The owner's hotkey is never pruned; all others are immune, so the oldest lowest-emission one goes.
        #expect(try chain.context.neuronToPrune(netuid: netuid) == 1)
        let registered = try chain.register(third, on: netuid)
        #expect(registered == 1)
        #expect(try chain.read(SubtensorStorage.subnetworkN, netuid) == 3)
        #expect(try chain.read(SubtensorStorage.keys, netuid, 1) == id(third))
        #expect(try chain.read(SubtensorStorage.uids, netuid, id(first)) == nil)
        #expect(try chain.read(SubtensorStorage.isNetworkMember, id(first), netuid) == nil)
        #expect(try chain.read(SubtensorStorage.axons, netuid, id(first)) == nil)
        #expect(try chain.read(SubtensorStorage.blockAtRegistration, netuid, 1) == UInt64(chain.head.number))
        #expect(try chain.subtensorEvents().contains(.neuronRegistered(netuid: netuid, uid: 1, hotkey: id(third))))
        // Weights pointing at the pruned uid are zeroed; the old hotkey keeps its stake.
        #expect(try chain.read(SubtensorStorage.weights, netuid, 0) == [UInt16Pair(1, 0), UInt16Pair(2, 65535)])
        #expect(try chain.hotkeyAlpha(first, netuid) == firstStake)
        try ConservationCheck.verify(chain.state)
    }

    @Test func nonImmuneNeuronsArePrunedOnlyAboveMinNonImmuneUids() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        try chain.setParameter(.maxAllowedUids, netuid: netuid, .u16(3))
        try chain.setParameter(.immunityPeriod, netuid: netuid, .u16(3))
        try chain.register(Dev.hotkey("Old1"), on: netuid)
        try chain.register(Dev.hotkey("Old2"), on: netuid)
        try chain.advance(blocks: 3)
        // Both non-owner neurons are past immunity, but no more than MinNonImmuneUids (10) of them: with no
        // immune candidate there is nobody to prune.
        #expect(try chain.context.neuronToPrune(netuid: netuid) == nil)
        let newcomer = RuntimeCall.subtensor(.burnedRegister(netuid: netuid, hotkey: id(Dev.hotkey("New1"))))
        try chain.expectFails(newcomer, by: Dev.charlie, SubtensorError.noNeuronIdAvailable)
        // With MinNonImmuneUids 1 the oldest non-immune neuron goes.
        try chain.setParameter(.minNonImmuneUids, netuid: netuid, .u16(1))
        #expect(try chain.register(Dev.hotkey("New1"), on: netuid) == 1)
        // Now uid 1 is immune and only uid 2 is not: the immune one is pruned.
        try chain.setParameter(.minNonImmuneUids, netuid: netuid, .u16(10))
        #expect(try chain.register(Dev.hotkey("New2"), on: netuid) == 1)
        #expect(try chain.read(SubtensorStorage.keys, netuid, 2) == id(Dev.hotkey("Old2")))
        try ConservationCheck.verify(chain.state)
    }

    @Test func rootRegisterAndReplacementByStake() throws {
        var chain = try DevChain()
        let weak = Dev.hotkey("RootWeak")
        let strong = Dev.hotkey("RootStrong")
        try chain.expectSuccess(.subtensor(.rootRegister(hotkey: id(weak))), by: Dev.charlie)
        #expect(try chain.read(SubtensorStorage.uids, 0, id(weak)) == 0)
        #expect(try chain.read(SubtensorStorage.owner, id(weak)) == id(Dev.charlie))
        #expect(try chain.subtensorEvents().contains(.neuronRegistered(netuid: 0, uid: 0, hotkey: id(weak))))
        try chain.expectFails(.subtensor(.rootRegister(hotkey: id(weak))), by: Dev.charlie,
                              SubtensorError.hotKeyAlreadyRegisteredInSubNet)
        try chain.expectFails(.subtensor(.rootRegister(hotkey: id(weak))), by: Dev.dave,
                              SubtensorError.hotKeyAlreadyRegisteredInSubNet)
        try chain.register(strong, on: 1, by: Dev.dave)
        try chain.expectFails(.subtensor(.rootRegister(hotkey: id(strong))), by: Dev.eve,
                              SubtensorError.nonAssociatedColdKey)
        // Root full: a newcomer needs more root stake than the weakest member.
        try chain.setParameter(.maxAllowedUids, netuid: 0, .u16(1))
        try chain.expectFails(.subtensor(.rootRegister(hotkey: id(strong))), by: Dev.dave,
                              SubtensorError.stakeTooLowForRoot)
        try chain.expectSuccess(.subtensor(.addStake(hotkey: id(strong), netuid: 0, amount: tao)), by: Dev.dave)
        try chain.expectSuccess(.subtensor(.rootRegister(hotkey: id(strong))), by: Dev.dave)
        #expect(try chain.read(SubtensorStorage.keys, 0, 0) == id(strong))
        #expect(try chain.read(SubtensorStorage.uids, 0, id(weak)) == nil)
        #expect(try chain.subtensorEvents().contains(.neuronRegistered(netuid: 0, uid: 0, hotkey: id(strong))))
        try ConservationCheck.verify(chain.state)
    }
}
