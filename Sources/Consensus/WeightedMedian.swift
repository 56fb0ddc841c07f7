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
    ///
    /// - Complexity: O(k) expected for `k` partition entries (each round keeps one side).
    public static func median(
        stake: [I32F32], score: [I32F32], partition: [Int], minority: I32F32, lo: I32F32, hi: I32F32
    ) -> I32F32 {
        var scratch = Scratch(capacity: partition.count)
        defer { scratch.deallocate() }
        for (position, index) in partition.enumerated() {
            scratch.current[position] = Candidate(score: score[index], stake: stake[index])
        }
        return scratch.median(count: partition.count, minority: minority, lo: lo, hi: hi)
    }

    /// One row's score in the column and its stake.
    struct Candidate {
        var score: I32F32
        var stake: I32F32
    }

    /// Three buffers of candidates: the current partition, and its lower and upper sides as one round
    /// splits it (in order, so the pivot choice and the order of the stake sums are subtensor's).
    struct Scratch {
        var current: UnsafeMutableBufferPointer<Candidate>
        var lower: UnsafeMutableBufferPointer<Candidate>
        var upper: UnsafeMutableBufferPointer<Candidate>

        init(capacity: Int) {
            current = .allocate(capacity: capacity)
            lower = .allocate(capacity: capacity)
            upper = .allocate(capacity: capacity)
        }

        func deallocate() {
            current.deallocate()
            lower.deallocate()
            upper.deallocate()
        }

        /// `weighted_median` of the first `count` candidates of `current` (which it overwrites).
        mutating func median(count initialCount: Int, minority: I32F32, lo: I32F32, hi: I32F32) -> I32F32 {
            var count = initialCount
            var partitionLo = lo
            var partitionHi = hi
            var iterations = 0
            while iterations <= initialCount {
                if count == 0 { return .zero }
                if count == 1 { return current[0].score }
                let pivot = current[count / 2].score
                var loStake = I32F32.zero
                var hiStake = I32F32.zero
                var loCount = 0
                var hiCount = 0
                for position in 0..<count {
                    // Both sides are written every time and only the matching one advances, with 0/1
                    // arithmetic instead of branches (the comparisons are unpredictable); adding a zero
                    // stake leaves a saturating sum unchanged.
                    let candidate = current[position]
                    let isLower = Int(unsafeBitCast(candidate.score < pivot, to: UInt8.self))
                    let isUpper = Int(unsafeBitCast(candidate.score > pivot, to: UInt8.self))
                    lower[loCount] = candidate
                    upper[hiCount] = candidate
                    loCount &+= isLower
                    hiCount &+= isUpper
                    loStake = loStake.saturatingAdd(I32F32(bits: candidate.stake.bits & -Int64(isLower)))
                    hiStake = hiStake.saturatingAdd(I32F32(bits: candidate.stake.bits & -Int64(isUpper)))
                }
                if minority < partitionLo.saturatingAdd(loStake) && loCount > 0 {
                    swap(&current, &lower)
                    count = loCount
                    partitionHi = partitionLo.saturatingAdd(loStake)
                } else if partitionHi.saturatingSub(hiStake) <= minority && hiCount > 0 {
                    swap(&current, &upper)
                    count = hiCount
                    partitionLo = partitionHi.saturatingSub(hiStake)
                } else {
                    return pivot
                }
                iterations += 1
            }
            return .zero
        }
    }

    /// `weighted_median_col_sparse`: per column, the weighted median of the scores of the rows with
    /// positive stake (stake re-normalised over those rows), with `minority = Σ stake − majority`.
    ///
    /// - Complexity: O(columns × k) expected time and memory for `k` rows with positive stake.
    public static func columnMedians(
        stake: [I32F32], score: SparseMatrix, columns: Int, majority: I32F32
    ) -> [I32F32] {
        var useStake = stake.filter { $0 > .zero }
        VectorMath.normalize(&useStake)
        let stakeSum = VectorMath.sum(useStake)
        let minority = stakeSum.saturatingSub(majority)
        let k = useStake.count
        // Row-major (`scores[row * columns + c]`, missing entries 0): each row is written in place, and
        // reading one column after another walks the rows' cache lines in step.
        var scores = [I32F32](repeating: .zero, count: k * columns)
        var row = 0
        for r in stake.indices {
            guard r < score.count else { continue }
            if stake[r] <= .zero { continue }
            for entry in score[r] where entry.column < columns { scores[row * columns + entry.column] = entry.value }
            row += 1
        }
        var scratch = Scratch(capacity: k)
        defer { scratch.deallocate() }
        return (0..<columns).map { c in
            for row in 0..<k { scratch.current[row] = Candidate(score: scores[row * columns + c], stake: useStake[row]) }
            return scratch.median(count: k, minority: minority, lo: .zero, hi: stakeSum)
        }
    }
}
