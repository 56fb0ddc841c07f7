import Primitives
import SCALE
import Testing

/// Every event this runtime emits round-trips, and its decoder refuses every truncation and a trailing byte.
@Suite struct RuntimeEventTests {
    let a = try! AccountId32([UInt8](repeating: 1, count: 32))
    let b = try! AccountId32([UInt8](repeating: 2, count: 32))

    var events: [RuntimeEvent] {
        let info = DispatchEventInfo(refTime: 285_000_000, proofSize: 0)
        let hash = H256.blake2([9])
        let subtensor: [SubtensorEvent] = [
            .networkAdded(netuid: 2, mechanism: 1),
            .stakeAdded(coldkey: a, hotkey: b, tao: 1, alpha: 2, netuid: 3, fee: 4),
            .stakeRemoved(coldkey: a, hotkey: b, tao: 1, alpha: 2, netuid: 3, fee: 4),
            .stakeMoved(coldkey: a, originHotkey: b, originNetuid: 1, destinationHotkey: a, destinationNetuid: 2, tao: 3),
            .weightsSet(netuidIndex: 1, uid: 2), .neuronRegistered(netuid: 1, uid: 2, hotkey: a),
            .axonServed(netuid: 1, hotkey: a), .prometheusServed(netuid: 1, hotkey: b),
            .hyperparameterSet(.tempo, netuid: 2, value: .u16(360)),
            .hyperparameterSet(.defaultTake, netuid: nil, value: .u16(10)),
            .hyperparameterSet(.alphaSigmoidSteepness, netuid: 2, value: .i16(-1)),
            .hyperparameterSet(.bondsResetEnabled, netuid: 2, value: .bool(true)),
            .faucet(account: a, amount: 5), .takeDecreased(coldkey: a, hotkey: b, take: 1),
            .takeIncreased(coldkey: a, hotkey: b, take: 2), .weightsCommitted(who: a, netuidIndex: 1, hash: hash),
            .weightsRevealed(who: a, netuidIndex: 1, hash: hash),
            .stakeTransferred(originColdkey: a, destinationColdkey: b, hotkey: a, originNetuid: 1, destinationNetuid: 2,
                              tao: 3),
            .firstEmissionBlockNumberSet(netuid: 2, block: 10),
        ]
        let others: [RuntimeEvent] = [
            .system(.extrinsicSuccess(info)), .system(.extrinsicFailed(.module(pallet: 7, error: 29), info)),
            .system(.newAccount(a)), .system(.killedAccount(a)), .system(.remarked(sender: a, hash: hash)),
            .balances(.endowed(account: a, freeBalance: 1)), .balances(.dustLost(account: a, amount: 2)),
            .balances(.transfer(from: a, to: b, amount: 3)), .balances(.balanceSet(who: a, free: 4)),
            .balances(.deposit(who: a, amount: 5)), .balances(.withdraw(who: a, amount: 6)),
            .transactionFeePaid(who: a, actualFee: 7, tip: 8), .sudo(.sudid(nil)), .sudo(.sudid(.badOrigin)),
            .sudo(.keyChanged(old: a, new: b)), .sudo(.keyChanged(old: nil, new: b)),
        ]
        return others + subtensor.map { .subtensor($0) }
    }

    @Test func everyEventRoundTripsAndRefusesTruncation() throws {
        for event in events {
            let record = EventRecord(phase: .applyExtrinsic(3), event: event)
            let bytes = record.scaleEncoded
            #expect(try EventRecord(scaleEncoded: bytes) == record, "\(event)")
            for length in 0..<bytes.count {
                #expect(throws: ScaleError.self, "\(event) cut at \(length)") {
                    try EventRecord(scaleEncoded: Array(bytes.prefix(length)))
                }
            }
            #expect(throws: ScaleError.self) { try EventRecord(scaleEncoded: bytes + [0]) }
        }
    }

    @Test func unknownEventVariantsAreRefused() {
        for bytes in [[0, 9], [5, 30], [6, 1], [7, 200], [12, 7], [40, 0]] as [[UInt8]] {
            #expect(throws: ScaleError.self) { try RuntimeEvent(scaleEncoded: bytes) }
        }
    }
}
