import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `pallet_admin_utils` hyperparameter setters: who may call them, the owner limits and the value bounds
/// (specs/chain.md §6.2).
@Suite struct AdminUtilsTests {
    func owned() throws -> DevChain {
        var chain = try DevChain()
        try chain.createSubnet()
        return chain
    }

    func setter(_ parameter: Hyperparameter, netuid: UInt16? = 2, _ value: HyperparameterValue) -> RuntimeCall {
        .adminUtils(AdminUtilsCall(parameter, netuid: netuid, value: value))
    }

    @Test func ownerSetsAnOwnerParameter() throws {
        var chain = try owned()
        try chain.expectSuccess(setter(.immunityPeriod, .u16(100)), by: Dev.bob)
        #expect(try chain.read(SubtensorStorage.immunityPeriod, 2) == 100)
        let event = SubtensorEvent.hyperparameterSet(.immunityPeriod, netuid: 2, value: .u16(100))
        #expect(try chain.subtensorEvents() == [event])
        let block = UInt64(chain.head.number)
        #expect(try chain.read(SubtensorStorage.lastOwnerHyperparamUpdate, 2, Hyperparameter.immunityPeriod.rawValue) == block)
        // Setters without a subtensor event emit none.
        try chain.expectSuccess(setter(.toggleTransfer, .bool(false)), by: Dev.bob)
        #expect(try !chain.read(SubtensorStorage.transferToggle, 2))
        #expect(try chain.subtensorEvents().isEmpty)
        try chain.expectSuccess(setter(.commitRevealWeightsInterval, .u64(3)), by: Dev.bob)
        #expect(try chain.read(SubtensorStorage.revealPeriodEpochs, 2) == 3)
        try chain.expectSuccess(setter(.liquidAlphaEnabled, .bool(true)), by: Dev.bob)
        try chain.expectSuccess(setter(.alphaValues, .u16Pair(2000, 3000)), by: Dev.bob)
        #expect(try chain.read(SubtensorStorage.alphaValues, 2) == UInt16Pair(2000, 3000))
        try chain.expectSuccess(setter(.maxAllowedUids, .u16(8)), by: Dev.bob)
        #expect(try chain.read(SubtensorStorage.maxAllowedUids, 2) == 8)
        #expect(try chain.subtensorEvents() == [.hyperparameterSet(.maxAllowedUids, netuid: 2, value: .u16(8))])
        try ConservationCheck.verify(chain.state)
    }

    @Test func rootSetsAnything() throws {
        var chain = try owned()
        try chain.setParameter(.tempo, netuid: 2, .u16(20))
        #expect(try chain.read(SubtensorStorage.tempo, 2) == 20)
        #expect(try chain.subtensorEvents() == [.hyperparameterSet(.tempo, netuid: 2, value: .u16(20))])
        try chain.setParameter(.networkRateLimit, .u64(77))
        #expect(try chain.read(SubtensorStorage.networkRateLimit) == 77)
        try chain.setParameter(.defaultTake, .u16(1234))
        #expect(try chain.read(SubtensorStorage.maxDelegateTake) == 1234)
        try chain.setParameter(.lockReductionInterval, .u64(99))
        #expect(try chain.read(SubtensorStorage.networkLockReductionInterval) == 99)
        try chain.setParameter(.maxEpochsPerBlock, .u8(5))
        #expect(try chain.read(SubtensorStorage.maxEpochsPerBlock) == 5)
        // Owner-only bounds do not bind root.
        try chain.setParameter(.bondsMovingAverage, netuid: 2, .u64(999_000))
        #expect(try chain.read(SubtensorStorage.bondsMovingAverage, 2) == 999_000)
        try chain.setParameter(.alphaSigmoidSteepness, netuid: 2, .i16(-5))
        #expect(try chain.read(SubtensorStorage.alphaSigmoidSteepness, 2) == -5)
        try chain.setParameter(.activityCutoff, netuid: 2, .u16(100))
        #expect(try chain.read(SubtensorStorage.activityCutoff, 2) == 100)
        try ConservationCheck.verify(chain.state)
    }

    @Test func originErrors() throws {
        var chain = try owned()
        try chain.expectFails(setter(.immunityPeriod, netuid: 9, .u16(1)), by: Dev.bob,
                              AdminUtilsError.subnetDoesNotExist)
        #expect(try chain.sudo(setter(.tempo, netuid: 9, .u16(1))) == AdminUtilsError.subnetDoesNotExist.dispatchError)
        try chain.expectFails(setter(.immunityPeriod, .u16(1)), by: Dev.charlie, error: .badOrigin)
        try chain.expectFails(setter(.tempo, .u16(20)), by: Dev.bob, error: .badOrigin)
        try chain.expectFails(setter(.networkRateLimit, netuid: nil, .u64(1)), by: Dev.bob, error: .badOrigin)
        try chain.expectFails(setter(.immunityPeriod, netuid: 1, .u16(1)), by: Dev.bob, error: .badOrigin)
        try ConservationCheck.verify(chain.state)
    }

    @Test func ownerLimits() throws {
        var chain = try owned()
        try chain.setParameter(.ownerHyperparamRateLimit, .u16(1))
        try chain.expectSuccess(setter(.immunityPeriod, .u16(100)), by: Dev.bob)
        try chain.expectFails(setter(.immunityPeriod, .u16(200)), by: Dev.bob, SubtensorError.txRateLimitExceeded)
        // The limit is per parameter.
        try chain.expectSuccess(setter(.minAllowedWeights, .u16(2)), by: Dev.bob)
        // One tempo later the parameter may change again.
        try chain.advance(blocks: 10)
        try chain.expectSuccess(setter(.immunityPeriod, .u16(200)), by: Dev.bob)
        // Root is not rate limited.
        try chain.setParameter(.immunityPeriod, netuid: 2, .u16(300))
        // A freeze window longer than the tempo blocks owners always.
        try chain.setParameter(.adminFreezeWindow, .u16(11))
        try chain.expectFails(setter(.rho, .u16(5)), by: Dev.bob, SubtensorError.adminActionProhibitedDuringWeightsWindow)
        try chain.setParameter(.rho, netuid: 2, .u16(5))
        try ConservationCheck.verify(chain.state)
    }

    @Test func boundErrors() throws {
        var chain = try owned()
        let bob = Dev.bob
        try chain.expectFails(setter(.maxAllowedUids, .u16(0)), by: bob, AdminUtilsError.maxAllowedUIdsLessThanCurrentUIds)
        let tooManyValidators = try chain.sudo(setter(.maxAllowedValidators, .u16(257)))
        #expect(tooManyValidators == AdminUtilsError.maxValidatorsLargerThanMaxUIds.dispatchError)
        try chain.setParameter(.maxAllowedValidators, netuid: 2, .u16(256))
        try chain.expectFails(setter(.bondsMovingAverage, .u64(975_001)), by: bob,
                              AdminUtilsError.bondsMovingAverageMaxReached)
        try chain.expectSuccess(setter(.bondsMovingAverage, .u64(975_000)), by: bob)
        try chain.expectFails(setter(.alphaSigmoidSteepness, .i16(-1)), by: bob, AdminUtilsError.negativeSigmoidSteepness)
        try chain.expectFails(setter(.activityCutoff, .u16(359)), by: bob, SubtensorError.activityCutoffTooLow)
        try chain.expectSuccess(setter(.activityCutoff, .u16(360)), by: bob)
        try chain.expectFails(setter(.commitRevealWeightsInterval, .u64(0)), by: bob, SubtensorError.revealPeriodTooSmall)
        try chain.expectFails(setter(.commitRevealWeightsInterval, .u64(101)), by: bob,
                              SubtensorError.revealPeriodTooLarge)
        try chain.expectFails(setter(.alphaValues, .u16Pair(2000, 3000)), by: bob, SubtensorError.liquidAlphaDisabled)
        try chain.setParameter(.liquidAlphaEnabled, netuid: 2, .bool(true))
        try chain.expectFails(setter(.alphaValues, .u16Pair(1000, 1637)), by: bob, SubtensorError.alphaHighTooLow)
        try chain.expectFails(setter(.alphaValues, .u16Pair(1637, 3000)), by: bob, SubtensorError.alphaLowOutOfRange)
        try chain.expectFails(setter(.alphaValues, .u16Pair(3001, 3000)), by: bob, SubtensorError.alphaLowOutOfRange)
        // Root meets the same general bounds.
        let rootBound = try chain.sudo(setter(.commitRevealWeightsInterval, .u64(0)))
        #expect(rootBound == SubtensorError.revealPeriodTooSmall.dispatchError)
        try ConservationCheck.verify(chain.state)
    }
}
