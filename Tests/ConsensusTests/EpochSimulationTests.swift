import Consensus
import Foundation
import Testing
import TestSupport

/// `EpochSimulation`: state carried between epochs as the chain carries it, and the shipped example
/// scenarios' outcomes.
@Suite struct EpochSimulationTests {
    /// A scenario from `Examples/scenarios`.
    static func example(_ name: String) throws -> SimulationScenario {
        let url = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/scenarios/\(name).json")
        return try JSONDecoder().decode(SimulationScenario.self, from: Data(contentsOf: url))
    }

    /// Two validators and two miners; validator 1 changes its weights in the second segment.
    static let small = SimulationScenario(
        n: 4, stakeRao: [3_000, 1_000, 0, 0], tempo: 10, emissionRao: 1_000_000, segments: [
            .init(epochs: 2, weights: [0: [SparseU16Entry(uid: 2, value: 2), SparseU16Entry(uid: 3, value: 1)],
                                       1: [SparseU16Entry(uid: 2, value: 1)]]),
            .init(epochs: 2, weights: [1: [SparseU16Entry(uid: 3, value: 100)]], stakeRao: [1: 2_000]),
        ])

    @Test func stateIsCarriedBetweenEpochs() {
        var simulation = EpochSimulation(Self.small)
        simulation.apply(Self.small.segments[0])
        // set_weights max-upscales: [2, 1] is stored as [65535, 32768].
        #expect(simulation.state.weights[0] == [SparseU16Entry(uid: 2, value: 65535), SparseU16Entry(uid: 3, value: 32768)])
        let first = simulation.runEpoch(segment: 0)
        #expect(first.block == 11)
        #expect(first.output.validatorPermit == [true, true, false, false])
        #expect(first.output.incentive == [0, 0, 0, 0])  // no permits before the first epoch
        #expect(simulation.state.validatorPermitPrev == first.output.validatorPermit)
        #expect(simulation.state.bondsPrev == first.output.bonds)
        #expect(simulation.state.lastMechanismStepBlock == 11)

        // The second epoch equals a direct epoch on the carried state.
        var expectedInput = simulation.state
        expectedInput.currentBlock = 22
        expectedInput.lastUpdate = [22, 22, 0, 0]
        let second = simulation.runEpoch(segment: 0)
        #expect(second.output == Yuma.epoch(expectedInput, .newSubnet))
        #expect(second.output.incentive[2] > second.output.incentive[3])
        #expect(second.output.bonds[0].isEmpty == false)
        #expect(simulation.state.bondsPrev == second.output.bonds)
    }

    @Test func segmentsChangeStakeAndWeights() {
        let epochs = EpochSimulation.run(Self.small)
        #expect(epochs.map(\.epoch) == [1, 2, 3, 4])
        #expect(epochs.map(\.segment) == [0, 0, 1, 1])
        #expect(epochs.map(\.block) == [11, 22, 33, 44])
        #expect(epochs[1].stakeRao == [3_000, 1_000, 0, 0])
        #expect(epochs[2].stakeRao == [3_000, 2_000, 0, 0])
        // Validator 0's row persists; validator 1 now weights only miner 3.
        #expect(epochs[3].output.validatorPermit == [true, true, false, false])
        #expect(EpochSimulation.run(Self.small) == epochs)  // deterministic
    }

    @Test func stoppingWeightsMakesAValidatorInactive() {
        let scenario = SimulationScenario(
            n: 2, stakeRao: [1_000, 0], tempo: 10, activityCutoffBlocks: 15, segments: [
                .init(epochs: 1, weights: [0: [SparseU16Entry(uid: 1, value: 1)]]),
                .init(epochs: 2, weights: [0: []]),
            ])
        let epochs = EpochSimulation.run(scenario)
        // Last update at block 11; inactive once 11 + 15 < current block (33).
        #expect(epochs.map { $0.output.active[0] } == [true, true, false])
    }

    @Test func colludingMinorityGainsNothing() throws {
        let scenario = try Self.example("colluding-minority")
        let epochs = EpochSimulation.run(scenario)
        #expect(epochs.count == 30)
        let colluders = [3, 4], honest = [0, 1, 2], colludersMiner = 7
        // Colluders hold 25% of stake, below kappa (50%).
        let stake = scenario.stakeRao
        let colluderStake: UInt64 = colluders.map { stake[$0] }.reduce(0, +)
        #expect(4 * colluderStake == stake.reduce(0, +))
        for record in epochs {
            #expect(record.output.incentive[colludersMiner] == 0)
            #expect(record.output.serverEmission[colludersMiner] == 0)
        }
        // While honest, colluders earn dividends near their stake share (at least 20% of the total).
        let honestPhase = epochs[4].output
        let honestPhaseShare: Int = colluders.map { Int(honestPhase.dividends[$0]) }.reduce(0, +)
        #expect(5 * honestPhaseShare >= 65535)
        // After 25 epochs of collusion their bonds have decayed: under 5% of dividends, and each colluder
        // earns less than every honest validator, per unit of stake too.
        let last = epochs[29].output
        let collusionShare: Int = colluders.map { Int(last.dividends[$0]) }.reduce(0, +)
        #expect(20 * collusionShare < 65535)
        for c in colluders {
            for h in honest {
                #expect(last.dividends[c] < last.dividends[h])
                let colluderPerStake: UInt128 = UInt128(last.validatorEmission[c]) * UInt128(stake[h])
                let honestPerStake: UInt128 = UInt128(last.validatorEmission[h]) * UInt128(stake[c])
                #expect(colluderPerStake < honestPerStake)
            }
        }
        // Honest miners keep all the incentive.
        #expect(Int(last.incentive[5]) + Int(last.incentive[6]) >= 65534)
    }

    @Test func honestMajorityFollowsConsensus() throws {
        let epochs = EpochSimulation.run(try Self.example("honest-majority"))
        #expect(epochs.count == 30)
        let steady = epochs[9].output
        #expect(steady.incentive[4] > steady.incentive[5])
        #expect(steady.incentive[5] > steady.incentive[6])
        #expect(steady.incentive[6] > steady.incentive[7])
        // Dividends follow stake (400:300:200:100).
        #expect(steady.dividends[0] > steady.dividends[1])
        #expect(steady.dividends[1] > steady.dividends[2])
        #expect(steady.dividends[2] > steady.dividends[3])
        let improved = epochs[29].output
        #expect(improved.incentive[7] == improved.incentive.max())
    }
}
