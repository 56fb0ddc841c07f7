import FixedPoint
import Primitives

/// The coinbase's per-epoch half (specs/chain.md §2.6–§2.7): the subnet's pending alpha is paid out by its
/// epoch. The owner cut is staked to the owner's hotkey; miners' incentive is staked to them (or burned when the
/// miner is one of the owner's hotkeys); validators' dividends are split between alpha and root stake by how
/// much of each backs the validator, the delegate take goes to the validator's coldkey and the rest grows its
/// nominators' stake; the root stakers' part is kept as alpha on the subnet by each root nominator.
///
/// Child keys are not modelled (every hotkey's inherited stake is its own). `SubnetAlphaOut` ends up holding
/// exactly what was paid: alpha the epoch cannot pay (burned incentive, dividends with no stake behind them,
/// rounding dust) is recycled, and the few rao by which the epoch's fixed-point split can exceed the pending
/// amount are minted, as in subtensor, where stake is credited from the epoch's split rather than the pending sums.
extension RuntimeContext {
    /// The pending alpha of one subnet, taken for its epoch.
    struct PendingEmission: Equatable {
        var server: UInt64
        var validator: UInt64
        var root: UInt64
        var ownerCut: UInt64

        var total: UInt64 { server.addingClamped(validator).addingClamped(root).addingClamped(ownerCut) }
    }

    /// Takes and zeroes the subnet's pending emission.
    mutating func takePendingEmission(_ netuid: UInt16) throws -> PendingEmission {
        let take = { (context: inout RuntimeContext, item: StorageMap<UInt16, UInt64>) throws -> UInt64 in
            try context.mutate(item, netuid) { value in defer { value = 0 }; return value }
        }
        return PendingEmission(server: try take(&self, SubtensorStorage.pendingServerEmission),
                               validator: try take(&self, SubtensorStorage.pendingValidatorEmission),
                               root: try take(&self, SubtensorStorage.pendingRootAlphaDivs),
                               ownerCut: try take(&self, SubtensorStorage.pendingOwnerCut))
    }

    /// `distribute_emission`: runs the epoch over the pending alpha and pays it out. Returns the alpha paid.
    @discardableResult
    mutating func distributeEmission(_ netuid: UInt16, _ pending: PendingEmission) throws -> UInt64 {
        let epochEmission = pending.server.addingClamped(pending.validator).addingClamped(pending.root)
        let epoch = try runEpoch(netuid, raoEmission: epochEmission)
        SubtensorStorage.alphaDividendsPerSubnet.removeAll(netuid, in: &state)
        SubtensorStorage.rootAlphaDividendsPerSubnet.removeAll(netuid, in: &state)
        let incentives = epoch.output.serverEmission
        let validatorAlpha = incentives.contains { $0 > 0 } ? pending.validator : pending.validator.addingClamped(pending.server)
        var paid = try payOwnerCut(netuid, pending.ownerCut)
        for (hotkey, amount) in zip(epoch.hotkeys, incentives) where amount > 0 {
            paid += try payIncentive(netuid, hotkey: hotkey, alpha: amount)
        }
        let dividends = try dividendShares(netuid, hotkeys: epoch.hotkeys, dividends: epoch.output.validatorEmission,
                                           validatorAlpha: validatorAlpha, rootAlpha: pending.root)
        for share in dividends {
            paid += try payDividend(netuid, hotkey: share.hotkey, alpha: share.alpha, root: share.root)
        }
        let total = pending.total
        try mutate(SubtensorStorage.subnetAlphaOut, netuid) { $0 = $0 - total + paid }
        return paid
    }

    /// Stakes the owner cut to the subnet owner's hotkey; returns the alpha staked.
    private mutating func payOwnerCut(_ netuid: UInt16, _ alpha: UInt64) throws -> UInt64 {
        let hotkey = try get(SubtensorStorage.subnetOwnerHotkey, netuid)
        guard alpha > 0, try owner(of: hotkey) != nil else { return 0 }
        try increaseStake(hotkey: hotkey, coldkey: get(SubtensorStorage.subnetOwner, netuid), netuid: netuid, alpha: alpha)
        return alpha
    }

    /// Stakes a miner's incentive to it for its coldkey, unless the miner is one of the subnet owner's hotkeys,
    /// whose incentive is burned. Returns the alpha staked.
    private mutating func payIncentive(_ netuid: UInt16, hotkey: AccountId32, alpha: UInt64) throws -> UInt64 {
        guard let coldkey = try owner(of: hotkey),
              try hotkey != get(SubtensorStorage.subnetOwnerHotkey, netuid),
              try coldkey != get(SubtensorStorage.subnetOwner, netuid) else { return 0 }
        try increaseStake(hotkey: hotkey, coldkey: coldkey, netuid: netuid, alpha: alpha)
        return alpha
    }

    /// One validator's dividend, in alpha paid for its alpha stake and for its root stake.
    struct DividendShare {
        var hotkey: AccountId32
        var alpha: UInt64
        var root: UInt64
    }

    /// `calculate_dividend_distribution`: each dividend splits by the validator's root proportion
    /// `root·tw / (alpha + root·tw)`; the alpha parts share `validatorAlpha` and the root parts share `rootAlpha`
    /// pro rata (U96F32, floored).
    private func dividendShares(_ netuid: UInt16, hotkeys: [AccountId32], dividends: [UInt64],
                                validatorAlpha: UInt64, rootAlpha: UInt64) throws -> [DividendShare] {
        let taoWeight = try taoWeight()
        var parts: [(hotkey: AccountId32, alpha: U96F32, root: U96F32)] = []
        for (hotkey, dividend) in zip(hotkeys, dividends) where dividend > 0 {
            let alphaStake = U96F32(saturating: try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid))
            let rootStake = U96F32(saturating: try get(SubtensorStorage.totalHotkeyAlpha, hotkey, 0)).saturatingMul(taoWeight)
            let rootProportion = rootStake.safeDiv(alphaStake.saturatingAdd(rootStake))
            let rootPart = U96F32(saturating: dividend).saturatingMul(rootProportion)
            parts.append((hotkey, U96F32(saturating: dividend).saturatingSub(rootPart), rootPart))
        }
        let alphaTotal = parts.reduce(U96F32.zero) { $0.saturatingAdd($1.alpha) }
        let rootTotal = parts.reduce(U96F32.zero) { $0.saturatingAdd($1.root) }
        let share = { (part: U96F32, total: U96F32, amount: UInt64) -> UInt64 in
            part.safeDiv(total).saturatingMul(U96F32(saturating: amount)).saturatingInteger(UInt64.self)
        }
        return parts.map { part in
            DividendShare(hotkey: part.hotkey, alpha: share(part.alpha, alphaTotal, validatorAlpha),
                          root: share(part.root, rootTotal, rootAlpha))
        }
    }

    /// Pays one validator: the delegate take of both parts to its coldkey, the rest of the alpha part to the
    /// hotkey's pool (every nominator's stake grows) and the rest of the root part to its root nominators in
    /// proportion to their root stake. Returns the alpha paid.
    private mutating func payDividend(_ netuid: UInt16, hotkey: AccountId32, alpha: UInt64, root: UInt64) throws -> UInt64 {
        guard let coldkey = try owner(of: hotkey), alpha.addingClamped(root) > 0 else { return 0 }
        let take = UInt128(try get(SubtensorStorage.delegates, hotkey))
        let alphaTake = UInt64(UInt128(alpha) * take / 65535)
        let rootTake = UInt64(UInt128(root) * take / 65535)
        try increaseStake(hotkey: hotkey, coldkey: coldkey, netuid: netuid, alpha: alphaTake + rootTake)
        try growHotkeyPool(hotkey, netuid: netuid, alpha: alpha - alphaTake, fallback: coldkey)
        try payRootNominators(hotkey, netuid: netuid, alpha: root - rootTake, fallback: coldkey)
        put(SubtensorStorage.alphaDividendsPerSubnet, netuid, hotkey, alpha)
        put(SubtensorStorage.rootAlphaDividendsPerSubnet, netuid, hotkey, root)
        return alpha + root
    }

    /// `increase_stake_for_hotkey_on_subnet`: alpha added to the hotkey's pool without new shares; to `fallback`'s
    /// stake when nobody holds shares yet.
    private mutating func growHotkeyPool(_ hotkey: AccountId32, netuid: UInt16, alpha: UInt64,
                                         fallback: AccountId32) throws {
        guard alpha > 0 else { return }
        guard try get(SubtensorStorage.totalHotkeyShares, hotkey, netuid) > 0 else {
            return try increaseStake(hotkey: hotkey, coldkey: fallback, netuid: netuid, alpha: alpha)
        }
        try mutate(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid) { $0 += alpha }
    }

    /// Root dividends, kept as alpha on the subnet by each of the hotkey's root nominators pro rata (floored; the
    /// remainder goes to `fallback`, as does everything when the hotkey has no root nominators).
    private mutating func payRootNominators(_ hotkey: AccountId32, netuid: UInt16, alpha: UInt64,
                                            fallback: AccountId32) throws {
        guard alpha > 0 else { return }
        let nominators = try SubtensorStorage.alpha.entries(hotkey, in: state).filter { $0.key.1 == 0 }.map(\.key.0)
        let stakes = try nominators.map { try stake(hotkey: hotkey, coldkey: $0, netuid: 0) }
        let total = stakes.reduce(UInt128(0)) { $0 + UInt128($1) }
        var remaining = alpha
        if total > 0 {
            for (coldkey, stake) in zip(nominators, stakes) {
                let amount = UInt64(UInt128(alpha) * UInt128(stake) / total)
                try increaseStake(hotkey: hotkey, coldkey: coldkey, netuid: netuid, alpha: amount)
                remaining -= amount
            }
        }
        try increaseStake(hotkey: hotkey, coldkey: fallback, netuid: netuid, alpha: remaining)
    }
}
