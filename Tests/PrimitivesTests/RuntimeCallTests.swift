import Hashing
import Primitives
import SCALE
import Testing
import TestSupport

/// Call, event and error encodings against the bytes of specs/substrate.md §1.6–§1.7 and §3.3 (checked there with
/// scalecodec against the recorded metadata).
@Suite struct RuntimeCallTests {
    let bob = try! AccountId32(hexBytes("8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"))
    var bobHex: String { hexString(bob.bytes) }

    private func expectEncoding(_ call: RuntimeCall, _ hex: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = hexBytes(hex.joined())
        #expect(call.scaleEncoded == expected, sourceLocation: sourceLocation)
        #expect(try RuntimeCall(scaleEncoded: expected) == call, sourceLocation: sourceLocation)
    }

    @Test func callsEncodeWithSubtensorsIndicesAndArgumentOrder() throws {
        try expectEncoding(.balances(.transferKeepAlive(dest: .id(bob), value: 1_000_000_000)), ["050300", bobHex, "02286bee"])
        try expectEncoding(.balances(.transferAllowDeath(dest: .id(bob), value: 500)), ["050000", bobHex, "d107"])
        try expectEncoding(.balances(.transferAll(dest: .id(bob), keepAlive: false)), ["050400", bobHex, "00"])
        try expectEncoding(.subtensor(.addStake(hotkey: bob, netuid: 1, amount: 1_000_000_000)),
                           ["0702", bobHex, "0100", "00ca9a3b00000000"])
        try expectEncoding(.subtensor(.burnedRegister(netuid: 1, hotkey: bob)), ["07070100", bobHex])
        try expectEncoding(.subtensor(.setWeights(WeightsArguments(netuid: 1, uids: [0, 1], values: [65535, 0], versionKey: 0))),
                           ["07000100", "0800000100", "08ffff0000", "0000000000000000"])
        let axon = AxonEndpoint(netuid: 1, version: 9_011_001, ip: 0xc0a8_0101, port: 8091, ipType: 4, protocol: 4)
        try expectEncoding(.subtensor(.serveAxon(axon)),
                           ["07040100", "397f8900", "0101a8c0000000000000000000000000", "9b1f", "04040000"])
        try expectEncoding(.subtensor(.registerNetwork(hotkey: bob)), ["073b", bobHex])
        let hash = H256.blake2([1, 2, 3])
        try expectEncoding(.subtensor(.commitWeights(netuid: 1, commitHash: hash)), ["07600100", hexString(hash.bytes)])
        try expectEncoding(.sudo(.sudo(.adminUtils(AdminUtilsCall(.tempo, netuid: 1, value: .u16(10))))), ["0c00131e01000a00"])
        try expectEncoding(.timestamp(.set(now: 1_700_000_000_000)), ["02000b0068e5cf8b01"])
    }

    @Test func everyCallRoundTripsAndEveryTruncationFails() throws {
        let weights = WeightsArguments(netuid: 3, mechanism: 0, uids: [1, 2], values: [3, 4], salt: [5], versionKey: 6)
        let calls: [RuntimeCall] = [
            .system(.remark([1, 2])), .system(.remarkWithEvent([3])),
            .balances(.forceSetBalance(who: .id(bob), newFree: 7)),
            .sudo(.sudoUncheckedWeight(.system(.remark([])), refTime: 1, proofSize: 2)), .sudo(.setKey(.id(bob))),
            .subtensor(.removeStake(hotkey: bob, netuid: 2, amount: 3)),
            .subtensor(.servePrometheus(netuid: 1, version: 2, ip: 3, port: 4, ipType: 4)),
            .subtensor(.register(netuid: 1, blockNumber: 2, nonce: 3, work: [4], hotkey: bob, coldkey: bob)),
            .subtensor(.faucet(blockNumber: 1, nonce: 2, work: [3])), .subtensor(.rootRegister(hotkey: bob)),
            .subtensor(.decreaseTake(hotkey: bob, take: 1)), .subtensor(.increaseTake(hotkey: bob, take: 2)),
            .subtensor(.unstakeAll(hotkey: bob)),
            .subtensor(.moveStake(originHotkey: bob, destinationHotkey: bob, originNetuid: 1, destinationNetuid: 2, alphaAmount: 3)),
            .subtensor(.transferStake(destinationColdkey: bob, hotkey: bob, originNetuid: 1, destinationNetuid: 2,
                                      alphaAmount: 3)),
            .subtensor(.startCall(netuid: 4)), .subtensor(.revealWeights(weights)),
            .subtensor(.commitMechanismWeights(netuid: 1, mechanism: 0, commitHash: H256.zero)),
            .subtensor(.revealMechanismWeights(weights)),
            .subtensor(.setMechanismWeights(WeightsArguments(netuid: 3, uids: [1], values: [2], versionKey: 4))),
            .adminUtils(AdminUtilsCall(.alphaValues, netuid: 1, value: .u16Pair(2000, 3000))),
            .adminUtils(AdminUtilsCall(.subnetOwnerCut, value: .u16(5))),
            .adminUtils(AdminUtilsCall(.alphaSigmoidSteepness, netuid: 2, value: .i16(-3))),
        ]
        for call in calls {
            let bytes = call.scaleEncoded
            #expect(try RuntimeCall(scaleEncoded: bytes) == call, "\(call.name)")
            for length in 0..<bytes.count {
                #expect(throws: ScaleError.self, "\(call.name) cut at \(length)") {
                    try RuntimeCall(scaleEncoded: Array(bytes.prefix(length)))
                }
            }
            #expect(throws: ScaleError.self) { try RuntimeCall(scaleEncoded: bytes + [0]) }
        }
    }

    @Test func unknownIndicesAndDeepNestingAreRefused() throws {
        for bytes in [[7, 1], [5, 1], [19, 200], [12, 9], [0, 3], [2, 1], [99, 0]] as [[UInt8]] {
            #expect(throws: ScaleError.self) { try RuntimeCall(scaleEncoded: bytes) }
        }
        var nested = RuntimeCall.system(.remark([]))
        for _ in 0..<RuntimeCall.maximumNesting { nested = .sudo(.sudo(nested)) }
        #expect(throws: ScaleError.self) { try RuntimeCall(scaleEncoded: nested.scaleEncoded) }
    }

    @Test func theWorkedEventRecordsDecode() throws {
        let who = [UInt8](repeating: 0xab, count: 32)
        // The spec prints the first weight as `2d3101`; C(5_000_000) is `022d3101` (4-byte mode), as here.
        let bytes = hexBytes(["0c", "00", "00000000", "0000", "022d3101", "5517", "02", "01", "00",
                              "0001000000", "0600", hexString(who), "40e2010000000000", "0000000000000000", "00",
                              "0001000000", "0001", "0307", "1d000000", "0284d717", "813e", "000000"].joined())
        let records = try [EventRecord](scaleEncoded: bytes)
        #expect(records.count == 3)
        #expect(records[0].event == .system(.extrinsicSuccess(DispatchEventInfo(refTime: 5_000_000, proofSize: 1493,
                                                                                dispatchClass: 2, paysFee: 1))))
        #expect(records[1].event == .transactionFeePaid(who: try AccountId32(who), actualFee: 123_456, tip: 0))
        guard case .system(.extrinsicFailed(let error, let info)) = records[2].event else {
            Issue.record("not ExtrinsicFailed")
            return
        }
        #expect(error.name == "SubtensorModule.SettingWeightsTooFast")
        #expect(info.refTime == 100_000_000 && info.proofSize == 4000)
        #expect(records.scaleEncoded == bytes)
    }

    @Test func palletErrorsCarrySubtensorsNames() {
        #expect(SubtensorError.allCases.count == 147)
        #expect(SubtensorError.notEnoughBalanceToStake.dispatchError == .module(pallet: 7, error: 12))
        #expect(SubtensorError.tooManyUIDsPerMechanism.name == "TooManyUIDsPerMechanism")
        #expect(SubtensorError.accountRejectsLockedAlpha.rawValue == 146)
        #expect(DispatchError.module(pallet: 5, error: 2).name == "Balances.InsufficientBalance")
        #expect(DispatchError.module(pallet: 19, error: 0).name == "AdminUtils.SubnetDoesNotExist")
        #expect(DispatchError.badOrigin.name == "BadOrigin")
    }
}
