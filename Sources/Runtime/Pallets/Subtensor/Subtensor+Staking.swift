import Primitives

/// Staking calls: TAO in and out of subnet pools, stake moved between hotkeys, subnets and coldkeys, and
/// delegate take (specs/chain.md §4).
extension RuntimeContext {
    /// `DefaultMinStake`: the least TAO a stake operation may move (0.002 TAO).
    static let minimumStake: UInt64 = 2_000_000

    func ensureSubtokenEnabled(_ netuid: UInt16) throws {
        guard try netuid == 0 || get(SubtensorStorage.subtokenEnabled, netuid) else {
            throw SubtensorError.subtokenDisabled
        }
    }

    func ensureHotkeyExists(_ hotkey: AccountId32) throws {
        guard try owner(of: hotkey) != nil else { throw SubtensorError.hotKeyAccountNotExists }
    }

    mutating func addStake(coldkey: AccountId32, hotkey: AccountId32, netuid: UInt16, tao: UInt64) throws {
        try ensureSubnetExists(netuid)
        try ensureSubtokenEnabled(netuid)
        let pool = try pool(netuid)
        guard tao >= Self.minimumStake + pool.fee(on: tao) else { throw SubtensorError.amountTooLow }
        guard try freeBalance(of: coldkey) >= tao + Self.existentialDeposit else {
            throw SubtensorError.notEnoughBalanceToStake
        }
        try ensureHotkeyExists(hotkey)
        guard try pool.quoteTaoForAlpha(tao).amountOut > 0 else { throw SubtensorError.amountTooLow }
        try withdrawToStake(coldkey, tao)
        let swap = try swapTaoForAlpha(netuid, tao: tao)
        try increaseStake(hotkey: hotkey, coldkey: coldkey, netuid: netuid, alpha: swap.amountOut)
        deposit(.subtensor(.stakeAdded(coldkey: coldkey, hotkey: hotkey, tao: tao, alpha: swap.amountOut,
                                       netuid: netuid, fee: swap.fee)))
    }

    mutating func removeStake(coldkey: AccountId32, hotkey: AccountId32, netuid: UInt16, alpha: UInt64) throws {
        guard alpha > 0 else { throw SubtensorError.amountTooLow }
        try ensureSubnetExists(netuid)
        try ensureSubtokenEnabled(netuid)
        try ensureHotkeyExists(hotkey)
        let held = try stake(hotkey: hotkey, coldkey: coldkey, netuid: netuid)
        guard alpha <= held else { throw SubtensorError.notEnoughStakeToWithdraw }
        let quote = try pool(netuid).quoteAlphaForTao(alpha)
        guard held == alpha || quote.amountOut >= Self.minimumStake else { throw SubtensorError.amountTooLow }
        try unstake(coldkey: coldkey, hotkey: hotkey, netuid: netuid, alpha: alpha)
    }

    /// Sells `alpha` of the coldkey's stake and pays the TAO to the coldkey.
    private mutating func unstake(coldkey: AccountId32, hotkey: AccountId32, netuid: UInt16, alpha: UInt64) throws {
        try decreaseStake(hotkey: hotkey, coldkey: coldkey, netuid: netuid, alpha: alpha)
        let swap = try swapAlphaForTao(netuid, alpha: alpha)
        try depositFromStake(coldkey, swap.amountOut)
        deposit(.subtensor(.stakeRemoved(coldkey: coldkey, hotkey: hotkey, tao: swap.amountOut, alpha: alpha,
                                         netuid: netuid, fee: swap.fee)))
    }

    mutating func unstakeAll(coldkey: AccountId32, hotkey: AccountId32) throws {
        try ensureHotkeyExists(hotkey)
        for netuid in try subnets() where try netuid == 0 || get(SubtensorStorage.subtokenEnabled, netuid) {
            let alpha = try stake(hotkey: hotkey, coldkey: coldkey, netuid: netuid)
            if alpha > 0 { try unstake(coldkey: coldkey, hotkey: hotkey, netuid: netuid, alpha: alpha) }
        }
    }

    mutating func moveStake(coldkey: AccountId32, from origin: (AccountId32, UInt16), to destination: (AccountId32, UInt16),
                            alpha: UInt64) throws {
        guard origin.0 != destination.0 || origin.1 != destination.1 else { throw SubtensorError.sameNetuid }
        try ensureHotkeyExists(destination.0)
        let tao = try transitionStake(from: (origin.0, coldkey, origin.1), to: (destination.0, coldkey, destination.1),
                                      alpha: alpha)
        deposit(.subtensor(.stakeMoved(coldkey: coldkey, originHotkey: origin.0, originNetuid: origin.1,
                                       destinationHotkey: destination.0, destinationNetuid: destination.1, tao: tao)))
    }

    mutating func transferStake(coldkey: AccountId32, to destinationColdkey: AccountId32, hotkey: AccountId32,
                                originNetuid: UInt16, destinationNetuid: UInt16, alpha: UInt64) throws {
        try ensureSubnetExists(originNetuid)
        guard destinationColdkey != coldkey || originNetuid != destinationNetuid else { throw SubtensorError.sameNetuid }
        try ensureSubnetExists(destinationNetuid)
        for netuid in [originNetuid, destinationNetuid] {
            guard try get(SubtensorStorage.transferToggle, netuid) else { throw SubtensorError.transferDisallowed }
        }
        let tao = try transitionStake(from: (hotkey, coldkey, originNetuid), to: (hotkey, destinationColdkey, destinationNetuid),
                                      alpha: alpha)
        deposit(.subtensor(.stakeTransferred(originColdkey: coldkey, destinationColdkey: destinationColdkey,
                                             hotkey: hotkey, originNetuid: originNetuid,
                                             destinationNetuid: destinationNetuid, tao: tao)))
    }

    /// Moves `alpha` of stake from one (hotkey, coldkey, netuid) position to another, through the pools when
    /// the subnets differ. Returns its value in TAO.
    private mutating func transitionStake(from origin: (AccountId32, AccountId32, UInt16),
                                          to destination: (AccountId32, AccountId32, UInt16),
                                          alpha: UInt64) throws -> UInt64 {
        try ensureSubnetExists(origin.2)
        try ensureSubnetExists(destination.2)
        try ensureSubtokenEnabled(origin.2)
        try ensureSubtokenEnabled(destination.2)
        try ensureHotkeyExists(origin.0)
        guard alpha > 0 else { throw SubtensorError.amountTooLow }
        let held = try stake(hotkey: origin.0, coldkey: origin.1, netuid: origin.2)
        guard alpha <= held else { throw SubtensorError.notEnoughStakeToWithdraw }
        try decreaseStake(hotkey: origin.0, coldkey: origin.1, netuid: origin.2, alpha: alpha)
        if origin.2 == destination.2 {
            try increaseStake(hotkey: destination.0, coldkey: destination.1, netuid: destination.2, alpha: alpha)
            return UInt64(min(mulDiv(UInt128(alpha), try pool(origin.2).priceBits, 1 << 64), UInt128(UInt64.max)))
        }
        let tao = try swapAlphaForTao(origin.2, alpha: alpha).amountOut
        guard tao >= Self.minimumStake else { throw SubtensorError.amountTooLow }
        let bought = try swapTaoForAlpha(destination.2, tao: tao).amountOut
        try increaseStake(hotkey: destination.0, coldkey: destination.1, netuid: destination.2, alpha: bought)
        return tao
    }

    /// `increase_take` / `decrease_take`: the hotkey's delegate take, within `[MinDelegateTake, MaxDelegateTake]`;
    /// increases are rate limited by `TxDelegateTakeRateLimit`.
    mutating func changeTake(coldkey: AccountId32, hotkey: AccountId32, take: UInt16, increase: Bool) throws {
        guard let owner = try owner(of: hotkey) else { throw SubtensorError.hotKeyAccountNotExists }
        guard owner == coldkey else { throw SubtensorError.nonAssociatedColdKey }
        let current = try get(SubtensorStorage.delegates, hotkey)
        if increase {
            guard take > current else { throw SubtensorError.delegateTakeTooLow }
            guard take <= (try get(SubtensorStorage.maxDelegateTake)) else { throw SubtensorError.delegateTakeTooHigh }
            let limit = try get(SubtensorStorage.txDelegateTakeRateLimit)
            let last = try get(SubtensorStorage.lastTxBlockDelegateTake, hotkey)
            if limit > 0 && last > 0 && blockNumber - last <= limit { throw SubtensorError.delegateTxRateLimitExceeded }
        } else {
            guard take < current else { throw SubtensorError.delegateTakeTooLow }
            guard take >= (try get(SubtensorStorage.minDelegateTake)) else { throw SubtensorError.delegateTakeTooLow }
        }
        put(SubtensorStorage.delegates, hotkey, take)
        put(SubtensorStorage.lastTxBlockDelegateTake, hotkey, blockNumber)
        deposit(.subtensor(increase
            ? .takeIncreased(coldkey: coldkey, hotkey: hotkey, take: take)
            : .takeDecreased(coldkey: coldkey, hotkey: hotkey, take: take)))
    }
}
