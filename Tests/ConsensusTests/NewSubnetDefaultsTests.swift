import Consensus
import Foundation
import Testing

/// Production new-subnet hyperparameters (specs/chain.md §6.2) for strict decoding, and the unit-test
/// runtime's for the lenient decoding the vector tests use.
@Suite struct NewSubnetDefaultsTests {
    @Test func newSubnetValues() {
        let value = EpochHyperparameters.newSubnet
        #expect(value.yuma3)
        #expect(value.maxAllowedValidators == 64)
        #expect(value.kappa == 32767)
        #expect(value.bondsPenalty == 65535)
        #expect(value.bondsMovingAverage == 900_000)
        #expect(!value.liquidAlpha)
        #expect(value.alphaLow == 45875 && value.alphaHigh == 58982)
        #expect(value.alphaSigmoidSteepness == 1000)
        #expect(!value.bondsReset)
        #expect(value.stakeThreshold == 0)
    }

    @Test func strictDecodingFillsAbsentKeysFromNewSubnet() throws {
        let epochInput = StrictDecodingTests.epochInput
        let partial = try JSONDecoder().decode(
            EpochRequest.self, from: Data(#"{"hyperparameters": {"kappa": 100}, "epoch_input": \#(epochInput)}"#.utf8))
        var expected = EpochHyperparameters.newSubnet
        expected.kappa = 100
        #expect(partial.hyperparameters == expected)
    }

    @Test func lenientDecodingKeepsTheUnitTestDefaults() throws {
        let value = try JSONDecoder().decode(EpochHyperparameters.self, from: Data(#"{"kappa": 100, "other": 1}"#.utf8))
        #expect(value == EpochHyperparameters(kappa: 100))
        #expect(!value.yuma3)
    }

    @Test func scenarioDefaults() throws {
        let scenario = try JSONDecoder().decode(
            SimulationScenario.self, from: Data(#"{"n": 1, "stake_rao": [1], "segments": [{"epochs": 1}]}"#.utf8))
        #expect(scenario.hyperparameters == .newSubnet)
        #expect(scenario.tempo == 360)
        #expect(scenario.activityCutoffBlocks == 5000)
        #expect(scenario.emissionRao == 1_000_000_000)
        #expect(scenario.name(of: 0) == "uid0")
    }
}
