import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `register_network` and `start_call` (specs/chain.md §6.1).
@Suite struct SubnetRegistrationTests {
    let ownerHotkey = Dev.hotkey("Bob_owner")

    @Test func registerNetworkLocksTaoAndCreatesTheSubnet() throws {
        var chain = try DevChain()
        let before = try chain.free(Dev.bob)
        let outcome = try chain.submit(.subtensor(.registerNetwork(hotkey: id(ownerHotkey))), by: Dev.bob)
        #expect(outcome.error == nil)
        let lock: UInt64 = 100 * tao
        #expect(try chain.free(Dev.bob) == before - lock - outcome.fee)
        #expect(try chain.subtensorEvents().contains(.networkAdded(netuid: 2, mechanism: 1)))
        #expect(try chain.read(SubtensorStorage.networksAdded, 2))
        #expect(try chain.read(SubtensorStorage.totalNetworks) == 3)
        #expect(try chain.read(SubtensorStorage.subnetOwner, 2) == id(Dev.bob))
        #expect(try chain.read(SubtensorStorage.subnetOwnerHotkey, 2) == id(ownerHotkey))
        #expect(try chain.read(SubtensorStorage.owner, id(ownerHotkey)) == id(Dev.bob))
        #expect(try chain.read(SubtensorStorage.subnetTAO, 2) == lock)
        #expect(try chain.read(SubtensorStorage.subnetLocked, 2) == lock)
        #expect(try chain.read(SubtensorStorage.subnetAlphaOut, 2) == 0)
        // SubnetAlphaIn = lock / median price of the other subnets (subnet 1's 10 TAO / 10 alpha = 1.0).
        #expect(try chain.read(SubtensorStorage.subnetAlphaIn, 2) == lock)
        #expect(try chain.read(SubtensorStorage.subnetMechanism, 2) == 1)
        #expect(try chain.read(SubtensorStorage.networkLastLockCost) == lock)
        #expect(try chain.read(SubtensorStorage.networkLastLockBlock) == 1)
        #expect(try chain.read(SubtensorStorage.tempo, 2) == 10)
        #expect(try chain.read(SubtensorStorage.burn, 2) == tao)
        // The rest of init_new_network's "new subnet" column.
        #expect(try chain.read(SubtensorStorage.maxAllowedUids, 2) == 256)
        #expect(try chain.read(SubtensorStorage.maxAllowedValidators, 2) == 64)
        #expect(try chain.read(SubtensorStorage.minAllowedWeights, 2) == 1)
        #expect(try chain.read(SubtensorStorage.immunityPeriod, 2) == 5000)
        #expect(try chain.read(SubtensorStorage.yuma3On, 2))
        #expect(try chain.read(SubtensorStorage.networkRegistrationAllowed, 2))
        #expect(try chain.read(SubtensorStorage.networkRegisteredAt, 2) == 1)
        #expect(try !chain.read(SubtensorStorage.commitRevealWeightsEnabled, 2))
        #expect(try !chain.read(SubtensorStorage.subtokenEnabled, 2))
        #expect(try chain.read(SubtensorStorage.subnetworkN, 2) == 1)
        #expect(try chain.read(SubtensorStorage.keys, 2, 0) == id(ownerHotkey))
        #expect(try chain.read(SubtensorStorage.uids, 2, id(ownerHotkey)) == 0)
        try ConservationCheck.verify(chain.state)
    }

    @Test func theNextLockDoublesAndDecays() throws {
        var chain = try DevChain()
        try chain.createSubnet(start: false)
        let cost = try chain.context.networkLockCost()
        // Twice the last lock in the block of the last registration, less last_lock / interval per block since.
        let reduction = 100 * tao / 100_800
        #expect(cost == 200 * tao)
        let created = try chain.createSubnet(owner: Dev.charlie, hotkey: Dev.hotkey("Charlie_owner"), start: false)
        #expect(created == 3)
        #expect(try chain.read(SubtensorStorage.subnetTAO, 3) == 200 * tao - reduction)
        try ConservationCheck.verify(chain.state)
    }

    @Test func registerNetworkErrors() throws {
        var chain = try DevChain()
        // NonAssociatedColdKey: the hotkey already belongs to Bob.
        try chain.createSubnet(start: false)
        try chain.expectFails(.subtensor(.registerNetwork(hotkey: id(ownerHotkey))), by: Dev.charlie,
                              SubtensorError.nonAssociatedColdKey)
        // NetworkTxRateLimitExceeded.
        try chain.setParameter(.networkRateLimit, .u64(100))
        try chain.expectFails(.subtensor(.registerNetwork(hotkey: id(Dev.hotkey("C1")))), by: Dev.charlie,
                              SubtensorError.networkTxRateLimitExceeded)
        try chain.setParameter(.networkRateLimit, .u64(0))
        // SubnetLimitReached: subnets 1 and 2 exist.
        try chain.setParameter(.subnetLimit, .u16(2))
        try chain.expectFails(.subtensor(.registerNetwork(hotkey: id(Dev.hotkey("C1")))), by: Dev.charlie,
                              SubtensorError.subnetLimitReached)
        try chain.setParameter(.subnetLimit, .u16(128))
        // CannotAffordLockCost: Dave holds 2000 TAO.
        try chain.setParameter(.networkMinLockCost, .u64(5000 * tao))
        try chain.expectFails(.subtensor(.registerNetwork(hotkey: id(Dev.hotkey("D1")))), by: Dev.dave,
                              SubtensorError.cannotAffordLockCost)
        try ConservationCheck.verify(chain.state)
    }

    @Test func startCallEnablesTheSubtoken() throws {
        var chain = try DevChain()
        let netuid = try chain.createSubnet(start: false)
        try chain.expectSuccess(.subtensor(.startCall(netuid: netuid)), by: Dev.bob)
        let block = UInt64(chain.head.number)
        #expect(try chain.read(SubtensorStorage.firstEmissionBlockNumber, netuid) == block + 1)
        #expect(try chain.read(SubtensorStorage.subtokenEnabled, netuid))
        #expect(try chain.subtensorEvents().contains(.firstEmissionBlockNumberSet(netuid: netuid, block: block + 1)))
        try ConservationCheck.verify(chain.state)
    }

    @Test func startCallErrors() throws {
        var chain = try DevChain()
        try chain.setParameter(.startCallDelay, .u64(5))
        let netuid = try chain.createSubnet(start: false)
        try chain.expectFails(.subtensor(.startCall(netuid: 9)), by: Dev.bob, SubtensorError.subnetNotExists)
        try chain.expectFails(.subtensor(.startCall(netuid: netuid)), by: Dev.charlie, error: .badOrigin)
        try chain.expectFails(.subtensor(.startCall(netuid: netuid)), by: Dev.bob,
                              SubtensorError.needWaitingMoreBlocksToStarCall)
        try chain.advance(blocks: 5)
        try chain.expectSuccess(.subtensor(.startCall(netuid: netuid)), by: Dev.bob)
        try chain.expectFails(.subtensor(.startCall(netuid: netuid)), by: Dev.bob,
                              SubtensorError.firstEmissionBlockNumberAlreadySet)
        try ConservationCheck.verify(chain.state)
    }
}
