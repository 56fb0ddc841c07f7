import Consensus
import Foundation
import Testing
import TestSupport

struct EpochStep: Decodable {
    let label: String?
    let epoch_index: Int?
    let epoch_input: EpochInput
    let expected_rust_asserts: [String: AssertValue]
    let reference_output: EpochOutput

    var title: String { label ?? "epoch \(epoch_index ?? -1)" }
}

struct EpochSequenceCase: Decodable {
    let name: String
    let kind: String
    let tolerance: Double
    let sim_hyperparameters: EpochHyperparameters
    let steps: [EpochStep]
}

struct EpochSingleCase: Decodable {
    struct Inputs: Decodable { let epoch_input: EpochInput }
    struct Expected: Decodable {
        let consensus: [UInt16]
        let incentive: [UInt16]
        let dividends: [UInt16]
        let emission: [UInt64]
    }
    let name: String
    let kind: String
    let tolerance: Double
    let sim_hyperparameters: EpochHyperparameters
    let inputs: Inputs
    let expected: Expected
    let reference_output: EpochOutput
}

struct OwnerSelfWeightCase: Decodable {
    struct Inputs: Decodable {
        let n: Int
        let current_block: UInt64
        let tempo: UInt64
        let activity_cutoff_blocks: UInt64
        let last_update: [UInt64]
        let block_at_registration: [UInt64]
        let alpha_stake: [UInt64]
        let stake_threshold: UInt64
        let owner_uid: Int?
        let validator_permit: [Bool]
        let max_allowed_validators: Int
        let weights: [[SparseU16Entry]]
        let bonds: [[SparseU16Entry]]
        let kappa: UInt16
        let bonds_penalty: UInt16
        let bonds_moving_average: UInt64
        let yuma3: Bool
        let liquid_alpha: Bool
        let alpha_low: UInt16
        let alpha_high: UInt16
        let alpha_sigmoid_steepness: Int16
        let rao_emission: UInt64
    }
    struct Expected: Decodable {
        let server_emission_uid0_equals_uid1: Bool
        let both_positive: Bool
    }
    struct Computed: Decodable {
        let server_emission: [UInt64]
        let validator_emission: [UInt64]
        let incentive_u16: [UInt16]
    }
    let name: String
    let inputs: Inputs
    let expected: Expected
    let reference_computed: Computed
    let sim_hyperparameters: EpochHyperparameters
}

/// Field-by-field exact comparison of an epoch's output with the reference port's output.
func expectSameOutput(_ actual: EpochOutput, _ expected: EpochOutput, _ context: String) {
    #expect(actual.stakeWeight == expected.stakeWeight, "\(context): stake_weight")
    #expect(actual.active == expected.active, "\(context): active")
    #expect(actual.consensus == expected.consensus, "\(context): consensus")
    #expect(actual.incentive == expected.incentive, "\(context): incentive")
    #expect(actual.dividends == expected.dividends, "\(context): dividends")
    #expect(actual.validatorTrust == expected.validatorTrust, "\(context): validator_trust")
    #expect(actual.validatorPermit == expected.validatorPermit, "\(context): validator_permit")
    #expect(actual.serverEmission == expected.serverEmission, "\(context): server_emission")
    #expect(actual.validatorEmission == expected.validatorEmission, "\(context): validator_emission")
    #expect(actual.emission == expected.emission, "\(context): emission")
    #expect(actual.bonds == expected.bonds, "\(context): bonds_u16_sparse")
}

/// The stored bond of `row` on `column` (0 when absent), as the Rust tests read `get_bonds`.
func bond(_ output: EpochOutput, row: Int, column: Int) -> UInt16 {
    output.bonds[row].first { Int($0.uid) == column }?.value ?? 0
}

/// Checks one step's `expected_rust_asserts` (exact for u16 bonds, within `tolerance` for fractions).
func expectRustAsserts(_ output: EpochOutput, _ asserts: [String: AssertValue], tolerance: Double, _ context: String) {
    for key in asserts.keys.sorted() {
        switch asserts[key]! {
        case .vector(let values) where key.hasPrefix("bonds_dense[i]["):
            let digits = key.dropFirst("bonds_dense[i][".count).prefix { $0.isNumber }
            let column = Int(digits)!
            let actual = values.indices.map { Double(bond(output, row: $0, column: column)) }
            #expect(actual == values, "\(context): \(key)")
        case .vector(let values) where key.hasPrefix("dividends_as_fraction"):
            for (uid, target) in values.enumerated() {
                let actual = Double(output.dividends[uid]) / 65535
                #expect(abs(actual - target) <= tolerance, "\(context): \(key) uid \(uid): \(actual) vs \(target)")
            }
        case .matrix(let rows) where key.hasPrefix("bonds_validators_x_servers_fraction"):
            // Validators are UIDs 0..<rows.count, servers the UIDs right after them.
            for (i, row) in rows.enumerated() {
                for (k, target) in row.enumerated() {
                    let actual = Double(bond(output, row: i, column: rows.count + k)) / 65535
                    #expect(abs(actual - target) <= tolerance, "\(context): \(key) [\(i)][\(k)]: \(actual) vs \(target)")
                }
            }
        default:
            Issue.record("\(context): unhandled assert \(key)")
        }
    }
}

@Suite struct EpochVectorTests {
    @Test func epochSequences() throws {
        let cases = try YumaPublicCases<EpochSequenceCase>.load().filter { $0.kind == "epoch_sequence" }
        #expect(cases.count == 2)
        for vector in cases {
            for (index, step) in vector.steps.enumerated() {
                let context = "\(vector.name) step \(index) (\(step.title))"
                let output = Yuma.epoch(step.epoch_input, vector.sim_hyperparameters)
                expectSameOutput(output, step.reference_output, context)
                expectRustAsserts(output, step.expected_rust_asserts, tolerance: vector.tolerance, context)
            }
        }
    }

    /// Replays each sequence: every step's previous bonds and permits are the previous step's outputs.
    @Test func epochSequencesChainOutputs() throws {
        let cases = try YumaPublicCases<EpochSequenceCase>.load().filter { $0.kind == "epoch_sequence" }
        for vector in cases {
            var previous: EpochOutput?
            for (index, step) in vector.steps.enumerated() {
                if let previous {
                    #expect(step.epoch_input.bondsPrev == previous.bonds, "\(vector.name) step \(index): bonds carried over")
                    #expect(step.epoch_input.validatorPermitPrev == previous.validatorPermit,
                            "\(vector.name) step \(index): permits carried over")
                }
                previous = Yuma.epoch(step.epoch_input, vector.sim_hyperparameters)
            }
        }
    }

    @Test func tenNodesSelfWeightsOnly() throws {
        let cases = try YumaPublicCases<EpochSingleCase>.load()
        #expect(cases.map(\.name) == ["epoch_10_nodes_self_weights_only"])
        for vector in cases {
            let output = Yuma.epoch(vector.inputs.epoch_input, vector.sim_hyperparameters)
            expectSameOutput(output, vector.reference_output, vector.name)
            #expect(output.consensus == vector.expected.consensus, "\(vector.name): consensus")
            #expect(output.incentive == vector.expected.incentive, "\(vector.name): incentive")
            #expect(output.dividends == vector.expected.dividends, "\(vector.name): dividends")
            #expect(output.emission == vector.expected.emission, "\(vector.name): emission")
        }
    }

    @Test func ownerKeepsSelfWeight() throws {
        let cases = try YumaPublicCases<OwnerSelfWeightCase>.load()
        #expect(cases.map(\.name) == ["owner_uid_keeps_self_weight"])
        for vector in cases {
            let given = vector.inputs
            let input = EpochInput(
                n: given.n, currentBlock: given.current_block, tempo: given.tempo,
                activityCutoffBlocks: given.activity_cutoff_blocks, lastUpdate: given.last_update,
                blockAtRegistration: given.block_at_registration, alphaStakeRao: given.alpha_stake,
                validatorPermitPrev: given.validator_permit, weights: given.weights, bondsPrev: given.bonds,
                ownerUID: given.owner_uid, raoEmission: given.rao_emission)
            let fromInputs = EpochHyperparameters(
                kappa: given.kappa, bondsPenalty: given.bonds_penalty, bondsMovingAverage: given.bonds_moving_average,
                liquidAlpha: given.liquid_alpha, alphaLow: given.alpha_low, alphaHigh: given.alpha_high,
                alphaSigmoidSteepness: given.alpha_sigmoid_steepness, yuma3: given.yuma3,
                maxAllowedValidators: given.max_allowed_validators, stakeThreshold: given.stake_threshold)
            // The inputs say Yuma3 (register_network); sim_hyperparameters say classic. Both must agree here.
            for (label, hyperparameters) in [("inputs", fromInputs), ("sim_hyperparameters", vector.sim_hyperparameters)] {
                let context = "\(vector.name) [\(label)]"
                let output = Yuma.epoch(input, hyperparameters)
                #expect(vector.expected.server_emission_uid0_equals_uid1)
                #expect(output.serverEmission[0] == output.serverEmission[1], "\(context): server emission equal")
                #expect(vector.expected.both_positive)
                #expect(output.serverEmission.allSatisfy { $0 > 0 }, "\(context): server emission positive")
                #expect(output.serverEmission == vector.reference_computed.server_emission, "\(context): server_emission")
                #expect(output.validatorEmission == vector.reference_computed.validator_emission, "\(context): validator_emission")
                #expect(output.incentive == vector.reference_computed.incentive_u16, "\(context): incentive")
            }
        }
    }
}
