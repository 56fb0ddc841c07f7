import Consensus
import Foundation
import Testing

/// `EpochRequest` and `SimulationScenario` JSON decoding: unknown keys, wrong types, malformed entries and
/// malformed JSON become `EpochInputError`s with the JSON path.
@Suite struct StrictDecodingTests {
    static let epochInput = """
        {"n": 2, "current_block": 10, "tempo": 360, "activity_cutoff_blocks": 5000, "last_update": [10, 1],
         "block_at_registration": [1, 1], "alpha_stake_rao": [1000, 0], "validator_permit_prev": [true, false],
         "weights_u16_sparse": [[[1, 65535]], []], "bonds_u16_sparse_prev": [[], []],
         "last_mechanism_step_block": 0, "owner_uid": null, "rao_emission": 1000}
        """

    /// The error decoding and validating `json` as `T` reports, mapped as the CLI maps it.
    func error<T: SimulatorInput>(_ type: T.Type, _ json: String) -> EpochInputError? {
        do {
            try JSONDecoder().decode(T.self, from: Data(json.utf8)).validate()
            return nil
        } catch {
            return EpochInputError(decoding: error)
        }
    }

    func requestError(_ json: String) -> EpochInputError? { error(EpochRequest.self, json) }

    /// `epochInput` with `old` replaced by `new`.
    func input(replacing old: String, with new: String) -> String {
        Self.epochInput.replacingOccurrences(of: old, with: new)
    }

    @Test func validRequestDecodes() throws {
        let request = try JSONDecoder().decode(EpochRequest.self, from: Data(#"{"epoch_input": \#(Self.epochInput)}"#.utf8))
        #expect(request.input.n == 2)
        #expect(request.hyperparameters == .newSubnet)
    }

    @Test func unknownKeysAreRejectedAtEveryLevel() {
        let top = requestError(#"{"epoch_input": \#(Self.epochInput), "hyperparams": {}}"#)
        #expect(top?.code == .unknownKey)
        #expect(top?.description.hasPrefix("hyperparams: unknown key; expected one of: epoch_input, hyperparameters") == true)
        let hyper = requestError(#"{"epoch_input": \#(Self.epochInput), "hyperparameters": {"kapa": 1}}"#)
        #expect(hyper?.field == "hyperparameters.kapa")
        #expect(hyper?.code == .unknownKey)
        let inner = requestError(#"{"epoch_input": \#(input(replacing: #""n": 2"#, with: #""n": 2, "extra": 1"#))}"#)
        #expect(inner?.field == "epoch_input.extra")
    }

    @Test func wrongTypesNameTheField() {
        let string = requestError(#"{"epoch_input": \#(input(replacing: "[10, 1]", with: #"[10, "1"]"#))}"#)
        #expect(string?.code == .wrongType)
        #expect(string?.description == "epoch_input.last_update[1]: expected a non-negative integer, found a string")
        let null = requestError(#"{"epoch_input": \#(Self.epochInput), "hyperparameters": {"yuma3": null}}"#)
        #expect(null?.description == "hyperparameters.yuma3: expected true or false, found null")
        let object = requestError(#"{"epoch_input": [1]}"#)
        #expect(object?.description == "epoch_input: expected an object, found an array")
    }

    @Test func missingKeysAreNamed() {
        let error = requestError(#"{"epoch_input": \#(input(replacing: #""tempo": 360,"#, with: ""))}"#)
        #expect(error?.code == .missingKey)
        #expect(error?.description == "epoch_input.tempo: required key is missing")
        #expect(requestError("{}")?.description == "epoch_input: required key is missing")
    }

    @Test func sparseEntriesMustBePairs() {
        let error = requestError(#"{"epoch_input": \#(input(replacing: "[[1, 65535]]", with: "[[1, 65535, 3]]"))}"#)
        #expect(error?.code == .malformedEntry)
        #expect(error?.description == "epoch_input.weights_u16_sparse[0][0]: expected a [uid, value] pair, found 3 numbers")
    }

    @Test func validationErrorsCarryThePath() {
        let error = requestError(#"{"epoch_input": \#(input(replacing: "[[1, 65535]]", with: "[[5, 65535]]"))}"#)
        #expect(error?.description == "epoch_input.weights_u16_sparse[0]: names UID 5, which is not below n = 2")
        let hyper = requestError(#"{"epoch_input": \#(Self.epochInput), "hyperparameters": {"alpha_low": 5}}"#)
        #expect(hyper?.description == "hyperparameters.alpha_low: must be at least 1638, got 5")
    }

    @Test func malformedJSONIsReported() {
        let error = requestError(#"{"epoch_input": {"n": }"#)
        #expect(error?.code == .malformedJSON)
        #expect(error?.description.hasPrefix("not valid JSON") == true)
        // Foundation's decoder reports a number that does not fit its field the same way, without a path;
        // the CLI locates it (see the CLI tests).
        #expect(requestError(#"{"epoch_input": \#(Self.epochInput), "hyperparameters": {"kappa": 70000}}"#)?.code
                == .malformedJSON)
    }

    @Test func scenarioErrorsNameTheSegment() {
        let base = #"{"n": 2, "stake_rao": [1, 0], "segments": [{"epochs": 1, "weights": {"0": [[1, 1]]}}]}"#
        #expect(error(SimulationScenario.self, base) == nil)
        let target = error(SimulationScenario.self, base.replacingOccurrences(of: "[[1, 1]]", with: "[[2, 1]]"))
        #expect(target?.description == "segments[0].weights.0: names UID 2, which is not below n = 2")
        let key = error(SimulationScenario.self, base.replacingOccurrences(of: #""0":"#, with: #""x":"#))
        #expect(key?.description == "segments[0].weights.x: key must be a UID (a decimal integer)")
        let stake = error(SimulationScenario.self, base.replacingOccurrences(of: "[1, 0]", with: "[1]"))
        #expect(stake?.description == "stake_rao: has 1 entries, expected n = 2")
        let epochs = error(SimulationScenario.self, base.replacingOccurrences(of: #""epochs": 1"#, with: #""epochs": 0"#))
        #expect(epochs?.description == "segments[0].epochs: must be in 1...10000, got 0")
        let unknown = error(SimulationScenario.self, base.replacingOccurrences(of: #""epochs""#, with: #""epoch""#))
        #expect(unknown?.field == "segments[0].epoch")
    }
}
