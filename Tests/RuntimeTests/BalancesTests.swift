import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

@Suite struct BalancesTests {
    let newcomer = DevChain.key("//Newcomer")

    private func transfer(_ value: UInt64, to key: Keypair, keepAlive: Bool) -> RuntimeCall {
        let dest = MultiAddress.id(Dev.account(key))
        return .balances(keepAlive ? .transferKeepAlive(dest: dest, value: value) : .transferAllowDeath(dest: dest, value: value))
    }

    @Test func aTransferToANewAccountCreatesIt() throws {
        var chain = try DevChain()
        try chain.expectSuccess(transfer(tao, to: newcomer, keepAlive: true), by: Dev.alice)
        #expect(try chain.free(newcomer) == tao)
        let events = try chain.lastEvents()
        #expect(events.contains(.system(.newAccount(Dev.account(newcomer)))))
        #expect(events.contains(.balances(.endowed(account: Dev.account(newcomer), freeBalance: tao))))
        try ConservationCheck.verify(chain.state)
    }

    @Test func transfersBelowTheExistentialDepositOrBeyondTheBalanceFail() throws {
        var chain = try DevChain()
        try chain.expectFailure(transfer(499, to: newcomer, keepAlive: true), by: Dev.alice, .token(2))
        try chain.expectFailure(transfer(2001 * tao, to: Dev.bob, keepAlive: false), by: Dev.dave, .token(0))
        let free = try chain.free(Dev.dave)
        let probe = transfer(free, to: Dev.bob, keepAlive: true)
        let fee = TransactionFee.partialFee(call: probe, length: chain.sign(probe, with: Dev.dave).encoded.count)
        try chain.expectFailure(transfer(free - fee - 100, to: Dev.bob, keepAlive: true), by: Dev.dave, .token(8))
        #expect(try chain.free(newcomer) == 0)
        try ConservationCheck.verify(chain.state)
    }

    @Test func allowDeathReapsTheSenderAndBurnsItsDust() throws {
        var chain = try DevChain()
        try chain.expectSuccess(transfer(tao, to: newcomer, keepAlive: true), by: Dev.alice)
        let issuance = try chain.state.subtensorIssuance()
        let fee = TransactionFee.partialFee(call: transfer(0, to: Dev.bob, keepAlive: false),
                                            length: chain.sign(transfer(tao - 200_000, to: Dev.bob, keepAlive: false), with: newcomer).encoded.count)
        let sent = tao - fee - 300
        let outcome = try chain.submit(transfer(sent, to: Dev.bob, keepAlive: false), by: newcomer)
        #expect(outcome.error == nil)
        #expect(outcome.fee == fee)
        #expect(try chain.state.accountInfo(of: Dev.account(newcomer)) == AccountInfo())
        let events = try chain.lastEvents()
        #expect(events.contains(.balances(.dustLost(account: Dev.account(newcomer), amount: 300))))
        #expect(events.contains(.system(.killedAccount(Dev.account(newcomer)))))
        #expect(try chain.state.subtensorIssuance() == issuance - fee - 300)
        try ConservationCheck.verify(chain.state)
    }

    @Test func transferAllKeepsTheExistentialDepositWhenAskedTo() throws {
        var chain = try DevChain()
        try chain.expectSuccess(.balances(.transferAll(dest: .id(Dev.account(Dev.bob)), keepAlive: true)), by: Dev.eve)
        #expect(try chain.free(Dev.eve) == RuntimeContext.existentialDeposit)
        try ConservationCheck.verify(chain.state)
    }

    @Test func forceSetBalanceIsRootOnlyAndMovesTheIssuance() throws {
        var chain = try DevChain()
        let call = RuntimeCall.balances(.forceSetBalance(who: .id(Dev.account(Dev.bob)), newFree: 5 * tao))
        try chain.expectFailure(call, by: Dev.bob, .badOrigin)
        let issuance = try chain.state.subtensorIssuance()
        let bob = try chain.free(Dev.bob)
        #expect(try chain.sudo(call) == nil)
        #expect(try chain.free(Dev.bob) == 5 * tao)
        let fee = try chain.state.events().compactMap { record -> UInt64? in
            if case .transactionFeePaid(_, let fee, _) = record.event { fee } else { nil }
        }[0]
        #expect(try chain.state.subtensorIssuance() == issuance - (bob - 5 * tao) - fee)
        try ConservationCheck.verify(chain.state)
    }

    @Test func remarksCostAFeeAndRemarkWithEventEmitsTheHash() throws {
        var chain = try DevChain()
        try chain.expectSuccess(.system(.remarkWithEvent(Array("hello".utf8))), by: Dev.bob)
        #expect(try chain.lastEvents().contains(.system(.remarked(sender: Dev.account(Dev.bob), hash: H256.blake2(Array("hello".utf8))))))
    }

    @Test func tipsAreChargedOnTopOfTheFee() throws {
        var chain = try DevChain()
        let call = transfer(tao, to: Dev.bob, keepAlive: true)
        let length = chain.sign(call, with: Dev.alice, tip: 1234).encoded.count
        let tipped = try chain.submit(call, by: Dev.alice, tip: 1234)
        #expect(tipped.fee == TransactionFee.partialFee(call: call, length: length) + 1234)
        #expect(try chain.lastEvents().contains(.transactionFeePaid(who: Dev.account(Dev.alice), actualFee: tipped.fee, tip: 1234)))
    }
}
