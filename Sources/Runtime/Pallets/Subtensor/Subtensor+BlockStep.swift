import Primitives

/// `block_step`, subtensor's `on_initialize` (specs/chain.md §2.1): registration prices, the coinbase (block
/// emission into the emitting subnets' pools and pending alpha), the epochs that are due (each runs Yuma
/// Consensus and pays out its subnet's pending alpha), then the emitting subnets' moving prices.
extension RuntimeContext {
    /// Subtensor's blocks-since-last-step ceiling that forces an epoch (`50_400`).
    static let maximumBlocksWithoutEpoch: UInt64 = 50_400

    mutating func subtensorBlockStep() throws {
        let netuids = try subnets().filter { $0 != 0 }
        try updateRegistrationPrices(netuids)
        let emitting = try runCoinbase(netuids)
        try scheduleEpochs(netuids)
        for netuid in emitting { try updateMovingPrice(netuid) }
    }

    /// `should_run_epoch` at HEAD: a due tempo, a pending deferred epoch, or too long without one.
    func shouldRunEpoch(_ netuid: UInt16) throws -> Bool {
        let tempo = UInt64(try get(SubtensorStorage.tempo, netuid))
        guard tempo != 0 else { return false }
        let pending = try get(SubtensorStorage.pendingEpochAt, netuid)
        let sinceLastStep = try get(SubtensorStorage.blocksSinceLastStep, netuid)
        let lastEpoch = try get(SubtensorStorage.lastEpochBlock, netuid)
        return pending > 0 && blockNumber >= pending || sinceLastStep > Self.maximumBlocksWithoutEpoch
            || blockNumber - lastEpoch >= tempo
    }

    /// Counts blocks since each subnet's last epoch and fires at most `MaxEpochsPerBlock` due epochs in netuid
    /// order, deferring the rest to the next block. A firing epoch pays out the subnet's pending alpha.
    private mutating func scheduleEpochs(_ netuids: [UInt16]) throws {
        var budget = Int(try get(SubtensorStorage.maxEpochsPerBlock))
        for netuid in netuids {
            try mutate(SubtensorStorage.blocksSinceLastStep, netuid) { $0 += 1 }
            guard try shouldRunEpoch(netuid) else { continue }
            guard budget > 0 else {
                put(SubtensorStorage.pendingEpochAt, netuid, blockNumber + 1)
                continue
            }
            budget -= 1
            put(SubtensorStorage.blocksSinceLastStep, netuid, 0)
            try distributeEmission(netuid, takePendingEmission(netuid))
            put(SubtensorStorage.lastMechanismStepBlock, netuid, blockNumber)
            put(SubtensorStorage.lastEpochBlock, netuid, blockNumber)
            put(SubtensorStorage.pendingEpochAt, netuid, 0)
            try mutate(SubtensorStorage.subnetEpochIndex, netuid) { $0 += 1 }
        }
    }
}
