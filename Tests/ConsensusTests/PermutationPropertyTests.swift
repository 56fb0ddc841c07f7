import Consensus
import Testing
import TestSupport

/// UIDs are labels: renaming them renames the epoch's outputs and changes nothing else, as long as no
/// two UIDs tie on stake (top-k permits break stake ties by UID).
@Suite struct PermutationPropertyTests {
    /// `values` with the element of UID `i` moved to `permutation[i]`.
    func moved<T>(_ values: [T], _ permutation: [Int]) -> [T] {
        var result = values
        for (i, value) in values.enumerated() { result[permutation[i]] = value }
        return result
    }

    /// Sparse rows moved as `moved` does, and their column UIDs renamed.
    func movedRows(_ rows: [[SparseU16Entry]], _ permutation: [Int]) -> [[SparseU16Entry]] {
        moved(rows.map { row in row.map { SparseU16Entry(uid: UInt16(permutation[Int($0.uid)]), value: $0.value) } },
              permutation)
    }

    /// `input` with UID `i` renamed `permutation[i]`: every per-UID vector, row and column, and the owner.
    func permuted(_ input: EpochInput, _ permutation: [Int]) -> EpochInput {
        var result = input
        result.lastUpdate = moved(input.lastUpdate, permutation)
        result.blockAtRegistration = moved(input.blockAtRegistration, permutation)
        result.alphaStakeRao = moved(input.alphaStakeRao, permutation)
        result.rootStakeRao = input.rootStakeRao.map { moved($0, permutation) }
        result.validatorPermitPrev = moved(input.validatorPermitPrev, permutation)
        result.weights = movedRows(input.weights, permutation)
        result.bondsPrev = movedRows(input.bondsPrev, permutation)
        result.ownerUID = input.ownerUID.map { permutation[$0] }
        result.weightCommitBlock = input.weightCommitBlock.map { moved($0, permutation) }
        return result
    }

    /// `output` with UID `i` renamed `permutation[i]`; bond rows sorted by UID.
    func permuted(_ output: EpochOutput, _ permutation: [Int]) -> EpochOutput {
        var result = output
        result.stakeWeight = moved(output.stakeWeight, permutation)
        result.active = moved(output.active, permutation)
        result.consensus = moved(output.consensus, permutation)
        result.incentive = moved(output.incentive, permutation)
        result.dividends = moved(output.dividends, permutation)
        result.validatorTrust = moved(output.validatorTrust, permutation)
        result.validatorPermit = moved(output.validatorPermit, permutation)
        result.serverEmission = moved(output.serverEmission, permutation)
        result.validatorEmission = moved(output.validatorEmission, permutation)
        result.emission = moved(output.emission, permutation)
        result.bonds = movedRows(output.bonds, permutation)
        return sortedBonds(result)
    }

    /// The order of entries within a stored bond row follows the weight row's order (Yuma3 liquid alpha);
    /// it carries no value, so rows are compared sorted by UID.
    func sortedBonds(_ output: EpochOutput) -> EpochOutput {
        var result = output
        result.bonds = output.bonds.map { $0.sorted { $0.uid < $1.uid } }
        return result
    }

    @Test func renamingUIDsRenamesOutputs() {
        var rng = SplitMix64(state: 0x9E4D)
        for round in 0..<200 {
            var input = RandomEpoch.input(&rng)
            let n = input.n
            // Distinct stakes, each at least 2^-20 of the total apart, so the normalised stakes are distinct
            // too; root stake stays far below the gap.
            let ranks = Array(1...max(n, 1)).shuffled(using: &rng)
            input.alphaStakeRao = (0..<n).map { UInt64(ranks[$0]) * 1_000_000_000_000 }
            input.rootStakeRao = (0..<n).map { _ in UInt64.random(in: 0...1_000_000, using: &rng) }
            if Bool.random(using: &rng) {
                input.weightCommitBlock = (0..<n).map { _ in
                    Bool.random(using: &rng) ? UInt64.random(in: 0...input.currentBlock, using: &rng) : nil
                }
            }
            var hyperparameters = RandomEpoch.hyperparameters(&rng)
            hyperparameters.stakeThreshold = 0
            let permutation = Array(0..<n).shuffled(using: &rng)
            let output = Yuma.epoch(input, hyperparameters)
            let renamed = Yuma.epoch(permuted(input, permutation), hyperparameters)
            #expect(sortedBonds(renamed) == permuted(output, permutation), "round \(round) n=\(n) \(permutation)")
        }
    }
}
