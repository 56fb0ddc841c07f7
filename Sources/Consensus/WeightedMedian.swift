import FixedPoint

/// The stake-weighted median of subtensor's `epoch/math.rs` (`weighted_median`,
/// `weighted_median_col_sparse`).
public enum WeightedMedian {
    /// `weighted_median`: deterministic mid-pivot quickselect on stake mass.
    ///
    /// The pivot is the score at index `count / 2` of the current partition (in original order); entries
    /// equal to the pivot join neither side. The lower side is taken while its cumulative stake exceeds
    /// `minority`, the upper side while the stake above it is at most `minority`; otherwise the pivot is
    /// the median.
    public static func median(
        stake: [I32F32], score: [I32F32], partition: [Int], minority: I32F32, lo: I32F32, hi: I32F32
    ) -> I32F32 {
        var current = partition
        var partitionLo = lo
        var partitionHi = hi
        var iterations = 0
        let limit = partition.count
        while iterations <= limit {
            let count = current.count
            if count == 0 { return .zero }
            if count == 1 { return score[current[0]] }
            let pivot = score[current[count / 2]]
            var loStake = I32F32.zero
            var hiStake = I32F32.zero
            var lower: [Int] = []
            var upper: [Int] = []
            for index in current {
                let value = score[index]
                if value == pivot { continue }
                if value < pivot {
                    loStake = loStake.saturatingAdd(stake[index])
                    lower.append(index)
                } else {
                    hiStake = hiStake.saturatingAdd(stake[index])
                    upper.append(index)
                }
            }
            if minority < partitionLo.saturatingAdd(loStake) && !lower.isEmpty {
                current = lower
                partitionHi = partitionLo.saturatingAdd(loStake)
            } else if partitionHi.saturatingSub(hiStake) <= minority && !upper.isEmpty {
                current = upper
                partitionLo = partitionHi.saturatingSub(hiStake)
            } else {
                return pivot
            }
            iterations += 1
        }
        return .zero
    }

    /// `weighted_median_col_sparse`: per column, the weighted median of the scores of the rows with
    /// positive stake (stake re-normalised over those rows), with `minority = Σ stake − majority`.
    public static func columnMedians(
        stake: [I32F32], score: SparseMatrix, columns: Int, majority: I32F32
    ) -> [I32F32] {
        var useStake = stake.filter { $0 > .zero }
        VectorMath.normalize(&useStake)
        let stakeSum = VectorMath.sum(useStake)
        let minority = stakeSum.saturatingSub(majority)
        var useScore = [[I32F32]](repeating: [I32F32](repeating: .zero, count: useStake.count), count: columns)
        var k = 0
        for r in stake.indices {
            guard r < score.count else { continue }
            if stake[r] <= .zero { continue }
            for entry in score[r] where entry.column < columns { useScore[entry.column][k] = entry.value }
            k += 1
        }
        let partition = Array(0..<useStake.count)
        return (0..<columns).map { c in
            median(stake: useStake, score: useScore[c], partition: partition, minority: minority,
                   lo: .zero, hi: stakeSum)
        }
    }
}
