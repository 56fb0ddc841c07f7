import Consensus

/// A deterministic, realistic epoch input for benchmarking `Yuma.epoch`.
///
/// UIDs `0..<validators` hold the largest stakes and weight every UID (dense rows, distinct `u16`
/// values); every UID's stake is distinct; all UIDs are active and registered before the validators'
/// last update, so no weight is masked. The bonds are those of a previous (warm-up) epoch on
/// independently drawn weights, and the permits are the ones that epoch granted, so the measured epoch
/// takes the full bond path (EMA of existing bonds, and with liquid alpha one `exp` per bond).
public struct EpochScenario: Sendable {
    /// The number of UIDs.
    public let n: Int
    /// The number of validators (UIDs with a permit and a weight row).
    public let validators: Int
    /// The hyperparameters both epochs run with.
    public let hyperparameters: EpochHyperparameters
    /// The measured epoch's input (bonds and permits from the warm-up epoch).
    public let input: EpochInput

    /// Builds the scenario from `seed`; the same arguments always give the same input.
    /// - Parameters:
    ///   - n: UIDs (at most 4096, as subtensor allows).
    ///   - validators: validators, at most `n`.
    ///   - yuma3: `Yuma3On` (capacity-capped bonds) or classic bonds.
    ///   - liquidAlpha: `LiquidAlphaOn` (read by the Yuma3 path only, as at subtensor HEAD).
    public init(n: Int, validators: Int, yuma3: Bool, liquidAlpha: Bool, seed: UInt64 = 0xB1_77E2) {
        precondition(0 < validators && validators <= n && n <= 4096)
        self.n = n
        self.validators = validators
        hyperparameters = EpochHyperparameters(
            liquidAlpha: liquidAlpha, yuma3: yuma3, maxAllowedValidators: validators)
        var rng = WyRand(seed: seed)
        let currentBlock: UInt64 = 100_000
        // Distinct stakes: validators 10^6..10^7 TAO-scale, miners far below, all strictly ordered by a
        // shuffled rank so no two UIDs tie.
        let ranks = (0..<n).map { UInt64($0) }.shuffled(using: &rng)
        let stakes = (0..<n).map { uid in
            let base: UInt64 = uid < validators ? 1_000_000_000_000_000 : 1_000_000_000
            return base + ranks[uid] * 1_000_003 + rng.next(below: 1_000_000)
        }
        var warmUp = EpochInput(
            n: n, currentBlock: currentBlock - 360, tempo: 360, activityCutoffBlocks: 5000,
            lastUpdate: (0..<n).map { _ in currentBlock - 400 - rng.next(below: 100) },
            blockAtRegistration: (0..<n).map { _ in rng.next(below: 50_000) },
            alphaStakeRao: stakes,
            validatorPermitPrev: (0..<n).map { $0 < validators },
            weights: Self.denseWeights(n: n, validators: validators, &rng),
            bondsPrev: [[SparseU16Entry]](repeating: [], count: n),
            raoEmission: 1_000_000_000_000)
        let previous = Yuma.epoch(warmUp, hyperparameters)
        warmUp.currentBlock = currentBlock
        warmUp.lastUpdate = (0..<n).map { _ in currentBlock - rng.next(below: 100) }
        warmUp.validatorPermitPrev = previous.validatorPermit
        warmUp.weights = Self.denseWeights(n: n, validators: validators, &rng)
        warmUp.bondsPrev = previous.bonds
        input = warmUp
    }

    /// Rows for UIDs `0..<validators` with an entry for every UID, max-upscaled as `set_weights` stores
    /// them (the largest entry of each row is 65535); other rows are empty.
    static func denseWeights(n: Int, validators: Int, _ rng: inout WyRand) -> [[SparseU16Entry]] {
        (0..<n).map { i in
            guard i < validators else { return [] }
            let raw = (0..<n).map { _ in UInt16(1 + rng.next(below: 65535)) }
            let top = raw.max()!
            return raw.enumerated().map { j, value in
                SparseU16Entry(uid: UInt16(j), value: UInt16(UInt32(value) * 65535 / UInt32(top)))
            }
        }
    }
}
