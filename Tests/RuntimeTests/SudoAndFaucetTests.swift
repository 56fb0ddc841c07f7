import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `pallet_sudo` and the dev faucet.
@Suite struct SudoAndFaucetTests {
    func sudoEvents(_ chain: DevChain) throws -> [SudoEvent] {
        try chain.lastEvents().compactMap { if case .sudo(let event) = $0 { event } else { nil } }
    }

    @Test func sudoDispatchesAsRoot() throws {
        var chain = try DevChain()
        let setBalance = BalancesCall.forceSetBalance(who: .id(id(Dev.ferdie)), newFree: 5000 * tao)
        let issuance = try chain.state.subtensorIssuance()
        try chain.expectSuccess(.sudo(.sudo(.balances(setBalance))), by: Dev.alice)
        #expect(try chain.free(Dev.ferdie) == 5000 * tao)
        #expect(try sudoEvents(chain) == [.sudid(nil)])
        #expect(try chain.state.subtensorIssuance() > issuance)
        try ConservationCheck.verify(chain.state)
        // The same call signed by a plain account is refused by origin.
        try chain.expectFails(.balances(setBalance), by: Dev.bob, error: .badOrigin)
        // sudo_unchecked_weight behaves the same.
        let unchecked = SudoCall.sudoUncheckedWeight(.adminUtils(AdminUtilsCall(.networkRateLimit, value: .u64(9))),
                                                     refTime: 1, proofSize: 1)
        try chain.expectSuccess(.sudo(unchecked), by: Dev.alice)
        #expect(try chain.read(SubtensorStorage.networkRateLimit) == 9)
        #expect(try sudoEvents(chain) == [.sudid(nil)])
        try ConservationCheck.verify(chain.state)
    }

    @Test func aFailedInnerCallIsReportedAndRolledBack() throws {
        var chain = try DevChain()
        let call = RuntimeCall.adminUtils(AdminUtilsCall(.maxAllowedValidators, netuid: 1, value: .u16(1000)))
        let before = try chain.read(SubtensorStorage.maxAllowedValidators, 1)
        let error = try chain.sudo(call)
        #expect(error == AdminUtilsError.maxValidatorsLargerThanMaxUIds.dispatchError)
        #expect(try sudoEvents(chain) == [.sudid(error)])
        #expect(try chain.read(SubtensorStorage.maxAllowedValidators, 1) == before)
        // A subtensor call dispatched by root has no signer.
        let faucet = RuntimeCall.subtensor(.faucet(blockNumber: 0, nonce: 0, work: []))
        #expect(try chain.sudo(faucet) == .badOrigin)
        try ConservationCheck.verify(chain.state)
    }

    @Test func onlyTheKeyMaySudo() throws {
        var chain = try DevChain()
        let call = RuntimeCall.sudo(.sudo(.adminUtils(AdminUtilsCall(.networkRateLimit, value: .u64(9)))))
        #expect(throws: ExtrinsicRejection.invalid(.invalid(.badSigner))) { try chain.submit(call, by: Dev.bob) }
        // Dispatched directly (bypassing the transaction check) it is RequireSudo.
        var context = chain.context
        #expect(throws: SudoError.requireSudo) {
            try context.dispatch(SudoCall.setKey(.id(id(Dev.bob))), origin: .signed(id(Dev.bob)))
        }
        #expect(throws: DispatchError.badOrigin) {
            try context.dispatch(SudoCall.setKey(.id(id(Dev.bob))), origin: .root)
        }
        try ConservationCheck.verify(chain.state)
    }

    @Test func setKeyHandsSudoOver() throws {
        var chain = try DevChain()
        try chain.expectSuccess(.sudo(.setKey(.id(id(Dev.bob)))), by: Dev.alice)
        #expect(try chain.read(SudoStorage.key) == id(Dev.bob))
        #expect(try sudoEvents(chain) == [.keyChanged(old: id(Dev.alice), new: id(Dev.bob))])
        let call = RuntimeCall.sudo(.sudo(.adminUtils(AdminUtilsCall(.networkRateLimit, value: .u64(9)))))
        #expect(throws: ExtrinsicRejection.invalid(.invalid(.badSigner))) { try chain.submit(call, by: Dev.alice) }
        try chain.expectSuccess(call, by: Dev.bob)
        #expect(try chain.read(SubtensorStorage.networkRateLimit) == 9)
        try ConservationCheck.verify(chain.state)
    }

    @Test func faucetMintsAThousandTao() throws {
        var chain = try DevChain()
        let free = try chain.free(Dev.ferdie)
        let balancesIssuance = try chain.state.balancesIssuance()
        let subtensorIssuance = try chain.state.subtensorIssuance()
        let outcome = try chain.submit(.subtensor(.faucet(blockNumber: 0, nonce: 0, work: [])), by: Dev.ferdie)
        #expect(outcome.error == nil)
        #expect(try chain.free(Dev.ferdie) == free + 1000 * tao - outcome.fee)
        #expect(try chain.state.balancesIssuance() == balancesIssuance + 1000 * tao - outcome.fee)
        #expect(try chain.state.subtensorIssuance() == subtensorIssuance + 1000 * tao - outcome.fee)
        #expect(try chain.subtensorEvents() == [.faucet(account: id(Dev.ferdie), amount: 1000 * tao)])
        try ConservationCheck.verify(chain.state)
    }

    @Test func faucetOffOutsideDevChains() throws {
        var spec = ChainSpec.development
        spec.genesis.subtensor.faucet = false
        var chain = try DevChain(spec: spec)
        try chain.expectFails(.subtensor(.faucet(blockNumber: 0, nonce: 0, work: [])), by: Dev.ferdie,
                              SubtensorError.faucetDisabled)
        try ConservationCheck.verify(chain.state)
    }
}
