import Consensus
import Testing
import TestSupport

/// Random epochs must never trap and must respect the emission budget and storage shape.
@Suite struct EpochRandomTests {
    @Test func randomEpochsRespectBudgetAndShape() {
        var rng = SplitMix64(state: 0x5EED)
        for round in 0..<200 {
            let input = RandomEpoch.input(&rng)
            let hyperparameters = RandomEpoch.hyperparameters(&rng)
            let output = Yuma.epoch(input, hyperparameters)
            let n = input.n
            let context = "round \(round) n=\(n)"
            #expect(output.stakeWeight.count == n && output.emission.count == n && output.bonds.count == n, "\(context)")
            let paid = output.serverEmission.reduce(0, +) + output.validatorEmission.reduce(0, +)
            #expect(paid <= input.raoEmission, "\(context): server + validator emission within budget")
            // Each normalised share is truncated (< 2^-32 each, 2n of them) and each rao amount floored
            // (< 1 each): the shortfall is below 2n + 2n·rao/2^32 rao when anything is paid.
            let bound = UInt64(2 * n) + (UInt64(2 * n) * input.raoEmission) >> 32 + 1
            #expect(paid == 0 || input.raoEmission - paid <= bound, "\(context): shortfall \(input.raoEmission - paid)")
            #expect(output.emission.reduce(0, +) <= input.raoEmission, "\(context): emission within budget")
            for i in 0..<n where !output.validatorPermit[i] {
                #expect(output.bonds[i].isEmpty, "\(context): uid \(i) without permit stores no bonds")
            }
            if let owner = input.ownerUID { #expect(output.validatorPermit[owner], "\(context): owner permit") }
            #expect(Yuma.epoch(input, hyperparameters) == output, "\(context): deterministic")
        }
    }
}
