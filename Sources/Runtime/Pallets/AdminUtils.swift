import Hashing
import Primitives
import SCALE

/// Where each hyperparameter lives and who may set it.
extension Hyperparameter {
    /// The `SubtensorModule` storage item the setter writes.
    var storageItem: String {
        switch self {
        case .defaultTake: "MaxDelegateTake"
        case .lockReductionInterval: "NetworkLockReductionInterval"
        case .liquidAlphaEnabled: "LiquidAlphaOn"
        case .commitRevealWeightsInterval: "RevealPeriodEpochs"
        case .toggleTransfer: "TransferToggle"
        case .yuma3Enabled: "Yuma3On"
        case .bondsResetEnabled: "BondsResetOn"
        default: String(describing: self).prefix(1).uppercased() + String(describing: self).dropFirst()
        }
    }

    /// Whether a subnet's owner may set it (root may set everything). The owner-settable set follows
    /// subtensor's `ensure_sn_owner_or_root_with_limits` setters.
    var ownerSettable: Bool {
        switch self {
        case .servingRateLimit, .weightsVersionKey, .adjustmentAlpha, .immunityPeriod, .minAllowedWeights, .rho,
             .activityCutoff, .minBurn, .maxBurn, .bondsMovingAverage, .bondsPenalty, .commitRevealWeightsEnabled,
             .liquidAlphaEnabled, .alphaValues, .commitRevealWeightsInterval, .toggleTransfer,
             .alphaSigmoidSteepness, .yuma3Enabled, .bondsResetEnabled, .maxAllowedUids, .burnHalfLife:
            true
        default: false
        }
    }

    /// The storage key the setter writes for `netuid`, hashed as the item is declared.
    func storageKey(netuid: UInt16?) -> [UInt8] {
        let prefix = StorageHasher.prefix(pallet: SubtensorStorage.pallet, item: storageItem)
        guard let netuid else { return prefix }
        let declared = DeclaredStorage.all.first { $0.pallet == SubtensorStorage.pallet && $0.item == storageItem }
        guard let hasher = declared?.keyHashers.first else {
            preconditionFailure("\(storageItem) is not a declared per-subnet item")
        }
        return prefix + hasher.hash(netuid.scaleEncoded)
    }
}

/// `pallet_admin_utils`: root sets any hyperparameter; a subnet owner sets the owner-settable ones, at most once
/// per `OwnerHyperparamRateLimit` tempos each and never in the last `AdminFreezeWindow` blocks before an epoch.
extension RuntimeContext {
    mutating func dispatch(_ call: AdminUtilsCall, origin: Origin) throws {
        let parameter = call.hyperparameter
        if let netuid = call.netuid {
            guard try subnetExists(netuid) else { throw AdminUtilsError.subnetDoesNotExist }
        }
        if case .signed(let signer) = origin {
            guard let netuid = call.netuid, parameter.ownerSettable,
                  try get(SubtensorStorage.subnetOwner, netuid) == signer else { throw DispatchError.badOrigin }
            try checkOwnerLimits(parameter, netuid: netuid)
        } else {
            try origin.ensureRoot()
        }
        try checkBounds(call, byOwner: origin != .root)
        state.set(call.value.scaleEncoded, forKey: parameter.storageKey(netuid: call.netuid))
        if parameter.eventIndex != nil {
            deposit(.subtensor(.hyperparameterSet(parameter, netuid: call.netuid, value: call.value)))
        }
    }

    private mutating func checkOwnerLimits(_ parameter: Hyperparameter, netuid: UInt16) throws {
        let tempo = UInt64(try get(SubtensorStorage.tempo, netuid))
        let nextEpoch = try get(SubtensorStorage.lastEpochBlock, netuid) + tempo
        if nextEpoch.subtractingClamped(blockNumber) < UInt64(try get(SubtensorStorage.adminFreezeWindow)) {
            throw SubtensorError.adminActionProhibitedDuringWeightsWindow
        }
        let limit = UInt64(try get(SubtensorStorage.ownerHyperparamRateLimit)) * tempo
        let last = try get(SubtensorStorage.lastOwnerHyperparamUpdate, netuid, parameter.rawValue)
        if last > 0 && blockNumber - last < limit { throw SubtensorError.txRateLimitExceeded }
        put(SubtensorStorage.lastOwnerHyperparamUpdate, netuid, parameter.rawValue, blockNumber)
    }

    private func checkBounds(_ call: AdminUtilsCall, byOwner: Bool) throws {
        guard let netuid = call.netuid else { return }
        switch (call.hyperparameter, call.value) {
        case (.maxAllowedValidators, .u16(let value)):
            guard value <= (try get(SubtensorStorage.maxAllowedUids, netuid)) else {
                throw AdminUtilsError.maxValidatorsLargerThanMaxUIds
            }
        case (.maxAllowedUids, .u16(let value)):
            guard value >= (try get(SubtensorStorage.subnetworkN, netuid)) else {
                throw AdminUtilsError.maxAllowedUIdsLessThanCurrentUIds
            }
        case (.bondsMovingAverage, .u64(let value)):
            guard !byOwner || value <= 975_000 else { throw AdminUtilsError.bondsMovingAverageMaxReached }
        case (.alphaSigmoidSteepness, .i16(let value)):
            guard !byOwner || value >= 0 else { throw AdminUtilsError.negativeSigmoidSteepness }
        case (.alphaValues, .u16Pair(let low, let high)):
            guard try get(SubtensorStorage.liquidAlphaOn, netuid) else { throw SubtensorError.liquidAlphaDisabled }
            guard high >= 1638 else { throw SubtensorError.alphaHighTooLow }
            guard low >= 1638 && low <= high else { throw SubtensorError.alphaLowOutOfRange }
        case (.commitRevealWeightsInterval, .u64(let value)):
            guard value >= 1 else { throw SubtensorError.revealPeriodTooSmall }
            guard value <= 100 else { throw SubtensorError.revealPeriodTooLarge }
        case (.activityCutoff, .u16(let value)):
            guard value >= 360 || !byOwner else { throw SubtensorError.activityCutoffTooLow }
        default: break
        }
    }
}
