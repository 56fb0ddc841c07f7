import FixedPoint

extension Yuma {
    /// `compute_disabled_liquid_alpha`: `1 - I32F32(I64F64(BondsMovingAverage) / 1_000_000)`.
    public static func bondsAlpha(movingAverage: UInt64) -> I32F32 {
        let average = I64F64(saturating: movingAverage).safeDiv(I64F64(saturating: 1_000_000 as UInt64))
        return I32F32.one.saturatingSub(I32F32(saturating: average))
    }

    /// `alpha_sigmoid`: the liquid alpha for one (validator, miner) pair (specs/chain.md §1.10b).
    public static func alphaSigmoid(
        consensus: I32F32, weight: I32F32, bond: I32F32, alphaLow: I32F32, alphaHigh: I32F32, steepness: I32F32
    ) -> I32F32 {
        let zero = I32F32.zero
        let one = I32F32.one
        let offset = I32F32(bits: 1 << 31)
        let diffBuy = clamp(weight.saturatingSub(consensus), zero, one)
        let diffSell = clamp(bond.saturatingSub(weight), zero, one)
        let combined = weight >= bond ? diffBuy : diffSell
        let k = steepness.saturatingDiv(I32F32(-100))
        let exponent = k.saturatingMul(combined.saturatingSub(offset))
        let sigmoid = one.saturatingDiv(one.saturatingAdd(exponent.expSafe()))
        let alpha = alphaLow.saturatingAdd(sigmoid.saturatingMul(alphaHigh.saturatingSub(alphaLow)))
        return clamp(alpha, alphaLow, alphaHigh)
    }

    static func clamp(_ x: I32F32, _ low: I32F32, _ high: I32F32) -> I32F32 {
        if x < low { return low }
        if x > high { return high }
        return x
    }

    /// Loads stored `u16` bond rows as integer-valued `I32F32` (`get_bonds_sparse`), or as proportions
    /// `u16 / 65535` (`get_bonds_sparse_fixed_proportion`), ignoring entries and rows beyond `n`.
    static func loadBonds(_ rows: [[SparseU16Entry]], n: Int, proportion: Bool) -> SparseMatrix {
        (0..<n).map { i in
            guard i < rows.count else { return [] }
            return rows[i].compactMap { entry in
                let j = Int(entry.uid)
                guard j < n else { return nil }
                let value = proportion ? u16ProportionToFixed(entry.value) : I32F32(saturating: entry.value)
                return SparseEntry(j, value)
            }
        }
    }

    /// Classic Yuma bonds (Yuma3On = false): returns the column-normalised EMA bonds.
    static func classicBonds(
        weightsForBonds: SparseMatrix, bonds: SparseMatrix, activeStake: [I32F32], n: Int,
        hyperparameters: EpochHyperparameters
    ) -> SparseMatrix {
        var previous = bonds
        SparseMath.columnNormalize(&previous, columns: n)
        var delta = SparseMath.rowHadamard(weightsForBonds, activeStake)
        SparseMath.columnNormalize(&delta, columns: n)
        let alpha = bondsAlpha(movingAverage: hyperparameters.bondsMovingAverage)
        var ema = SparseMath.ema(new: delta, old: previous, alpha: alpha)
        SparseMath.columnNormalize(&ema, columns: n)
        return ema
    }

    /// Yuma3 bonds (`compute_bonds_sparse`): liquid-alpha EMA when enabled and some consensus is
    /// non-zero, otherwise the fixed-alpha EMA. Returns the raw (capacity-capped) EMA bonds.
    static func yuma3Bonds(
        weightsForBonds: SparseMatrix, bonds: SparseMatrix, consensus: [I32F32], n: Int,
        hyperparameters: EpochHyperparameters
    ) -> SparseMatrix {
        let liquid = hyperparameters.liquidAlpha && !consensus.isEmpty && consensus.contains { $0 != .zero }
        guard liquid else {
            let alpha = bondsAlpha(movingAverage: hyperparameters.bondsMovingAverage)
            return SparseMath.ema(new: weightsForBonds, old: bonds, alpha: alpha)
        }
        let alphaLow = u16ProportionToFixed(hyperparameters.alphaLow)
        let alphaHigh = u16ProportionToFixed(hyperparameters.alphaHigh)
        let steepness = I32F32(Int(hyperparameters.alphaSigmoidSteepness))
        var alphas: [[I32F32]] = []
        alphas.reserveCapacity(n)
        for i in 0..<n {
            var weightRow = [I32F32](repeating: .zero, count: n)
            var bondRow = [I32F32](repeating: .zero, count: n)
            // First matching entry wins, as `iter().find`.
            for entry in weightsForBonds[i].reversed() { weightRow[entry.column] = entry.value }
            for entry in bonds[i].reversed() { bondRow[entry.column] = entry.value }
            var row: [I32F32] = []
            row.reserveCapacity(n)
            for j in 0..<n {
                row.append(alphaSigmoid(consensus: consensus[j], weight: weightRow[j], bond: bondRow[j],
                                        alphaLow: alphaLow, alphaHigh: alphaHigh, steepness: steepness))
            }
            alphas.append(row)
        }
        return SparseMath.emaAlpha(new: weightsForBonds, old: bonds, alpha: alphas)
    }
}
