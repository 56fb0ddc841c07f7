import Primitives
import SCALE

/// `set_weights` with every check of specs/chain.md §5.1, and hash commit-reveal (v2, §5.2).
extension RuntimeContext {
    /// Unrevealed commits a hotkey may hold per subnet.
    static let maximumUnrevealedCommits = 10

    /// Sets the hotkey's weights. A reveal passes `viaReveal` so that commit-reveal does not refuse it.
    mutating func setWeights(hotkey: AccountId32, _ weights: WeightsArguments, viaReveal: Bool) throws {
        let netuid = weights.netuid
        let commitReveal = try get(SubtensorStorage.commitRevealWeightsEnabled, netuid)
        if commitReveal && !viaReveal { throw SubtensorError.commitRevealEnabled }
        guard netuid != 0 else { throw SubtensorError.canNotSetRootNetworkWeights }
        guard weights.uids.count == weights.values.count else { throw SubtensorError.weightVecNotEqualSize }
        try ensureMechanismExists(netuid: netuid, mechanism: weights.mechanism)
        let count = try get(SubtensorStorage.subnetworkN, netuid)
        guard weights.uids.count <= Int(count) else { throw SubtensorError.uidsLengthExceedUidsInSubNet }
        guard let uid = try find(SubtensorStorage.uids, netuid, hotkey) else {
            throw SubtensorError.hotKeyNotRegisteredInSubNet
        }
        let ownerHotkey = try get(SubtensorStorage.subnetOwnerHotkey, netuid)
        guard try hotkey == ownerHotkey || hasStakeToSetWeights(hotkey: hotkey, netuid: netuid) else {
            throw SubtensorError.notEnoughStakeToSetWeights
        }
        let requiredVersion = try get(SubtensorStorage.weightsVersionKey, netuid)
        guard requiredVersion == 0 || weights.versionKey >= requiredVersion else {
            throw SubtensorError.incorrectWeightVersionKey
        }
        if try !commitReveal && !weightsRateLimitPassed(netuid: netuid, uid: uid) {
            throw SubtensorError.settingWeightsTooFast
        }
        let isSelfWeight = weights.uids.count == 1 && weights.uids[0] == uid
        let permits = try get(SubtensorStorage.validatorPermit, netuid)
        guard isSelfWeight || hotkey == ownerHotkey || (Int(uid) < permits.count && permits[Int(uid)]) else {
            throw SubtensorError.neuronNoValidatorPermit
        }
        guard Set(weights.uids).count == weights.uids.count else { throw SubtensorError.duplicateUids }
        guard weights.uids.allSatisfy({ $0 < count }) else { throw SubtensorError.uidVecContainInvalidOne }
        let minimumLength = min(Int(try get(SubtensorStorage.minAllowedWeights, netuid)), Int(count))
        guard isSelfWeight || weights.uids.count >= minimumLength else { throw SubtensorError.weightVecLengthIsLow }
        let values = maxUpscaledToU16(weights.values)
        let limit = try get(SubtensorStorage.maxWeightsLimit, netuid)
        guard isSelfWeight || isMaxLimited(values, limit: limit) else { throw SubtensorError.maxWeightExceeded }
        put(SubtensorStorage.weights, netuid, uid, zip(weights.uids, values).map { UInt16Pair($0, $1) })
        if !commitReveal { try recordWeightsUpdate(netuid: netuid, uid: uid) }
        deposit(.subtensor(.weightsSet(netuidIndex: netuid, uid: uid)))
    }

    /// Only mechanism 0 exists on this chain (`MechanismCountCurrent` = 1).
    private func ensureMechanismExists(netuid: UInt16, mechanism: UInt8) throws {
        try ensureSubnetExists(netuid)
        guard mechanism == 0 else { throw SubtensorError.mechanismDoesNotExist }
    }

    /// Alpha stake on the subnet plus root stake times the TAO weight, against `StakeThreshold`.
    private func hasStakeToSetWeights(hotkey: AccountId32, netuid: UInt16) throws -> Bool {
        let alpha = UInt128(try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid))
        let root = UInt128(try get(SubtensorStorage.totalHotkeyAlpha, hotkey, 0))
        let weighted = alpha + mulDiv(root, UInt128(try get(SubtensorStorage.taoWeight)), UInt128(UInt64.max))
        return weighted >= UInt128(try get(SubtensorStorage.stakeThreshold))
    }

    private func weightsRateLimitPassed(netuid: UInt16, uid: UInt16) throws -> Bool {
        let updates = try get(SubtensorStorage.lastUpdate, netuid)
        let last = Int(uid) < updates.count ? updates[Int(uid)] : 0
        let limit = try get(SubtensorStorage.weightsSetRateLimit, netuid)
        return last == 0 || blockNumber - last >= limit
    }

    private mutating func recordWeightsUpdate(netuid: UInt16, uid: UInt16) throws {
        let block = blockNumber
        try mutate(SubtensorStorage.lastUpdate, netuid) { $0[Int(uid)] = block }
    }

    /// The epoch counter commits and reveals are measured in.
    private func currentEpoch(_ netuid: UInt16) throws -> UInt64 { try get(SubtensorStorage.subnetEpochIndex, netuid) }

    mutating func commitWeights(hotkey: AccountId32, netuid: UInt16, mechanism: UInt8, hash: H256) throws {
        try ensureMechanismExists(netuid: netuid, mechanism: mechanism)
        guard try get(SubtensorStorage.commitRevealWeightsEnabled, netuid) else {
            throw SubtensorError.commitRevealDisabled
        }
        guard let uid = try find(SubtensorStorage.uids, netuid, hotkey) else {
            throw SubtensorError.hotKeyNotRegisteredInSubNet
        }
        guard try weightsRateLimitPassed(netuid: netuid, uid: uid) else { throw SubtensorError.committingWeightsTooFast }
        let epoch = try currentEpoch(netuid)
        let period = try get(SubtensorStorage.revealPeriodEpochs, netuid)
        var commits = try find(SubtensorStorage.weightCommits, netuid, hotkey) ?? []
        commits.removeAll { epoch > $0.commitEpoch + period }
        guard commits.count < Self.maximumUnrevealedCommits else { throw SubtensorError.tooManyUnrevealedCommits }
        commits.append(WeightCommit(hash: hash, commitEpoch: epoch, commitBlock: blockNumber))
        put(SubtensorStorage.weightCommits, netuid, hotkey, commits)
        try recordWeightsUpdate(netuid: netuid, uid: uid)
        deposit(.subtensor(.weightsCommitted(who: hotkey, netuidIndex: netuid, hash: hash)))
    }

    mutating func revealWeights(hotkey: AccountId32, _ weights: WeightsArguments) throws {
        let netuid = weights.netuid
        try ensureMechanismExists(netuid: netuid, mechanism: weights.mechanism)
        guard try get(SubtensorStorage.commitRevealWeightsEnabled, netuid) else {
            throw SubtensorError.commitRevealDisabled
        }
        guard var commits = try find(SubtensorStorage.weightCommits, netuid, hotkey), !commits.isEmpty else {
            throw SubtensorError.noWeightsCommitFound
        }
        let hash = weights.commitHash(hotkey: hotkey)
        let epoch = try currentEpoch(netuid)
        let period = try get(SubtensorStorage.revealPeriodEpochs, netuid)
        let expiredMatch = commits.contains { $0.hash == hash && epoch > $0.commitEpoch + period }
        commits.removeAll { epoch > $0.commitEpoch + period }
        guard let position = commits.firstIndex(where: { $0.hash == hash }) else {
            throw expiredMatch ? SubtensorError.expiredWeightCommit : SubtensorError.invalidRevealCommitHashNotMatch
        }
        guard epoch >= commits[position].commitEpoch + period else { throw SubtensorError.revealTooEarly }
        commits.removeSubrange(...position)
        if commits.isEmpty {
            SubtensorStorage.weightCommits.remove(netuid, hotkey, in: &state)
        } else {
            put(SubtensorStorage.weightCommits, netuid, hotkey, commits)
        }
        try setWeights(hotkey: hotkey, weights, viaReveal: true)
        deposit(.subtensor(.weightsRevealed(who: hotkey, netuidIndex: netuid, hash: hash)))
    }
}

/// `vec_u16_max_upscale_to_u16`: scales the weights so the largest is 65535, in I32F32 exactly as subtensor
/// (specs/chain.md §0.3): `round(e · (65535/max))` when `max > 32768`, else `round(e·65535 / max)`, rounding
/// half away from zero.
func maxUpscaledToU16(_ values: [UInt16]) -> [UInt16] {
    guard let maximum = values.max(), maximum > 0 else { return values }
    let max64 = Int64(maximum)
    let round = { (bits: Int64) -> UInt16 in UInt16(min((bits + (1 << 31)) >> 32, 65535)) }
    if maximum > 32768 {
        let ratio = (Int64(65535) << 32) / max64
        return values.map { round(Int64($0) * ratio) }
    }
    return values.map { round((Int64($0) * 65535 << 32) / max64) }
}

/// `check_vec_max_limited`: after normalising to sum 1 (I32F32, truncating), no weight may exceed
/// `limit/65535`. A limit of 65535 passes everything.
func isMaxLimited(_ values: [UInt16], limit: UInt16) -> Bool {
    guard limit != .max else { return true }
    let sum = values.reduce(Int64(0)) { $0 + Int64($1) }
    guard sum > 0 else { return true }
    let maximum = (Int64(values.max()!) << 32) / sum
    return maximum <= (Int64(limit) << 32) / 65535
}
