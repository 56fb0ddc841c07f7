import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `add_stake`, `remove_stake`, `unstake_all`, `move_stake`, `transfer_stake` (specs/chain.md §4).
@Suite struct StakingTests {
    let validator = Dev.hotkey("Validator")
    let other = Dev.hotkey("OtherHotkey")

    /// A chain with a started subnet (netuid 2) on which Charlie's `validator` is registered.
    func stakingChain() throws -> DevChain {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        #expect(netuid == 2)
        try chain.register(validator, on: 2)
        return chain
    }

    func add(_ hotkey: Keypair, _ netuid: UInt16, _ amount: UInt64) -> RuntimeCall {
        .subtensor(.addStake(hotkey: id(hotkey), netuid: netuid, amount: amount))
    }

    func remove(_ hotkey: Keypair, _ netuid: UInt16, _ amount: UInt64) -> RuntimeCall {
        .subtensor(.removeStake(hotkey: id(hotkey), netuid: netuid, amount: amount))
    }

    @Test func addStakeSwapsTaoForAlpha() throws {
        var chain = try stakingChain()
        let next = try chain.afterEmptyBlock()
        let pool = try next.context.pool(2)
        let amount = 10 * tao
        let quote = try pool.quoteTaoForAlpha(amount)
        let freeBefore = try chain.free(Dev.dave)
        let alphaOutBefore = try next.read(SubtensorStorage.subnetAlphaOut, 2)
        let outcome = try chain.submit(add(validator, 2, amount), by: Dev.dave)
        #expect(outcome.error == nil)
        #expect(try chain.free(Dev.dave) == freeBefore - amount - outcome.fee)
        #expect(try chain.read(SubtensorStorage.subnetTAO, 2) == pool.tao + amount)
        #expect(try chain.read(SubtensorStorage.subnetAlphaIn, 2) == pool.alpha - quote.amountOut)
        #expect(try chain.read(SubtensorStorage.subnetAlphaOut, 2) == alphaOutBefore + quote.amountOut)
        #expect(try chain.stake(validator, Dev.dave, 2) == quote.amountOut)
        #expect(try chain.hotkeyAlpha(validator, 2) == quote.amountOut)
        #expect(try chain.read(SubtensorStorage.stakingHotkeys, id(Dev.dave)) == [id(validator)])
        let event = SubtensorEvent.stakeAdded(coldkey: id(Dev.dave), hotkey: id(validator), tao: amount,
                                              alpha: quote.amountOut, netuid: 2, fee: quote.fee)
        #expect(try chain.subtensorEvents() == [event])
        #expect(quote.fee == amount * 33 / 65535)
        try ConservationCheck.verify(chain.state)
        // A second staker gets shares pro rata.
        try chain.expectSuccess(add(validator, 2, amount), by: Dev.eve)
        let eveStake = try chain.stake(validator, Dev.eve, 2)
        #expect(eveStake > 0 && eveStake < quote.amountOut)
        #expect(try chain.hotkeyAlpha(validator, 2) == quote.amountOut + eveStake)
        try ConservationCheck.verify(chain.state)
    }

    @Test func rootStakeIsOneToOne() throws {
        var chain = try stakingChain()
        try chain.expectSuccess(add(validator, 0, 5 * tao), by: Dev.dave)
        #expect(try chain.stake(validator, Dev.dave, 0) == 5 * tao)
        #expect(try chain.read(SubtensorStorage.subnetTAO, 0) == 5 * tao)
        try ConservationCheck.verify(chain.state)
    }

    @Test func addStakeErrors() throws {
        var chain = try stakingChain()
        try chain.expectFails(add(validator, 9, tao), by: Dev.dave, SubtensorError.subnetNotExists)
        let unstarted = try chain.createSubnet(owner: Dev.charlie, hotkey: Dev.hotkey("Charlie_owner"), start: false)
        try chain.expectFails(add(Dev.hotkey("Charlie_owner"), unstarted, tao), by: Dev.dave,
                              SubtensorError.subtokenDisabled)
        try chain.expectFails(add(validator, 2, 2_000_000), by: Dev.dave, SubtensorError.amountTooLow)
        try chain.expectFails(add(validator, 2, 1_999_999), by: Dev.dave, SubtensorError.amountTooLow)
        try chain.expectFails(add(validator, 2, 3000 * tao), by: Dev.dave, SubtensorError.notEnoughBalanceToStake)
        try chain.expectFails(add(Dev.hotkey("Nobody"), 2, tao), by: Dev.dave, SubtensorError.hotKeyAccountNotExists)
        // Subnet 1's 10 TAO pool cannot give out nearly all of its alpha.
        try chain.setParameter(.subtokenEnabled, netuid: 1, .bool(true))
        try chain.expectFails(add(validator, 1, 900_000 * tao), by: Dev.alice, SubtensorError.insufficientLiquidity)
        try chain.expectSuccess(add(validator, 1, tao), by: Dev.alice)
        try ConservationCheck.verify(chain.state)
    }

    @Test func removeStakeSwapsAlphaForTao() throws {
        var chain = try stakingChain()
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        let held = try chain.stake(validator, Dev.dave, 2)
        let pool = try chain.context.pool(2)
        let half = held / 2
        let quote = try pool.quoteAlphaForTao(half)
        let freeBefore = try chain.free(Dev.dave)
        let outcome = try chain.submit(remove(validator, 2, half), by: Dev.dave)
        #expect(outcome.error == nil)
        #expect(try chain.free(Dev.dave) == freeBefore + quote.amountOut - outcome.fee)
        #expect(try chain.stake(validator, Dev.dave, 2) == held - half)
        #expect(try chain.read(SubtensorStorage.subnetTAO, 2) == pool.tao - quote.amountOut)
        #expect(try chain.read(SubtensorStorage.subnetAlphaIn, 2) == pool.alpha + half)
        let event = SubtensorEvent.stakeRemoved(coldkey: id(Dev.dave), hotkey: id(validator), tao: quote.amountOut,
                                                alpha: half, netuid: 2, fee: quote.fee)
        #expect(try chain.subtensorEvents() == [event])
        try ConservationCheck.verify(chain.state)
        // Removing everything clears the share entry.
        try chain.expectSuccess(remove(validator, 2, held - half), by: Dev.dave)
        #expect(try chain.stake(validator, Dev.dave, 2) == 0)
        #expect(try SubtensorStorage.alpha.value(id(validator), id(Dev.dave), 2, in: chain.state) == 0)
        #expect(try chain.hotkeyAlpha(validator, 2) == 0)
        try ConservationCheck.verify(chain.state)
    }

    @Test func removeStakeErrors() throws {
        var chain = try stakingChain()
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        let held = try chain.stake(validator, Dev.dave, 2)
        try chain.expectFails(remove(validator, 2, 0), by: Dev.dave, SubtensorError.amountTooLow)
        try chain.expectFails(remove(validator, 9, 1000), by: Dev.dave, SubtensorError.subnetNotExists)
        try chain.expectFails(remove(Dev.hotkey("Nobody"), 2, 1000), by: Dev.dave, SubtensorError.hotKeyAccountNotExists)
        try chain.expectFails(remove(validator, 2, held + 1), by: Dev.dave, SubtensorError.notEnoughStakeToWithdraw)
        try chain.expectFails(remove(validator, 2, 1000), by: Dev.eve, SubtensorError.notEnoughStakeToWithdraw)
        // A partial removal worth less than the minimum stake.
        try chain.expectFails(remove(validator, 2, 1000), by: Dev.dave, SubtensorError.amountTooLow)
        try chain.setParameter(.subtokenEnabled, netuid: 2, .bool(false))
        try chain.expectFails(remove(validator, 2, held), by: Dev.dave, SubtensorError.subtokenDisabled)
        try ConservationCheck.verify(chain.state)
    }

    @Test func unstakeAllEmptiesEverySubnet() throws {
        var chain = try stakingChain()
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        try chain.expectSuccess(add(validator, 0, 3 * tao), by: Dev.dave)
        try chain.expectSuccess(add(validator, 2, 4 * tao), by: Dev.eve)
        let eveStake = try chain.stake(validator, Dev.eve, 2)
        let freeBefore = try chain.free(Dev.dave)
        let outcome = try chain.submit(.subtensor(.unstakeAll(hotkey: id(validator))), by: Dev.dave)
        #expect(outcome.error == nil)
        #expect(try chain.stake(validator, Dev.dave, 2) == 0)
        #expect(try chain.stake(validator, Dev.dave, 0) == 0)
        #expect(try chain.stake(validator, Dev.eve, 2) == eveStake)
        let removed = try chain.subtensorEvents().compactMap { event -> UInt64? in
            if case .stakeRemoved(_, _, let tao, _, _, _) = event { tao } else { nil }
        }
        #expect(removed.count == 2)
        #expect(try chain.free(Dev.dave) == freeBefore + removed.reduce(0, +) - outcome.fee)
        try ConservationCheck.verify(chain.state)
        // Nothing left to unstake is not an error.
        try chain.expectSuccess(.subtensor(.unstakeAll(hotkey: id(validator))), by: Dev.dave)
        try chain.expectFails(.subtensor(.unstakeAll(hotkey: id(Dev.hotkey("Nobody")))), by: Dev.dave,
                              SubtensorError.hotKeyAccountNotExists)
        try ConservationCheck.verify(chain.state)
    }

    func move(_ from: Keypair, _ to: Keypair, _ originNetuid: UInt16, _ destinationNetuid: UInt16,
              _ amount: UInt64) -> RuntimeCall {
        .subtensor(.moveStake(originHotkey: id(from), destinationHotkey: id(to), originNetuid: originNetuid,
                              destinationNetuid: destinationNetuid, alphaAmount: amount))
    }

    @Test func moveStakeBetweenHotkeysAndSubnets() throws {
        var chain = try stakingChain()
        try chain.register(other, on: 2, by: Dev.eve)
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        let held = try chain.stake(validator, Dev.dave, 2)
        // Same subnet: alpha moves as is.
        try chain.expectSuccess(move(validator, other, 2, 2, held / 2), by: Dev.dave)
        #expect(try chain.stake(validator, Dev.dave, 2) == held - held / 2)
        #expect(try chain.stake(other, Dev.dave, 2) == held / 2)
        let moved = try chain.subtensorEvents().contains { event in
            if case .stakeMoved(id(Dev.dave), id(validator), 2, id(other), 2, _) = event { true } else { false }
        }
        #expect(moved)
        try ConservationCheck.verify(chain.state)
        // Across subnets: through both pools.
        let rest = try chain.stake(validator, Dev.dave, 2)
        let taoOut = try chain.context.pool(2).quoteAlphaForTao(rest).amountOut
        let rootTaoBefore = try chain.read(SubtensorStorage.subnetTAO, 0)
        try chain.expectSuccess(move(validator, validator, 2, 0, rest), by: Dev.dave)
        #expect(try chain.stake(validator, Dev.dave, 2) == 0)
        #expect(try chain.stake(validator, Dev.dave, 0) == taoOut)
        #expect(try chain.read(SubtensorStorage.subnetTAO, 0) == rootTaoBefore + taoOut)
        let event = SubtensorEvent.stakeMoved(coldkey: id(Dev.dave), originHotkey: id(validator), originNetuid: 2,
                                              destinationHotkey: id(validator), destinationNetuid: 0, tao: taoOut)
        #expect(try chain.subtensorEvents() == [event])
        try ConservationCheck.verify(chain.state)
    }

    @Test func moveStakeErrors() throws {
        var chain = try stakingChain()
        try chain.register(other, on: 2, by: Dev.eve)
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        let held = try chain.stake(validator, Dev.dave, 2)
        try chain.expectFails(move(validator, validator, 2, 2, 1000), by: Dev.dave, SubtensorError.sameNetuid)
        try chain.expectFails(move(validator, Dev.hotkey("Nobody"), 2, 2, 1000), by: Dev.dave,
                              SubtensorError.hotKeyAccountNotExists)
        try chain.expectFails(move(validator, other, 9, 2, 1000), by: Dev.dave, SubtensorError.subnetNotExists)
        try chain.expectFails(move(validator, other, 2, 9, 1000), by: Dev.dave, SubtensorError.subnetNotExists)
        try chain.expectFails(move(validator, other, 2, 1, 1000), by: Dev.dave, SubtensorError.subtokenDisabled)
        try chain.expectFails(move(validator, other, 2, 2, 0), by: Dev.dave, SubtensorError.amountTooLow)
        // Epochs keep adding dividends to the stake: ask for more than they can add meanwhile.
        try chain.expectFails(move(validator, other, 2, 2, held + 100 * tao), by: Dev.dave,
                              SubtensorError.notEnoughStakeToWithdraw)
        // Across subnets the TAO value must reach the minimum stake.
        try chain.expectFails(move(validator, other, 2, 0, 1000), by: Dev.dave, SubtensorError.amountTooLow)
        try ConservationCheck.verify(chain.state)
    }

    func transfer(to coldkey: Keypair, _ hotkey: Keypair, _ originNetuid: UInt16, _ destinationNetuid: UInt16,
                  _ amount: UInt64) -> RuntimeCall {
        .subtensor(.transferStake(destinationColdkey: id(coldkey), hotkey: id(hotkey), originNetuid: originNetuid,
                                  destinationNetuid: destinationNetuid, alphaAmount: amount))
    }

    @Test func transferStakeChangesTheColdkey() throws {
        var chain = try stakingChain()
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        let held = try chain.stake(validator, Dev.dave, 2)
        try chain.expectSuccess(transfer(to: Dev.ferdie, validator, 2, 2, held / 4), by: Dev.dave)
        #expect(try chain.stake(validator, Dev.dave, 2) == held - held / 4)
        #expect(try chain.stake(validator, Dev.ferdie, 2) == held / 4)
        #expect(try chain.read(SubtensorStorage.stakingHotkeys, id(Dev.ferdie)) == [id(validator)])
        let transferred = try chain.subtensorEvents().contains { event in
            if case .stakeTransferred(id(Dev.dave), id(Dev.ferdie), id(validator), 2, 2, _) = event { true } else { false }
        }
        #expect(transferred)
        try ConservationCheck.verify(chain.state)
        // Across subnets.
        let taoOut = try chain.context.pool(2).quoteAlphaForTao(held / 4).amountOut
        try chain.expectSuccess(transfer(to: Dev.ferdie, validator, 2, 0, held / 4), by: Dev.dave)
        #expect(try chain.stake(validator, Dev.ferdie, 0) == taoOut)
        try ConservationCheck.verify(chain.state)
    }

    @Test func transferStakeErrors() throws {
        var chain = try stakingChain()
        try chain.expectSuccess(add(validator, 2, 10 * tao), by: Dev.dave)
        let held = try chain.stake(validator, Dev.dave, 2)
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 9, 2, 1000), by: Dev.dave,
                              SubtensorError.subnetNotExists)
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 2, 9, 1000), by: Dev.dave,
                              SubtensorError.subnetNotExists)
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 2, 1, 1000), by: Dev.dave,
                              SubtensorError.subtokenDisabled)
        try chain.expectFails(transfer(to: Dev.ferdie, Dev.hotkey("Nobody"), 2, 2, 1000), by: Dev.dave,
                              SubtensorError.hotKeyAccountNotExists)
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 2, 2, 0), by: Dev.dave, SubtensorError.amountTooLow)
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 2, 2, held + 100 * tao), by: Dev.dave,
                              SubtensorError.notEnoughStakeToWithdraw)
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 2, 0, 1000), by: Dev.dave,
                              SubtensorError.amountTooLow)
        // The subnet owner may turn transfers off.
        try chain.expectSuccess(.adminUtils(AdminUtilsCall(.toggleTransfer, netuid: 2, value: .bool(false))), by: Dev.bob)
        #expect(try !chain.read(SubtensorStorage.transferToggle, 2))
        try chain.expectFails(transfer(to: Dev.ferdie, validator, 2, 2, 1000), by: Dev.dave,
                              SubtensorError.transferDisallowed)
        try ConservationCheck.verify(chain.state)
    }
}
