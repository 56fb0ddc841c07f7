import FixedPoint

/// Yuma Consensus: subtensor's sparse epoch (`epoch_mechanism`), bit-exact (specs/chain.md §1).
///
/// Pure and deterministic: fixed-point integer arithmetic only, no floating point, no hashing order,
/// no clock.
public enum Yuma {
    /// Runs one epoch on `input` with `hyperparameters` and returns every per-UID term it writes.
    public static func epoch(_ input: EpochInput, _ hyperparameters: EpochHyperparameters) -> EpochOutput {
        let n = input.n
        let lastUpdate = padded(input.lastUpdate, n, 0)
        let registration = padded(input.blockAtRegistration, n, 0)
        let owner = input.ownerUID.flatMap { $0 >= 0 && $0 < n ? $0 : nil }

        // §1.3 activity: `last_update + cutoff < current_block` with a saturating add.
        let inactive = lastUpdate.map { updated in
            let (expiry, overflow) = updated.addingReportingOverflow(input.activityCutoffBlocks)
            return !overflow && expiry < input.currentBlock
        }
        let active = inactive.map { !$0 }

        // §1.2 stake.
        let stake = stakeWeights(input, threshold: hyperparameters.stakeThreshold)

        // §1.4 permits (previous epoch's permits mask this epoch).
        var permitPrev = padded(input.validatorPermitPrev, n, false)
        if let owner { permitPrev[owner] = true }
        let forbids = permitPrev.map { !$0 }
        var newPermits = VectorMath.isTopKNonzero(stake, k: hyperparameters.maxAllowedValidators)
        if let owner { newPermits[owner] = true }

        // §1.5 active stake.
        var activeStake = stake
        for i in 0..<n where inactive[i] || forbids[i] { activeStake[i] = .zero }
        VectorMath.normalize(&activeStake)

        // §1.6 weights.
        let weights = preprocessWeights(input, n: n, forbids: forbids, owner: owner,
                                        lastUpdate: lastUpdate, registration: registration)

        // §1.7 consensus, clipping, validator trust.
        let kappa = u16ProportionToFixed(hyperparameters.kappa)
        let consensus = WeightedMedian.columnMedians(stake: activeStake, score: weights, columns: n, majority: kappa)
        // W is read again only to interpolate towards W_clip (§1.9) when the penalty is below 1; otherwise
        // it is clipped in place.
        let bondsPenalty = u16ProportionToFixed(hyperparameters.bondsPenalty)
        let unclipped = bondsPenalty == .one ? nil : weights
        var clipped = consume weights
        // §1.8 ranks (`matmul_sparse` of the clipped weights) in the same pass.
        let (validatorTrust, ranks) = SparseMath.columnClip(&clipped, consensus, vector: activeStake, columns: n)

        // §1.8 incentive.
        let incentive = VectorMath.normalized(ranks)

        // §1.9 bonds input.
        let weightsForBonds: SparseMatrix
        if let unclipped {
            weightsForBonds = SparseMath.interpolate(unclipped, clipped, columns: n, ratio: bondsPenalty)
        } else {
            weightsForBonds = consume clipped
        }

        // §1.10 bonds and dividends.
        // §1.3 recency: bonds to UIDs registered at or after `last_tempo` are dropped.
        let lastTempo = input.lastMechanismStepBlock == 0
            ? (input.currentBlock >= input.tempo ? input.currentBlock - input.tempo : 0)
            : (input.lastMechanismStepBlock == .max ? .max : input.lastMechanismStepBlock + 1)
        var bonds = loadBonds(input.bondsPrev, n: n, proportion: hyperparameters.yuma3) { j in
            lastTempo > registration[j]
        }

        var dividends: [I32F32]
        let bondRows: [[SparseU16Entry]]
        if hyperparameters.yuma3 {
            let columnSums = updateYuma3Bonds(&bonds, weightsForBonds: weightsForBonds, consensus: consensus,
                                              n: n, hyperparameters: hyperparameters)
            // The EMA is stored as it is; the dividends read it column-normalised (each entry divided as it
            // is read, the normalised matrix never written).
            bondRows = storedBondRows(bonds, permits: newPermits)
            let perValidator = SparseMath.matVecMulRowSums(bonds, dividedBy: columnSums, incentive)
            dividends = (0..<n).map { i in perValidator[i].checkedMul(activeStake[i]) ?? .zero }
            VectorMath.normalize(&dividends)
        } else {
            updateClassicBonds(&bonds, weightsForBonds: consume weightsForBonds, activeStake: activeStake, n: n,
                               hyperparameters: hyperparameters)
            dividends = SparseMath.matmulTranspose(bonds, incentive)
            VectorMath.normalize(&dividends)
            // `inplace_col_max_upscale_sparse`, applied to the stored rows only.
            bondRows = storedBondRows(bonds, permits: newPermits,
                                      dividedBy: SparseMath.columnMaxima(bonds, columns: n))
        }

        // §1.11 emission split.
        let emissions = splitEmission(incentive: incentive, dividends: dividends, stake: stake,
                                      activeStake: activeStake, raoEmission: input.raoEmission)

        return EpochOutput(
            stakeWeight: stake.map(fixedProportionToU16),
            active: active,
            consensus: consensus.map(fixedProportionToU16),
            incentive: incentive.map(fixedProportionToU16),
            dividends: dividends.map(fixedProportionToU16),
            validatorTrust: validatorTrust.map(fixedProportionToU16),
            validatorPermit: newPermits,
            serverEmission: emissions.server,
            validatorEmission: emissions.validator,
            emission: emissions.combined,
            bonds: bondRows
        )
    }

    /// §1.6: permit rows → diagonal (owner exempt) → outdated entries → commit-reveal → row normalisation.
    /// Entries with a target `>= n` and rows `>= n` are ignored. The commit-reveal step runs only when
    /// `input.weightCommitBlock` is given: `(i, j)` is removed if `commit_block_i < block_at_registration_j`.
    ///
    /// The four masks only remove entries, so they are applied as one filter per row (equal to
    /// `maskRows`, `maskDiagonal`, `vecMask` and the commit mask applied in turn).
    static func preprocessWeights(
        _ input: EpochInput, n: Int, forbids: [Bool], owner: Int?, lastUpdate: [UInt64], registration: [UInt64]
    ) -> SparseMatrix {
        var weights: SparseMatrix = (0..<n).map { i in
            guard i < input.weights.count, !forbids[i] else { return [] }
            let commitBlock = input.weightCommitBlock.flatMap { i < $0.count ? $0[i] : nil }
            var row: [SparseEntry] = []
            row.reserveCapacity(input.weights[i].count)
            for entry in input.weights[i] {
                let j = Int(entry.uid)
                guard j < n, j != i || i == owner, lastUpdate[i] > registration[j] else { continue }
                if let commitBlock, commitBlock < registration[j] { continue }
                row.append(SparseEntry(j, fixed(entry.value)))
            }
            return row
        }
        SparseMath.rowNormalize(&weights)
        return weights
    }

    static func padded<T>(_ values: [T], _ n: Int, _ fill: T) -> [T] {
        if values.count >= n { return Array(values.prefix(n)) }
        return values + [T](repeating: fill, count: n - values.count)
    }
}
