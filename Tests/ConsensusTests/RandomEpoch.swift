import Consensus
import TestSupport

/// Random small epoch inputs and hyperparameters, drawn from a seeded generator.
enum RandomEpoch {
    /// `n` rows with each entry present with probability `density`%, random `u16` values.
    static func rows(_ n: Int, density: Int, _ rng: inout SplitMix64) -> [[SparseU16Entry]] {
        (0..<n).map { _ in
            (0..<n).compactMap { j in
                Int.random(in: 0..<100, using: &rng) < density
                    ? SparseU16Entry(uid: UInt16(j), value: UInt16.random(in: 0...UInt16.max, using: &rng)) : nil
            }
        }
    }

    /// An input with up to 24 UIDs and every field random (some UIDs inactive, outdated or unstaked).
    static func input(_ rng: inout SplitMix64) -> EpochInput {
        let n = Int.random(in: 0...24, using: &rng)
        let block = UInt64.random(in: 1...20_000, using: &rng)
        let stakeCap: UInt64 = Bool.random(using: &rng) ? 1_000 : 21_000_000_000_000_000
        return EpochInput(
            n: n, currentBlock: block, tempo: UInt64.random(in: 1...400, using: &rng),
            activityCutoffBlocks: UInt64.random(in: 1...5000, using: &rng),
            lastUpdate: (0..<n).map { _ in UInt64.random(in: 0...block, using: &rng) },
            blockAtRegistration: (0..<n).map { _ in UInt64.random(in: 0...block, using: &rng) },
            alphaStakeRao: (0..<n).map { _ in Bool.random(using: &rng) ? UInt64.random(in: 0...stakeCap, using: &rng) : 0 },
            rootStakeRao: (0..<n).map { _ in UInt64.random(in: 0...stakeCap, using: &rng) },
            taoWeight: UInt64.random(in: 0...UInt64.max, using: &rng),
            validatorPermitPrev: (0..<n).map { _ in Bool.random(using: &rng) },
            weights: rows(n, density: 40, &rng), bondsPrev: rows(n, density: 30, &rng),
            lastMechanismStepBlock: Bool.random(using: &rng) ? 0 : block - 1,
            ownerUID: n > 0 && Bool.random(using: &rng) ? Int.random(in: 0..<n, using: &rng) : nil,
            raoEmission: UInt64.random(in: 0...10_000_000_000, using: &rng))
    }

    /// Hyperparameters with every field random, including Yuma3 and liquid alpha on or off.
    static func hyperparameters(_ rng: inout SplitMix64) -> EpochHyperparameters {
        EpochHyperparameters(
            kappa: UInt16.random(in: 0...UInt16.max, using: &rng),
            bondsPenalty: [0, 65535, UInt16.random(in: 0...UInt16.max, using: &rng)].randomElement(using: &rng)!,
            bondsMovingAverage: UInt64.random(in: 0...1_000_000, using: &rng),
            liquidAlpha: Bool.random(using: &rng), alphaLow: UInt16.random(in: 0...30_000, using: &rng),
            alphaHigh: UInt16.random(in: 30_000...UInt16.max, using: &rng),
            alphaSigmoidSteepness: Int16.random(in: Int16.min...Int16.max, using: &rng),
            yuma3: Bool.random(using: &rng), maxAllowedValidators: Int.random(in: 0...30, using: &rng),
            stakeThreshold: Bool.random(using: &rng) ? 0 : UInt64.random(in: 0...500, using: &rng))
    }
}
