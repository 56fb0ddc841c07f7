import FixedPoint
import Testing
import TestSupport
@testable import Consensus

/// `Yuma.preprocessWeights` applies the §1.6 masks as one filter per row; it must equal the masks
/// applied in turn with the `SparseMath` kernels, as subtensor does.
@Suite struct PreprocessWeightsTests {
    @Test func singleFilterEqualsMasksInTurn() {
        var rng = SplitMix64(state: 0x1_6E16)
        for round in 0..<200 {
            var input = RandomEpoch.input(&rng)
            let n = input.n
            if Bool.random(using: &rng) {
                input.weightCommitBlock = (0..<n).map { _ in
                    Bool.random(using: &rng) ? UInt64.random(in: 0...input.currentBlock, using: &rng) : nil
                }
            }
            let forbids = input.validatorPermitPrev.enumerated().map { !$1 && $0 != input.ownerUID }
            let lastUpdate = input.lastUpdate
            let registration = input.blockAtRegistration
            let fused = Yuma.preprocessWeights(input, n: n, forbids: forbids, owner: input.ownerUID,
                                               lastUpdate: lastUpdate, registration: registration)

            var weights: SparseMatrix = input.weights.map { row in row.map { SparseEntry(Int($0.uid), I32F32($0.value)) } }
            weights = SparseMath.maskRows(forbids, weights)
            if let owner = input.ownerUID {
                weights = SparseMath.maskDiagonal(weights, except: owner)
            } else {
                weights = SparseMath.maskDiagonal(weights)
            }
            weights = SparseMath.vecMask(weights, first: lastUpdate, second: registration) { $0 <= $1 }
            for (i, commitBlock) in (input.weightCommitBlock ?? []).enumerated() {
                guard let commitBlock else { continue }
                weights[i].removeAll { commitBlock < registration[$0.column] }
            }
            SparseMath.rowNormalize(&weights)
            #expect(fused == weights, "round \(round) n=\(n)")
        }
    }
}
