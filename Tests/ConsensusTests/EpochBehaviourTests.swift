import Consensus
import Testing

/// Rules of specs/chain.md §1 that the public vector file does not exercise, checked on small
/// hand-computed inputs.
@Suite struct EpochBehaviourTests {
    /// One permitted validator (UID 0) weighting UIDs 1 and 2 equally; UID 2 registered at block 5.
    func validatorInput(commitBlocks: [UInt64?]? = nil) -> EpochInput {
        EpochInput(
            n: 3, currentBlock: 10, tempo: 360, activityCutoffBlocks: 5000,
            lastUpdate: [10, 1, 5], blockAtRegistration: [1, 1, 5], alphaStakeRao: [1_000, 0, 0],
            validatorPermitPrev: [true, false, false],
            weights: [[SparseU16Entry(uid: 1, value: 65535), SparseU16Entry(uid: 2, value: 65535)], [], []],
            bondsPrev: [[], [], []], raoEmission: 1_000_000_000, weightCommitBlock: commitBlocks)
    }

    @Test func equalWeightsSplitIncentive() {
        let output = Yuma.epoch(validatorInput(), EpochHyperparameters())
        // Row [0.5, 0.5]; single validator, so consensus = 0.5 and incentive = 0.5 -> 32767 (floor).
        #expect(output.consensus == [0, 32767, 32767])
        #expect(output.incentive == [0, 32767, 32767])
        #expect(output.dividends == [65535, 0, 0])
        #expect(output.validatorPermit == [true, false, false])
    }

    @Test func commitRevealMaskDropsWeightsCommittedBeforeRegistration() {
        // UID 0's earliest commit (block 3) predates UID 2's registration (block 5): (0, 2) is removed.
        let masked = Yuma.epoch(validatorInput(commitBlocks: [3, nil, nil]), EpochHyperparameters())
        #expect(masked.incentive == [0, 65535, 0])
        // A commit at or after the registration block keeps the weight.
        let kept = Yuma.epoch(validatorInput(commitBlocks: [5, nil, nil]), EpochHyperparameters())
        #expect(kept.incentive == [0, 32767, 32767])
    }

    @Test func outOfRangeUIDsAreIgnored() {
        var input = validatorInput()
        input.weights[0].append(SparseU16Entry(uid: 7, value: 65535))
        input.weights.append([SparseU16Entry(uid: 1, value: 65535)])
        let output = Yuma.epoch(input, EpochHyperparameters())
        #expect(output.incentive == [0, 32767, 32767])
        #expect(output.bonds.count == 3)
    }

    func stakeInput(alpha: [UInt64], root: [UInt64]? = nil, taoWeight: UInt64? = nil, owner: Int? = nil) -> EpochInput {
        let n = alpha.count
        return EpochInput(
            n: n, currentBlock: 2, tempo: 360, activityCutoffBlocks: 5000,
            lastUpdate: [UInt64](repeating: 1, count: n), blockAtRegistration: [UInt64](repeating: 1, count: n),
            alphaStakeRao: alpha, rootStakeRao: root, taoWeight: taoWeight,
            validatorPermitPrev: [Bool](repeating: false, count: n),
            weights: [[SparseU16Entry]](repeating: [], count: n), bondsPrev: [[SparseU16Entry]](repeating: [], count: n),
            ownerUID: owner, raoEmission: 1_000_000_000)
    }

    @Test func stakeThresholdZeroesLowStakeExceptOwner() {
        let threshold = EpochHyperparameters(stakeThreshold: 10)
        let noOwner = Yuma.epoch(stakeInput(alpha: [5, 100, 3]), threshold)
        #expect(noOwner.stakeWeight == [0, 65535, 0])
        #expect(noOwner.validatorPermit == [false, true, false])
        let withOwner = Yuma.epoch(stakeInput(alpha: [5, 100, 3], owner: 2), threshold)
        #expect(withOwner.stakeWeight[0] == 0)
        #expect(withOwner.stakeWeight[2] > 0)
        #expect(withOwner.validatorPermit == [false, true, true])
    }

    @Test func rootStakeCountsWithTaoWeight() {
        // TaoWeight = u64::MAX is exactly 1.0: both UIDs hold one unit of stake.
        let full = Yuma.epoch(stakeInput(alpha: [1, 0], root: [0, 1], taoWeight: .max), EpochHyperparameters())
        #expect(full.stakeWeight == [32767, 32767])
        let none = Yuma.epoch(stakeInput(alpha: [1, 0], root: [0, 1], taoWeight: 0), EpochHyperparameters())
        #expect(none.stakeWeight == [65535, 0])
    }

    @Test func topKPermitsKeepLowestUIDOnTies() {
        // Equal stakes, two slots: the stable ascending sort clears the lowest UIDs first.
        let output = Yuma.epoch(stakeInput(alpha: [4, 4, 4, 0]), EpochHyperparameters(maxAllowedValidators: 2))
        #expect(output.validatorPermit == [false, true, true, false])
    }
}
