import Consensus
import FixedPoint
import Testing
import TestSupport

/// Yuma's security claim (specs/chain.md §1.7): validators holding less than `kappa` of the active stake
/// cannot lift a miner's consensus weight above what the other validators give it.
@Suite struct CoalitionPropertyTests {
    /// How the coalition sets its weights.
    enum Attack: CaseIterable {
        /// Everything on one miner.
        case allOnOne
        /// Maximum weight on one miner, the minimum (1) on every other.
        case oneHighRestLow
        /// Random weights.
        case random
        /// The honest validator's row with the lowest weight raised to the maximum.
        case liftWeakest
    }

    /// One case: validators `0..<validators` (a coalition among them), miners after them; every validator
    /// is permitted, active, registered before its update and weights only miners, so the consensus
    /// scores are the row-normalised weights.
    struct Case {
        var input: EpochInput
        var kappa: UInt16
        var coalition: [Bool]
    }

    func randomCase(_ rng: inout SplitMix64, attack: Attack) -> Case {
        let validators = Int.random(in: 2...12, using: &rng)
        let miners = Int.random(in: 1...12, using: &rng)
        let n = validators + miners
        let kappa = UInt16.random(in: 6554...65535, using: &rng)
        let stake = (0..<n).map { $0 < validators ? UInt64.random(in: 1...1_000_000_000_000, using: &rng) : 0 }
        // A coalition of random validators, dropped one by one until it holds less than kappa with a margin
        // of 2^-20 of the total (far above the truncations of the stake normalisations).
        var coalition = (0..<n).map { $0 < validators && Bool.random(using: &rng) }
        let total = UInt128(stake.reduce(0, +))
        func share(_ members: [Bool]) -> UInt128 { zip(members, stake).reduce(0) { $0 + ($1.0 ? UInt128($1.1) : 0) } }
        while share(coalition) * 65535 << 20 >= UInt128(kappa) * total * ((1 << 20) - 1) {
            coalition[coalition.lastIndex(of: true)!] = false
        }
        let honestRow = { (rng: inout SplitMix64) -> [SparseU16Entry] in
            (validators..<n).compactMap { j in
                Int.random(in: 0..<4, using: &rng) == 0
                    ? nil : SparseU16Entry(uid: UInt16(j), value: UInt16.random(in: 0...65535, using: &rng))
            }
        }
        let target = Int.random(in: validators..<n, using: &rng)
        let weights: [[SparseU16Entry]] = (0..<n).map { i in
            guard i < validators else { return [] }
            guard coalition[i] else { return honestRow(&rng) }
            switch attack {
            case .allOnOne:
                return [SparseU16Entry(uid: UInt16(target), value: 65535)]
            case .oneHighRestLow:
                return (validators..<n).map { SparseU16Entry(uid: UInt16($0), value: $0 == target ? 65535 : 1) }
            case .random:
                return (validators..<n).map { SparseU16Entry(uid: UInt16($0), value: UInt16.random(in: 0...65535, using: &rng)) }
            case .liftWeakest:
                var row = honestRow(&rng)
                if let weakest = row.indices.min(by: { row[$0].value < row[$1].value }) { row[weakest].value = 65535 }
                return row
            }
        }
        let input = EpochInput(
            n: n, currentBlock: 1000, tempo: 360, activityCutoffBlocks: 5000,
            lastUpdate: [UInt64](repeating: 999, count: n), blockAtRegistration: [UInt64](repeating: 1, count: n),
            alphaStakeRao: stake, validatorPermitPrev: (0..<n).map { $0 < validators },
            weights: weights, bondsPrev: [[SparseU16Entry]](repeating: [], count: n), raoEmission: 1_000_000_000)
        return Case(input: input, kappa: kappa, coalition: coalition)
    }

    @Test(arguments: Attack.allCases)
    func coalitionBelowKappaCannotLiftConsensus(attack: Attack) {
        var rng = SplitMix64(state: 0xC0A1 &+ UInt64(Attack.allCases.firstIndex(of: attack)!))
        for round in 0..<200 {
            let c = randomCase(&rng, attack: attack)
            let output = Yuma.epoch(c.input, EpochHyperparameters(kappa: c.kappa, maxAllowedValidators: 64))
            // The consensus scores: each validator's row as I32F32 integers, normalised by its sum.
            var rows: SparseMatrix = c.input.weights.map { row in row.map { SparseEntry(Int($0.uid), I32F32($0.value)) } }
            SparseMath.rowNormalize(&rows)
            for j in 0..<c.input.n {
                var highest = I32F32.zero
                for (i, row) in rows.enumerated() where !c.coalition[i] {
                    for entry in row where entry.column == j && entry.value > highest { highest = entry.value }
                }
                // The u16 conversion floors `x * 65535`, which is monotone: no slack is needed.
                #expect(output.consensus[j] <= fixedProportionToU16(highest),
                        "round \(round) miner \(j): consensus \(output.consensus[j]), best outside \(highest)")
            }
        }
    }
}
