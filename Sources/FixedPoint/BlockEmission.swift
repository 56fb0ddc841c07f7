// subtensor's per-block emission as a function of issuance (specs/chain.md §2.2).

/// `get_block_emission_for_issuance` (`coinbase/block_emission.rs`): the rao emitted per block at a
/// given issuance (TAO `TotalIssuance`, or a subnet's alpha issuance).
///
/// ```
/// if issuance >= 21e15: 0
/// residual = log2(1 / (1 - issuance / (2 * 10_500_000_000_000_000)))   (I96F32, substrate-fixed log2)
/// k = floor(residual)
/// emission = floor((1 / 2^k) * 1_000_000_000)   (2^k by repeated saturating doubling)
/// ```
/// So 1 TAO per block until 10.5M TAO are issued, then halving each time half the remainder is issued.
/// Every step is the I96F32 arithmetic of the Rust code (checked divisions, `safe_div`, saturating
/// multiplication, flooring conversion). Returns `nil` where Rust returns `Err` ("Logarithm calculation
/// failed"), which cannot happen for a `u64` issuance.
public func blockEmission(forIssuance issuance: UInt64) -> UInt64? {
    let totalSupply: UInt64 = 21_000_000_000_000_000
    let halfSupply: UInt64 = 10_500_000_000_000_000
    let defaultBlockEmission: UInt64 = 1_000_000_000

    let totalIssuance = I96F32(saturating: issuance)
    if totalIssuance >= I96F32(saturating: totalSupply) { return 0 }
    let one = I96F32.one
    let supplyScale = I96F32(saturating: 2).saturatingMul(I96F32(saturating: halfSupply))
    guard let issuedFraction = totalIssuance.checkedDiv(supplyScale),
          let remainingFraction = one.checkedSub(issuedFraction),
          let inverse = one.checkedDiv(remainingFraction),
          let residual = inverse.log2()
    else { return nil }
    let halvings = residual.floor().saturatingInteger(UInt64.self)
    var multiplier = one
    let two = I96F32(saturating: 2)
    var step: UInt64 = 0
    while step < halvings {
        multiplier = multiplier.saturatingMul(two)
        step += 1
    }
    let percentage = one.safeDiv(multiplier)
    let emission = percentage.saturatingMul(I96F32(saturating: defaultBlockEmission))
    return emission.saturatingInteger(UInt64.self)
}
