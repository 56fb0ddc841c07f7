import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// The epoch scheduler of `block_step` (specs/chain.md §2.6): every tempo blocks, staggered by netuid, at most
/// `MaxEpochsPerBlock` per block with the rest deferred one block.
@Suite struct EpochScheduleTests {
    func epochs(_ chain: DevChain, _ netuid: UInt16) throws -> UInt64 {
        try chain.read(SubtensorStorage.subnetEpochIndex, netuid)
    }

    @Test func epochsFireEveryTempoBlocks() throws {
        var chain = try DevChain()
        // Subnet 1 starts at genesis with LastEpochBlock 0: epochs at blocks 10, 20, …
        try chain.advance(blocks: 9)
        #expect(try epochs(chain, 1) == 0)
        #expect(try chain.read(SubtensorStorage.blocksSinceLastStep, 1) == 9)
        try chain.produceBlock()
        #expect(try epochs(chain, 1) == 1)
        #expect(try chain.read(SubtensorStorage.lastEpochBlock, 1) == 10)
        #expect(try chain.read(SubtensorStorage.blocksSinceLastStep, 1) == 0)
        try chain.advance(blocks: 10)
        #expect(try epochs(chain, 1) == 2)
        #expect(try chain.read(SubtensorStorage.lastEpochBlock, 1) == 20)
        // The root subnet is not scheduled.
        #expect(try epochs(chain, 0) == 0)
    }

    @Test func aNewSubnetIsStaggeredByNetuid() throws {
        var chain = try DevChain()
        try chain.advance(blocks: 4)
        let netuid = try chain.createSubnet(start: false)
        // Registered at block 5: LastEpochBlock = 5 − (2 mod 10) = 3, so its first epoch is at block 13.
        #expect(try chain.read(SubtensorStorage.lastEpochBlock, netuid) == 3)
        try chain.advance(blocks: 7)
        #expect(try epochs(chain, netuid) == 0)
        try chain.produceBlock()
        #expect(try epochs(chain, netuid) == 1)
        #expect(try chain.read(SubtensorStorage.lastEpochBlock, netuid) == 13)
    }

    @Test func epochsBeyondTheBlockLimitAreDeferred() throws {
        var chain = try DevChain()
        try chain.produceBlock()
        // Registered at block 2: LastEpochBlock = 0, due at block 10 together with subnet 1.
        let netuid = try chain.createSubnet(start: false)
        try chain.setParameter(.maxEpochsPerBlock, .u8(1))
        try chain.advance(blocks: 10 - Int(chain.head.number) - 1)
        try chain.produceBlock()
        #expect(try epochs(chain, 1) == 1)
        #expect(try epochs(chain, netuid) == 0)
        #expect(try chain.read(SubtensorStorage.pendingEpochAt, netuid) == 11)
        try chain.produceBlock()
        #expect(try epochs(chain, netuid) == 1)
        #expect(try chain.read(SubtensorStorage.lastEpochBlock, netuid) == 11)
        #expect(try chain.read(SubtensorStorage.pendingEpochAt, netuid) == 0)
        #expect(try epochs(chain, 1) == 1)
        try ConservationCheck.verify(chain.state)
    }
}
