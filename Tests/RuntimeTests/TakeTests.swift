import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `increase_take` and `decrease_take` (specs/chain.md §4, delegation/take).
@Suite struct TakeTests {
    let delegate = Dev.hotkey("Delegate")

    func chainWithDelegate() throws -> DevChain {
        var chain = try DevChain()
        try chain.register(delegate, on: 1, by: Dev.charlie)
        return chain
    }

    func decrease(_ take: UInt16, _ hotkey: Keypair? = nil) -> RuntimeCall {
        .subtensor(.decreaseTake(hotkey: id(hotkey ?? delegate), take: take))
    }

    func increase(_ take: UInt16, _ hotkey: Keypair? = nil) -> RuntimeCall {
        .subtensor(.increaseTake(hotkey: id(hotkey ?? delegate), take: take))
    }

    @Test func decreaseThenIncrease() throws {
        var chain = try chainWithDelegate()
        #expect(try chain.read(SubtensorStorage.delegates, id(delegate)) == 11_796)
        try chain.expectSuccess(decrease(1000), by: Dev.charlie)
        #expect(try chain.read(SubtensorStorage.delegates, id(delegate)) == 1000)
        #expect(try chain.read(SubtensorStorage.lastTxBlockDelegateTake, id(delegate)) == UInt64(chain.head.number))
        let decreased = SubtensorEvent.takeDecreased(coldkey: id(Dev.charlie), hotkey: id(delegate), take: 1000)
        #expect(try chain.subtensorEvents() == [decreased])
        try chain.setParameter(.txDelegateTakeRateLimit, .u64(0))
        try chain.expectSuccess(increase(2000), by: Dev.charlie)
        #expect(try chain.read(SubtensorStorage.delegates, id(delegate)) == 2000)
        let increased = SubtensorEvent.takeIncreased(coldkey: id(Dev.charlie), hotkey: id(delegate), take: 2000)
        #expect(try chain.subtensorEvents() == [increased])
        try chain.expectSuccess(increase(11_796), by: Dev.charlie)
        #expect(try chain.read(SubtensorStorage.delegates, id(delegate)) == 11_796)
        try ConservationCheck.verify(chain.state)
    }

    @Test func takeErrors() throws {
        var chain = try chainWithDelegate()
        let nobody = Dev.hotkey("Nobody")
        try chain.expectFails(decrease(1000, nobody), by: Dev.charlie, SubtensorError.hotKeyAccountNotExists)
        try chain.expectFails(increase(2000, nobody), by: Dev.charlie, SubtensorError.hotKeyAccountNotExists)
        try chain.expectFails(decrease(1000), by: Dev.dave, SubtensorError.nonAssociatedColdKey)
        try chain.expectFails(increase(2000), by: Dev.dave, SubtensorError.nonAssociatedColdKey)
        // Decreases must go strictly down and stay at or above MinDelegateTake.
        try chain.expectFails(decrease(11_796), by: Dev.charlie, SubtensorError.delegateTakeTooLow)
        try chain.setParameter(.minDelegateTake, .u16(500))
        try chain.expectFails(decrease(499), by: Dev.charlie, SubtensorError.delegateTakeTooLow)
        try chain.setParameter(.txDelegateTakeRateLimit, .u64(10))
        try chain.expectSuccess(decrease(500), by: Dev.charlie)
        let decreasedAt = UInt64(chain.head.number)
        // Increases must go strictly up, stay at or below MaxDelegateTake and respect the rate limit, whose timer
        // the decrease started.
        try chain.expectFails(increase(500), by: Dev.charlie, SubtensorError.delegateTakeTooLow)
        try chain.expectFails(increase(400), by: Dev.charlie, SubtensorError.delegateTakeTooLow)
        try chain.expectFails(increase(11_797), by: Dev.charlie, SubtensorError.delegateTakeTooHigh)
        try chain.expectFails(increase(600), by: Dev.charlie, SubtensorError.delegateTxRateLimitExceeded)
        // Blocked while `block - last <= limit`.
        try chain.advance(blocks: Int(decreasedAt + 10) - Int(chain.head.number) - 1)
        try chain.expectFails(increase(600), by: Dev.charlie, SubtensorError.delegateTxRateLimitExceeded)
        #expect(UInt64(chain.head.number) == decreasedAt + 10)
        try chain.expectSuccess(increase(600), by: Dev.charlie)
        // MaxDelegateTake (`sudo_set_default_take`) bounds increases.
        try chain.setParameter(.txDelegateTakeRateLimit, .u64(0))
        try chain.setParameter(.defaultTake, .u16(1000))
        try chain.expectFails(increase(1001), by: Dev.charlie, SubtensorError.delegateTakeTooHigh)
        try ConservationCheck.verify(chain.state)
    }
}
