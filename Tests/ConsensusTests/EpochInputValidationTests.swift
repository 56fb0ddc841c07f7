import Consensus
import Foundation
import Testing

/// `EpochInput.validate()`, `EpochHyperparameters.validate()` and the strict decoding of `EpochRequest`:
/// each kind of bad input gets its code and a message naming the field.
@Suite struct EpochInputValidationTests {
    /// A valid two-UID input: UID 0 validates UID 1.
    func input() -> EpochInput {
        EpochInput(
            n: 2, currentBlock: 10, tempo: 360, activityCutoffBlocks: 5000, lastUpdate: [10, 1],
            blockAtRegistration: [1, 1], alphaStakeRao: [1_000, 0], validatorPermitPrev: [true, false],
            weights: [[SparseU16Entry(uid: 1, value: 65535)], []], bondsPrev: [[], []], raoEmission: 1_000)
    }

    /// The error `validate()` throws after `change`, or `nil`.
    func validationError(_ change: (inout EpochInput) -> Void) -> EpochInputError? {
        var value = input()
        change(&value)
        do { try value.validate() } catch { return error }
        return nil
    }

    @Test func validInputPasses() throws {
        try input().validate()
    }

    @Test func vectorLengthsMustEqualN() {
        let error = validationError { $0.lastUpdate = [1, 2, 3] }
        #expect(error?.code == .lengthMismatch)
        #expect(error?.description == "last_update: has 3 entries, expected n = 2")
        #expect(validationError { $0.rootStakeRao = [1] }?.description == "root_stake_rao: has 1 entries, expected n = 2")
        #expect(validationError { $0.validatorPermitPrev = [] }?.code == .lengthMismatch)
        #expect(validationError { $0.weightCommitBlock = [nil] }?.field == "weight_commit_block")
    }

    @Test func matrixRowCountsMustEqualN() {
        let error = validationError { $0.bondsPrev = [[]] }
        #expect(error?.code == .rowCountMismatch)
        #expect(error?.description == "bonds_u16_sparse_prev: has 1 rows, expected n = 2")
    }

    @Test func sparseUIDsMustBeBelowN() {
        let error = validationError { $0.weights[1] = [SparseU16Entry(uid: 2, value: 1)] }
        #expect(error?.code == .uidOutOfRange)
        #expect(error?.description == "weights_u16_sparse[1]: names UID 2, which is not below n = 2")
    }

    @Test func sparseRowsMustNotRepeatAUID() {
        let error = validationError { $0.weights[0].append(SparseU16Entry(uid: 1, value: 5)) }
        #expect(error?.code == .duplicateUID)
        #expect(error?.description == "weights_u16_sparse[0]: names UID 1 more than once")
    }

    @Test func ownerMustBeAUID() {
        let error = validationError { $0.ownerUID = 2 }
        #expect(error?.code == .uidOutOfRange)
        #expect(error?.description == "owner_uid: UID 2 is not below n = 2")
        #expect(validationError { $0.ownerUID = -1 }?.code == .uidOutOfRange)
    }

    @Test func nIsCapped() {
        let error = validationError { $0.n = 4097 }
        #expect(error?.code == .tooManyUIDs)
        #expect(error?.description == "n: 4097 UIDs is more than the maximum 4096")
        #expect(validationError { $0.n = -1 }?.code == .outOfRange)
    }

    @Test func hyperparameterRanges() {
        func error(_ change: (inout EpochHyperparameters) -> Void) -> EpochInputError? {
            var value = EpochHyperparameters.newSubnet
            change(&value)
            do { try value.validate() } catch { return error }
            return nil
        }
        #expect(error { _ in } == nil)
        #expect(error { $0.alphaLow = 1000 }?.description == "alpha_low: must be at least 1638, got 1000")
        #expect(error { $0.alphaHigh = 40000 }?.description == "alpha_low: must not exceed alpha_high (40000), got 45875")
        #expect(error { $0.maxAllowedValidators = -1 }?.field == "max_allowed_validators")
        #expect(error { $0.bondsMovingAverage = 1_000_001 }?.code == .outOfRange)
    }
}
