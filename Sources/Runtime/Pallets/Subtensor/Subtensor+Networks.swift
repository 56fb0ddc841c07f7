import Primitives

/// Subnet creation: the lock cost, `register_network`, `start_call` (specs/chain.md §6.1).
extension RuntimeContext {
    /// `DefaultNeuronBurnCost`: the first registration price of a new subnet (1 TAO).
    static let newSubnetBurn: UInt64 = 1_000_000_000

    /// `get_network_lock_cost`: twice the last lock, decaying linearly back over the reduction interval, and
    /// never below `NetworkMinLockCost`. The reduction interval is the configured one while block emission is
    /// 1 TAO (halvings shorten it; the coinbase arrives with Yuma Consensus).
    func networkLockCost() throws -> UInt64 {
        let lastLock = try get(SubtensorStorage.networkLastLockCost)
        let lastBlock = try get(SubtensorStorage.networkLastLockBlock)
        let interval = try get(SubtensorStorage.networkLockReductionInterval)
        let multiplier: UInt64 = lastBlock == 0 ? 1 : 2
        let reductionPerBlock = interval == 0 ? 0 : lastLock / interval
        let (doubled, overflow) = lastLock.multipliedReportingOverflow(by: multiplier)
        let (reduction, reductionOverflow) = reductionPerBlock.multipliedReportingOverflow(by: blockNumber - lastBlock)
        let lock = (overflow ? .max : doubled).subtractingClamped(reductionOverflow ? .max : reduction)
        return max(lock, try get(SubtensorStorage.networkMinLockCost))
    }

    mutating func registerNetwork(coldkey: AccountId32, hotkey: AccountId32) throws {
        if let owner = try owner(of: hotkey), owner != coldkey { throw SubtensorError.nonAssociatedColdKey }
        let lastBlock = try get(SubtensorStorage.networkLastLockBlock)
        let rateLimit = try get(SubtensorStorage.networkRateLimit)
        if lastBlock > 0 && rateLimit > 0 && blockNumber - lastBlock < rateLimit {
            throw SubtensorError.networkTxRateLimitExceeded
        }
        let existing = try subnets().filter { $0 != 0 }
        guard existing.count < Int(try get(SubtensorStorage.subnetLimit)) else { throw SubtensorError.subnetLimitReached }
        let lock = try networkLockCost()
        guard try freeBalance(of: coldkey) >= lock + Self.existentialDeposit else {
            throw SubtensorError.cannotAffordLockCost
        }
        let netuid = UInt16((1...).first { !existing.contains(UInt16($0)) }!)
        let price = try medianAlphaPriceBits(of: existing)
        try claimHotkey(hotkey, for: coldkey)
        try withdrawToStake(coldkey, lock)
        put(SubtensorStorage.networkLastLockCost, lock)
        put(SubtensorStorage.networkLastLockBlock, blockNumber)
        try initializeNetwork(netuid, tempo: get(ChainConfigStorage.newSubnetTempo))
        put(SubtensorStorage.subnetMechanism, netuid, 1)
        put(SubtensorStorage.subnetTAO, netuid, lock)
        put(SubtensorStorage.subnetAlphaIn, netuid, UInt64(min(mulDiv(UInt128(lock), 1 << 64, price), UInt128(UInt64.max))))
        put(SubtensorStorage.subnetAlphaOut, netuid, 0)
        put(SubtensorStorage.subnetLocked, netuid, lock)
        put(SubtensorStorage.subnetOwner, netuid, coldkey)
        put(SubtensorStorage.subnetOwnerHotkey, netuid, hotkey)
        _ = try registerNeuron(netuid: netuid, hotkey: hotkey)
        deposit(.subtensor(.networkAdded(netuid: netuid, mechanism: 1)))
    }

    /// The median spot price of the dynamic subnets (U64F64 bits), 1.0 when there are none.
    private func medianAlphaPriceBits(of netuids: [UInt16]) throws -> UInt128 {
        let prices = try netuids.map { try pool($0).priceBits }.sorted()
        guard !prices.isEmpty else { return 1 << 64 }
        let middle = prices.count / 2
        return prices.count % 2 == 1 ? prices[middle] : (prices[middle - 1] + prices[middle]) / 2
    }

    /// `init_new_network`: the values a new subnet starts with ("new subnet" column of specs/chain.md §6.2).
    mutating func initializeNetwork(_ netuid: UInt16, tempo: UInt16) throws {
        put(SubtensorStorage.networksAdded, netuid, true)
        try mutate(SubtensorStorage.totalNetworks) { $0 += 1 }
        put(SubtensorStorage.tempo, netuid, tempo)
        put(SubtensorStorage.subnetworkN, netuid, 0)
        put(SubtensorStorage.maxAllowedUids, netuid, 256)
        put(SubtensorStorage.maxAllowedValidators, netuid, 64)
        put(SubtensorStorage.minAllowedWeights, netuid, 1)
        put(SubtensorStorage.immunityPeriod, netuid, 5000)
        put(SubtensorStorage.burn, netuid, Self.newSubnetBurn)
        put(SubtensorStorage.yuma3On, netuid, true)
        put(SubtensorStorage.networkRegistrationAllowed, netuid, true)
        put(SubtensorStorage.commitRevealWeightsEnabled, netuid, try get(ChainConfigStorage.newSubnetCommitReveal))
        put(SubtensorStorage.networkRegisteredAt, netuid, blockNumber)
        put(SubtensorStorage.lastEpochBlock, netuid, blockNumber - min(blockNumber, UInt64(netuid % max(tempo, 1))))
    }

    mutating func startCall(coldkey: AccountId32, netuid: UInt16) throws {
        try ensureSubnetExists(netuid)
        guard try get(SubtensorStorage.subnetOwner, netuid) == coldkey else { throw DispatchError.badOrigin }
        guard try find(SubtensorStorage.firstEmissionBlockNumber, netuid) == nil else {
            throw SubtensorError.firstEmissionBlockNumberAlreadySet
        }
        let registeredAt = try get(SubtensorStorage.networkRegisteredAt, netuid)
        guard blockNumber >= registeredAt + (try get(SubtensorStorage.startCallDelay)) else {
            throw SubtensorError.needWaitingMoreBlocksToStarCall
        }
        put(SubtensorStorage.firstEmissionBlockNumber, netuid, blockNumber + 1)
        put(SubtensorStorage.subtokenEnabled, netuid, true)
        deposit(.subtensor(.firstEmissionBlockNumberSet(netuid: netuid, block: blockNumber + 1)))
    }
}

extension UInt64 {
    /// `self − other`, or 0 when `other` is larger (Rust's `saturating_sub`).
    func subtractingClamped(_ other: UInt64) -> UInt64 { self > other ? self - other : 0 }

    /// `self + other`, or `UInt64.max` on overflow (Rust's `saturating_add`).
    func addingClamped(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
