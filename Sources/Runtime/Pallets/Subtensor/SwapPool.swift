import Primitives

/// A subnet's TAO ↔ alpha pool.
///
/// Constant product with both weights ½ (subtensor's dTAO launch pool, and HEAD's Balancer pool at its default
/// weights): `SubnetTAO · SubnetAlphaIn` is kept constant by every swap, apart from the fee. The fee is
/// `FeeRate/65535` of the input (default 33 ≈ 0.05 %) and stays in the pool's reserve (subtensor pays it to the
/// block author). Root and `SubnetMechanism == 0` ("stable") subnets swap 1:1 without a fee. Division floors,
/// always in the pool's favour.
struct SwapPool {
    /// The TAO reserve (`SubnetTAO`).
    var tao: UInt64
    /// The alpha reserve (`SubnetAlphaIn`).
    var alpha: UInt64
    /// Whether it is a stable 1:1 pool.
    var isStable: Bool
    /// The fee rate over 65535.
    var feeRate: UInt16

    /// The least TAO or alpha a dynamic pool keeps in reserve (0.001).
    static let minimumLiquidity: UInt64 = 1_000_000

    /// The outcome of a swap.
    struct Swap {
        /// What comes out.
        var amountOut: UInt64
        /// The fee, in the input's unit.
        var fee: UInt64
    }

    /// The fee on `amount` of input.
    func fee(on amount: UInt64) -> UInt64 {
        isStable ? 0 : UInt64(UInt128(amount) * UInt128(feeRate) / 65535)
    }

    /// The alpha `tao` buys.
    /// - Throws: `InsufficientLiquidity` when the pool would be drained below its minimum.
    func quoteTaoForAlpha(_ tao: UInt64) throws -> Swap {
        let fee = fee(on: tao)
        if isStable { return Swap(amountOut: tao, fee: 0) }
        let taoIn = UInt128(tao - fee)
        let out = UInt64(mulDiv(UInt128(alpha), taoIn, UInt128(self.tao) + taoIn))
        guard alpha - out >= Self.minimumLiquidity else { throw SubtensorError.insufficientLiquidity }
        return Swap(amountOut: out, fee: fee)
    }

    /// The TAO `alpha` sells for.
    /// - Throws: `InsufficientLiquidity` when the pool would be drained below its minimum.
    func quoteAlphaForTao(_ alphaAmount: UInt64) throws -> Swap {
        let fee = fee(on: alphaAmount)
        if isStable { return Swap(amountOut: alphaAmount, fee: 0) }
        let alphaIn = UInt128(alphaAmount - fee)
        let out = UInt64(mulDiv(UInt128(tao), alphaIn, UInt128(alpha) + alphaIn))
        guard tao - out >= Self.minimumLiquidity else { throw SubtensorError.insufficientLiquidity }
        return Swap(amountOut: out, fee: fee)
    }

    /// The spot price in TAO per alpha, as U64F64 raw bits (1.0 for stable pools and empty ones).
    var priceBits: UInt128 {
        if isStable || alpha == 0 { return 1 << 64 }
        return (UInt128(tao) << 64) / UInt128(alpha)
    }
}

extension SwapPool {
    /// `SwapRuntimeApi_sim_swap_tao_for_alpha`: what staking `tao` would buy, its fee, and the alpha lost to
    /// slippage against the spot price; all zero when the pool cannot take the swap.
    func simulateTaoForAlpha(_ tao: UInt64) -> SimSwapResult {
        guard let swap = try? quoteTaoForAlpha(tao) else { return .zero }
        let atSpotPrice = isStable ? tao : UInt64(clamping: mulDiv(UInt128(tao), UInt128(alpha), UInt128(self.tao)))
        return SimSwapResult(taoAmount: tao, alphaAmount: swap.amountOut, taoFee: swap.fee, alphaFee: 0,
                             taoSlippage: 0, alphaSlippage: atSpotPrice.subtractingClamped(swap.amountOut))
    }

    /// `SwapRuntimeApi_sim_swap_alpha_for_tao`: what unstaking `alphaAmount` would pay, its fee, and the TAO
    /// lost to slippage against the spot price; all zero when the pool cannot take the swap.
    func simulateAlphaForTao(_ alphaAmount: UInt64) -> SimSwapResult {
        guard let swap = try? quoteAlphaForTao(alphaAmount) else { return .zero }
        let atSpotPrice = isStable || alpha == 0
            ? alphaAmount : UInt64(clamping: mulDiv(UInt128(alphaAmount), UInt128(tao), UInt128(alpha)))
        return SimSwapResult(taoAmount: swap.amountOut, alphaAmount: alphaAmount, taoFee: 0, alphaFee: swap.fee,
                             taoSlippage: atSpotPrice.subtractingClamped(swap.amountOut), alphaSlippage: 0)
    }
}

extension RuntimeContext {
    /// The pool of `netuid` as storage holds it.
    func pool(_ netuid: UInt16) throws -> SwapPool {
        let mechanism = try get(SubtensorStorage.subnetMechanism, netuid)
        return SwapPool(tao: try get(SubtensorStorage.subnetTAO, netuid), alpha: try get(SubtensorStorage.subnetAlphaIn, netuid),
                 isStable: netuid == 0 || mechanism == 0,
                 feeRate: try get(SubtensorStorage.feeRate, netuid))
    }

    /// Swaps TAO already withdrawn into stake for alpha, which joins `SubnetAlphaOut`.
    mutating func swapTaoForAlpha(_ netuid: UInt16, tao: UInt64) throws -> SwapPool.Swap {
        let pool = try pool(netuid)
        let swap = try pool.quoteTaoForAlpha(tao)
        try mutate(SubtensorStorage.subnetTAO, netuid) { $0 += tao }
        if !pool.isStable { try mutate(SubtensorStorage.subnetAlphaIn, netuid) { $0 -= swap.amountOut } }
        try mutate(SubtensorStorage.subnetAlphaOut, netuid) { $0 += swap.amountOut }
        try mutate(SubtensorStorage.subnetVolume, netuid) { $0 += UInt128(tao) }
        return swap
    }

    /// Swaps alpha taken out of `SubnetAlphaOut` for TAO, which leaves the pool (still counted in `TotalStake`
    /// until the caller pays it out).
    mutating func swapAlphaForTao(_ netuid: UInt16, alpha: UInt64) throws -> SwapPool.Swap {
        let pool = try pool(netuid)
        let swap = try pool.quoteAlphaForTao(alpha)
        try mutate(SubtensorStorage.subnetTAO, netuid) { $0 -= swap.amountOut }
        if !pool.isStable { try mutate(SubtensorStorage.subnetAlphaIn, netuid) { $0 += alpha } }
        try mutate(SubtensorStorage.subnetAlphaOut, netuid) { $0 -= alpha }
        try mutate(SubtensorStorage.subnetVolume, netuid) { $0 += UInt128(swap.amountOut) }
        return swap
    }
}
