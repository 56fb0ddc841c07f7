import Consensus
import Testing
import TestSupport


/// Random epochs must never trap and must respect the emission budget and storage shape.
@Suite struct EpochRandomTests {
    func randomRows(_ n: Int, density: Int, _ rng: inout SplitMix64) -> [[SparseU16Entry]] {
        (0..<n).map { _ in
            (0..<n).compactMap { j in
                Int.random(in: 0..<100, using: &rng) < density
                    ? SparseU16Entry(uid: UInt16(j), value: UInt16.random(in: 0...UInt16.max, using: &rng)) : nil
            }
        }
    }

    func randomInput(_ rng: inout SplitMix64) -> EpochInput {
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
            weights: randomRows(n, density: 40, &rng), bondsPrev: randomRows(n, density: 30, &rng),
            lastMechanismStepBlock: Bool.random(using: &rng) ? 0 : block - 1,
            ownerUID: n > 0 && Bool.random(using: &rng) ? Int.random(in: 0..<n, using: &rng) : nil,
            raoEmission: UInt64.random(in: 0...10_000_000_000, using: &rng))
    }

    func randomHyperparameters(_ rng: inout SplitMix64) -> EpochHyperparameters {
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

    @Test func randomEpochsRespectBudgetAndShape() {
        var rng = SplitMix64(state: 0x5EED)
        for round in 0..<200 {
            let input = randomInput(&rng)
            let hyperparameters = randomHyperparameters(&rng)
            let output = Yuma.epoch(input, hyperparameters)
            let n = input.n
            let context = "round \(round) n=\(n)"
            #expect(output.stakeWeight.count == n && output.emission.count == n && output.bonds.count == n, "\(context)")
            let paid = output.serverEmission.reduce(0, +) + output.validatorEmission.reduce(0, +)
            #expect(paid <= input.raoEmission, "\(context): server + validator emission within budget")
            #expect(output.emission.reduce(0, +) <= input.raoEmission, "\(context): emission within budget")
            for i in 0..<n where !output.validatorPermit[i] {
                #expect(output.bonds[i].isEmpty, "\(context): uid \(i) without permit stores no bonds")
            }
            if let owner = input.ownerUID { #expect(output.validatorPermit[owner], "\(context): owner permit") }
            #expect(Yuma.epoch(input, hyperparameters) == output, "\(context): deterministic")
        }
    }
}
