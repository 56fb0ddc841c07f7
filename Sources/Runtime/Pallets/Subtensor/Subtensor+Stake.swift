import Primitives

/// Stake as shares of a hotkey's per-subnet alpha pool (subtensor's `share-pool`): `TotalHotkeyAlpha[hotkey]
/// [netuid]` alpha is split among the coldkeys that staked to it in proportion to their `Alpha` shares (U64F64
/// raw bits), so emission added to the hotkey grows every nominator's alpha at once.
extension RuntimeContext {
    /// The alpha `coldkey` holds on `hotkey` in `netuid`.
    func stake(hotkey: AccountId32, coldkey: AccountId32, netuid: UInt16) throws -> UInt64 {
        let shares = try get(SubtensorStorage.alpha, hotkey, coldkey, netuid)
        guard shares > 0 else { return 0 }
        let totalShares = try get(SubtensorStorage.totalHotkeyShares, hotkey, netuid)
        let totalAlpha = try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid)
        return UInt64(mulDiv(shares, UInt128(totalAlpha), totalShares))
    }

    /// Credits `alpha` to `coldkey`'s share of `hotkey`'s pool in `netuid`. The alpha must already be in
    /// `SubnetAlphaOut`.
    mutating func increaseStake(hotkey: AccountId32, coldkey: AccountId32, netuid: UInt16, alpha: UInt64) throws {
        guard alpha > 0 else { return }
        let totalShares = try get(SubtensorStorage.totalHotkeyShares, hotkey, netuid)
        let totalAlpha = try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid)
        let newShares = totalShares == 0 || totalAlpha == 0
            ? UInt128(alpha) << 64
            : mulDiv(UInt128(alpha), totalShares, UInt128(totalAlpha))
        put(SubtensorStorage.totalHotkeyShares, hotkey, netuid, totalShares + newShares)
        put(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid, totalAlpha + alpha)
        let shares = try get(SubtensorStorage.alpha, hotkey, coldkey, netuid)
        put(SubtensorStorage.alpha, hotkey, coldkey, netuid, shares + newShares)
        try mutate(SubtensorStorage.stakingHotkeys, coldkey) { hotkeys in
            if !hotkeys.contains(hotkey) { hotkeys.append(hotkey) }
        }
    }

    /// Debits `alpha` from `coldkey`'s share of `hotkey`'s pool in `netuid`; the caller moves it out of
    /// `SubnetAlphaOut`.
    /// - Throws: `NotEnoughStakeToWithdraw` when the coldkey holds less.
    mutating func decreaseStake(hotkey: AccountId32, coldkey: AccountId32, netuid: UInt16, alpha: UInt64) throws {
        let held = try stake(hotkey: hotkey, coldkey: coldkey, netuid: netuid)
        guard alpha <= held else { throw SubtensorError.notEnoughStakeToWithdraw }
        guard alpha > 0 else { return }
        let shares = try get(SubtensorStorage.alpha, hotkey, coldkey, netuid)
        let totalShares = try get(SubtensorStorage.totalHotkeyShares, hotkey, netuid)
        let totalAlpha = try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid)
        let removed = alpha == held ? shares : min(shares, mulDivUp(UInt128(alpha), totalShares, UInt128(totalAlpha)))
        if shares == removed {
            SubtensorStorage.alpha.remove(hotkey, coldkey, netuid, in: &state)
        } else {
            put(SubtensorStorage.alpha, hotkey, coldkey, netuid, shares - removed)
        }
        put(SubtensorStorage.totalHotkeyShares, hotkey, netuid, totalShares - removed)
        put(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid, totalAlpha - alpha)
    }
}

/// `a · b / c`, floored, without overflowing the product.
func mulDiv(_ a: UInt128, _ b: UInt128, _ c: UInt128) -> UInt128 {
    guard c > 0 else { return 0 }
    let product = a.multipliedFullWidth(by: b)
    guard product.high < c else { return .max }
    return c.dividingFullWidth(product).quotient
}

/// `a · b / c`, rounded up.
func mulDivUp(_ a: UInt128, _ b: UInt128, _ c: UInt128) -> UInt128 {
    guard c > 0 else { return 0 }
    let product = a.multipliedFullWidth(by: b)
    guard product.high < c else { return .max }
    let (quotient, remainder) = c.dividingFullWidth(product)
    return remainder == 0 ? quotient : quotient + 1
}
