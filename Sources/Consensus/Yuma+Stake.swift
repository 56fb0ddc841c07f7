import FixedPoint

extension Yuma {
    /// `get_stake_weights_for_network` total stake per UID (specs/chain.md §1.2):
    /// `alpha_i + tao_i * tao_weight` in `I64F64`, with `tao_weight = TaoWeight / u64::MAX` (U96F32).
    static func totalStake(_ input: EpochInput) -> [I64F64] {
        let taoWeight = I64F64(saturating: U96F32(saturating: input.taoWeight ?? 0)
            .safeDiv(U96F32(saturating: UInt64.max)))
        return (0..<input.n).map { i in
            let alpha = I64F64(saturating: i < input.alphaStakeRao.count ? input.alphaStakeRao[i] : 0)
            let rootRao = input.rootStakeRao.map { i < $0.count ? $0[i] : 0 } ?? 0
            let tao = I64F64(saturating: rootRao)
            return alpha.saturatingAdd(tao.saturatingMul(taoWeight))
        }
    }

    /// The epoch's stake vector `S`: stake below `StakeThreshold` zeroed (owner exempt), normalised in
    /// `I64F64`, then truncated to `I32F32`.
    static func stakeWeights(_ input: EpochInput, threshold: UInt64) -> [I32F32] {
        var filtered = totalStake(input)
        for i in filtered.indices where i != input.ownerUID {
            if filtered[i].saturatingInteger(UInt64.self) < threshold { filtered[i] = .zero }
        }
        VectorMath.normalize64(&filtered)
        return filtered.map { I32F32(saturating: $0) }
    }
}
