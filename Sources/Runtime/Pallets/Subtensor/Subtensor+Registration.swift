import Primitives

/// Neuron registration: the burn price, uid assignment and replacement (specs/chain.md §3.1, §3.3).
extension RuntimeContext {
    mutating func burnedRegister(coldkey: AccountId32, netuid: UInt16, hotkey: AccountId32) throws {
        guard netuid != 0 else { throw SubtensorError.registrationNotPermittedOnRootSubnet }
        try ensureSubnetExists(netuid)
        guard try get(SubtensorStorage.networkRegistrationAllowed, netuid) else {
            throw SubtensorError.subNetRegistrationDisabled
        }
        guard try find(SubtensorStorage.uids, netuid, hotkey) == nil else {
            throw SubtensorError.hotKeyAlreadyRegisteredInSubNet
        }
        let burn = try get(SubtensorStorage.burn, netuid)
        guard try freeBalance(of: coldkey) >= burn + Self.existentialDeposit else {
            throw SubtensorError.notEnoughBalanceToStake
        }
        try claimHotkey(hotkey, for: coldkey)
        guard try get(SubtensorStorage.maxAllowedUids, netuid) > 0 else { throw SubtensorError.noNeuronIdAvailable }
        try withdrawToStake(coldkey, burn)
        let bought = try swapTaoForAlpha(netuid, tao: burn).amountOut
        try mutate(SubtensorStorage.subnetAlphaOut, netuid) { $0 -= bought }
        let uid = try registerNeuron(netuid: netuid, hotkey: hotkey)
        try bumpBurn(netuid)
        try mutate(SubtensorStorage.registrationsThisBlock, netuid) { $0 += 1 }
        try mutate(SubtensorStorage.raoRecycledForRegistration, netuid) { $0 += burn }
        deposit(.subtensor(.neuronRegistered(netuid: netuid, uid: uid, hotkey: hotkey)))
    }

    /// Gives `hotkey` a uid in `netuid`: the next free one, or the pruned neuron's when the subnet is full.
    /// - Throws: `NoNeuronIdAvailable` when the subnet is full and nobody may be pruned.
    mutating func registerNeuron(netuid: UInt16, hotkey: AccountId32) throws -> UInt16 {
        let count = try get(SubtensorStorage.subnetworkN, netuid)
        if count < (try get(SubtensorStorage.maxAllowedUids, netuid)) {
            try appendNeuron(netuid: netuid, hotkey: hotkey, uid: count)
            return count
        }
        guard let uid = try neuronToPrune(netuid: netuid) else { throw SubtensorError.noNeuronIdAvailable }
        try replaceNeuron(netuid: netuid, uid: uid, with: hotkey)
        return uid
    }

    private mutating func appendNeuron(netuid: UInt16, hotkey: AccountId32, uid: UInt16) throws {
        put(SubtensorStorage.subnetworkN, netuid, uid + 1)
        try mutate(SubtensorStorage.active, netuid) { $0.append(true) }
        try mutate(SubtensorStorage.validatorPermit, netuid) { $0.append(false) }
        let block = blockNumber
        try mutate(SubtensorStorage.lastUpdate, netuid) { $0.append(block) }
        try mutate(SubtensorStorage.emission, netuid) { $0.append(0) }
        for vector in [SubtensorStorage.incentive, SubtensorStorage.dividends, SubtensorStorage.consensus,
                       SubtensorStorage.validatorTrust, SubtensorStorage.stakeWeight] {
            try mutate(vector, netuid) { $0.append(0) }
        }
        try bind(hotkey: hotkey, to: uid, in: netuid)
    }

    private mutating func bind(hotkey: AccountId32, to uid: UInt16, in netuid: UInt16) throws {
        put(SubtensorStorage.keys, netuid, uid, hotkey)
        put(SubtensorStorage.uids, netuid, hotkey, uid)
        put(SubtensorStorage.isNetworkMember, hotkey, netuid, true)
        put(SubtensorStorage.blockAtRegistration, netuid, uid, blockNumber)
    }

    /// `replace_neuron`: the old hotkey loses the uid, its endpoints and its weights and bonds; weights pointing
    /// at the uid are zeroed; the old hotkey keeps its stake.
    private mutating func replaceNeuron(netuid: UInt16, uid: UInt16, with hotkey: AccountId32) throws {
        let old = try get(SubtensorStorage.keys, netuid, uid)
        SubtensorStorage.uids.remove(netuid, old, in: &state)
        SubtensorStorage.isNetworkMember.remove(old, netuid, in: &state)
        SubtensorStorage.axons.remove(netuid, old, in: &state)
        SubtensorStorage.prometheus.remove(netuid, old, in: &state)
        try bind(hotkey: hotkey, to: uid, in: netuid)
        let index = Int(uid)
        try mutate(SubtensorStorage.emission, netuid) { $0[index] = 0 }
        for vector in [SubtensorStorage.incentive, SubtensorStorage.dividends, SubtensorStorage.consensus,
                       SubtensorStorage.validatorTrust, SubtensorStorage.stakeWeight] {
            try mutate(vector, netuid) { $0[index] = 0 }
        }
        try mutate(SubtensorStorage.validatorPermit, netuid) { $0[index] = false }
        let block = blockNumber
        try mutate(SubtensorStorage.lastUpdate, netuid) { $0[index] = block }
        SubtensorStorage.bonds.remove(netuid, uid, in: &state)
        SubtensorStorage.weights.remove(netuid, uid, in: &state)
        for (row, weights) in try SubtensorStorage.weights.entries(netuid, in: state)
        where weights.contains(where: { $0.first == uid }) {
            put(SubtensorStorage.weights, netuid, row, weights.map { $0.first == uid ? UInt16Pair(uid, 0) : $0 })
        }
    }

    /// `get_neuron_to_prune` at HEAD: never the owner's immortal hotkeys; otherwise the lowest
    /// `(emission, registration block, uid)` among non-immune neurons while more than `MinNonImmuneUids` of them
    /// remain, else among immune ones.
    func neuronToPrune(netuid: UInt16) throws -> UInt16? {
        let count = try get(SubtensorStorage.subnetworkN, netuid)
        let emission = try get(SubtensorStorage.emission, netuid)
        let immunity = UInt64(try get(SubtensorStorage.immunityPeriod, netuid))
        let ownerHotkey = try get(SubtensorStorage.subnetOwnerHotkey, netuid)
        typealias Candidate = (emission: UInt64, registered: UInt64, uid: UInt16)
        var immune: [Candidate] = []
        var mortal: [Candidate] = []
        for uid in 0..<count {
            guard try get(SubtensorStorage.keys, netuid, uid) != ownerHotkey else { continue }
            let registered = try get(SubtensorStorage.blockAtRegistration, netuid, uid)
            let candidate = (Int(uid) < emission.count ? emission[Int(uid)] : 0, registered, uid)
            if blockNumber - registered < immunity { immune.append(candidate) } else { mortal.append(candidate) }
        }
        let lowest = { (candidates: [Candidate]) in
            candidates.min { ($0.emission, $0.registered, $0.uid) < ($1.emission, $1.registered, $1.uid) }?.uid
        }
        if mortal.count > Int(try get(SubtensorStorage.minNonImmuneUids, netuid)) { return lowest(mortal) }
        return lowest(immune)
    }

    /// Raises the burn after a registration: `burn · max(BurnIncreaseMult, 1)`, clamped to `[MinBurn, MaxBurn]`.
    mutating func bumpBurn(_ netuid: UInt16) throws {
        let multiplier = max(try get(SubtensorStorage.burnIncreaseMult, netuid), 1 << 64)
        let raised = mulDiv(UInt128(try get(SubtensorStorage.burn, netuid)), multiplier, 1 << 64)
        try setClampedBurn(netuid, raised)
    }

    private mutating func setClampedBurn(_ netuid: UInt16, _ burn: UInt128) throws {
        let low = UInt128(try get(SubtensorStorage.minBurn, netuid))
        let high = UInt128(try get(SubtensorStorage.maxBurn, netuid))
        put(SubtensorStorage.burn, netuid, UInt64(max(low, min(high, burn))))
    }

    /// Every block, for each non-root subnet in `netuids`: the burn decays by `f` with `f^BurnHalfLife ≈ ½` and
    /// the per-block registration count resets.
    mutating func updateRegistrationPrices(_ netuids: [UInt16]) throws {
        for netuid in netuids {
            if blockNumber > 1 {
                let factor = decayFactorQ32(halfLife: try get(SubtensorStorage.burnHalfLife, netuid))
                try setClampedBurn(netuid, (UInt128(try get(SubtensorStorage.burn, netuid)) * factor) >> 32)
            }
            put(SubtensorStorage.registrationsThisBlock, netuid, 0)
        }
    }

    mutating func rootRegister(coldkey: AccountId32, hotkey: AccountId32) throws {
        guard try subnetExists(0) else { throw SubtensorError.rootNetworkDoesNotExist }
        guard try find(SubtensorStorage.uids, 0, hotkey) == nil else {
            throw SubtensorError.hotKeyAlreadyRegisteredInSubNet
        }
        try claimHotkey(hotkey, for: coldkey)
        let count = try get(SubtensorStorage.subnetworkN, 0)
        let uid: UInt16
        if count < (try get(SubtensorStorage.maxAllowedUids, 0)) {
            uid = count
            try appendNeuron(netuid: 0, hotkey: hotkey, uid: uid)
        } else {
            var lowest: (stake: UInt64, uid: UInt16)?
            for member in 0..<count {
                let stake = try get(SubtensorStorage.totalHotkeyAlpha, get(SubtensorStorage.keys, 0, member), 0)
                if lowest == nil || stake < lowest!.stake { lowest = (stake, member) }
            }
            let newcomer = try get(SubtensorStorage.totalHotkeyAlpha, hotkey, 0)
            guard let lowest, newcomer > lowest.stake else { throw SubtensorError.stakeTooLowForRoot }
            uid = lowest.uid
            try replaceNeuron(netuid: 0, uid: uid, with: hotkey)
        }
        deposit(.subtensor(.neuronRegistered(netuid: 0, uid: uid, hotkey: hotkey)))
    }
}

/// The per-block burn decay factor in Q32: the largest `q < 2^32` with `q^halfLife ≤ 2^31` (subtensor's
/// `decay_factor_q32`, by binary search over `pow_q32`). A half-life of 0 means no decay.
func decayFactorQ32(halfLife: UInt16) -> UInt128 {
    guard halfLife > 0 else { return 1 << 32 }
    var low: UInt128 = 0
    var high: UInt128 = (1 << 32) - 1
    while low < high {
        let middle = (low + high + 1) / 2
        if powQ32(middle, UInt64(halfLife)) <= 1 << 31 { low = middle } else { high = middle - 1 }
    }
    return low
}

/// `base^exponent` in Q32 by squaring, each product truncated: `(a·b) >> 32`.
func powQ32(_ base: UInt128, _ exponent: UInt64) -> UInt128 {
    var result: UInt128 = 1 << 32
    var base = base
    var exponent = exponent
    while exponent > 0 {
        if exponent & 1 == 1 { result = (result * base) >> 32 }
        base = (base * base) >> 32
        exponent >>= 1
    }
    return result
}
