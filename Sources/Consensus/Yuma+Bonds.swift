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

    /// `I32F32::from_num(u16)`: the integer in the upper 32 bits.
    static func fixed(_ value: UInt16) -> I32F32 { I32F32(bits: Int64(value) << 32) }

    /// Loads stored `u16` bond rows as integer-valued `I32F32` (`get_bonds_sparse`), or as proportions
    /// `u16 / 65535` (`get_bonds_sparse_fixed_proportion`), ignoring entries and rows beyond `n` and
    /// keeping only the columns `j` where `keep(j)` (the recency mask, `scalar_vec_mask_sparse_matrix`).
    static func loadBonds(
        _ rows: [[SparseU16Entry]], n: Int, proportion: Bool, keep: (Int) -> Bool
    ) -> SparseMatrix {
        (0..<n).map { i in
            guard i < rows.count else { return [] }
            var row: [SparseEntry] = []
            row.reserveCapacity(rows[i].count)
            for entry in rows[i] {
                let j = Int(entry.uid)
                guard j < n, keep(j) else { continue }
                row.append(SparseEntry(j, proportion ? u16ProportionToFixed(entry.value) : fixed(entry.value)))
            }
            return row
        }
    }

    /// The bond rows an epoch stores (§1.12): each UID's row as `u16` proportions if it holds a new
    /// permit, empty otherwise. With `divisors`, the rows are first column-divided as
    /// `SparseMath.divideColumns` divides them (only the stored rows are divided).
    static func storedBondRows(
        _ bonds: SparseMatrix, permits: [Bool], dividedBy divisors: [I32F32]? = nil
    ) -> [[SparseU16Entry]] {
        bonds.indices.map { i in
            guard permits[i] else { return [] }
            return bonds[i].map { entry in
                let value = divisors.map { SparseMath.divided(entry.value, by: $0[entry.column]) } ?? entry.value
                return SparseU16Entry(uid: UInt16(entry.column), value: fixedProportionToU16(value))
            }
        }
    }

    /// Classic Yuma bonds (Yuma3On = false): turns `bonds` into the column-normalised EMA bonds.
    static func updateClassicBonds(
        _ bonds: inout SparseMatrix, weightsForBonds: consuming SparseMatrix, activeStake: [I32F32], n: Int,
        hyperparameters: EpochHyperparameters
    ) {
        SparseMath.columnNormalize(&bonds, columns: n)
        SparseMath.rowHadamard(&weightsForBonds, activeStake)
        SparseMath.columnNormalize(&weightsForBonds, columns: n)
        let alpha = bondsAlpha(movingAverage: hyperparameters.bondsMovingAverage)
        let sums = SparseMath.ema(new: weightsForBonds, old: &bonds, alpha: alpha)
        SparseMath.divideColumns(&bonds, by: sums)
    }

    /// Yuma3 bonds (`compute_bonds_sparse`): liquid-alpha EMA when enabled and some consensus is
    /// non-zero, otherwise the fixed-alpha EMA. Turns `bonds` into the raw (capacity-capped) EMA bonds and
    /// returns their column sums (`SparseMath.columnSums`).
    static func updateYuma3Bonds(
        _ bonds: inout SparseMatrix, weightsForBonds: SparseMatrix, consensus: [I32F32], n: Int,
        hyperparameters: EpochHyperparameters
    ) -> [I32F32] {
        let liquid = hyperparameters.liquidAlpha && !consensus.isEmpty && consensus.contains { $0 != .zero }
        guard liquid else {
            let alpha = bondsAlpha(movingAverage: hyperparameters.bondsMovingAverage)
            return SparseMath.ema(new: weightsForBonds, old: &bonds, alpha: alpha)
        }
        let alphaLow = u16ProportionToFixed(hyperparameters.alphaLow)
        let alphaHigh = u16ProportionToFixed(hyperparameters.alphaHigh)
        let steepness = I32F32(Int(hyperparameters.alphaSigmoidSteepness))
        // subtensor fills a dense n × n alpha matrix, but `mat_ema_alpha_sparse` reads alpha only at the
        // columns of row i's weight and bond entries: compute those, once per (i, j), from the first
        // matching weight and bond entry (as `iter().find`) or zero.
        var weightRow = [I32F32](repeating: .zero, count: n)
        var bondRow = [I32F32](repeating: .zero, count: n)
        var alphaRow = [I32F32](repeating: .zero, count: n)
        var alphaRowOf = [Int](repeating: -1, count: n)
        var decayed = [I32F32](repeating: .zero, count: n)
        for i in 0..<n {
            for entry in weightsForBonds[i].reversed() { weightRow[entry.column] = entry.value }
            for entry in bonds[i].reversed() { bondRow[entry.column] = entry.value }
            let row = SparseMath.emaAlphaRow(new: weightsForBonds[i], old: bonds[i], decayed: &decayed) { j in
                if alphaRowOf[j] != i {
                    alphaRow[j] = alphaSigmoid(consensus: consensus[j], weight: weightRow[j], bond: bondRow[j],
                                               alphaLow: alphaLow, alphaHigh: alphaHigh, steepness: steepness)
                    alphaRowOf[j] = i
                }
                return alphaRow[j]
            }
            for entry in weightsForBonds[i] { weightRow[entry.column] = .zero }
            for entry in bonds[i] { bondRow[entry.column] = .zero }
            bonds[i] = row
        }
        return SparseMath.columnSums(bonds, columns: n)
    }
}
