import Foundation
import Hashing
import Primitives
import SCALE
import TestSupport
import Testing

private struct RecordedStateCall: Decodable {
    let call: String
    let result: String
}

/// The recorded `get_selective_mechagraph(1, 0, [0…73])` result at mainnet #6852690.
private func recordedMechagraph() throws -> [UInt8] {
    let recorded = try Fixtures.decode(RecordedStateCall.self, from: "mainnet-selective-mechagraph-netuid1.json")
    return try Hex.decode(recorded.result)
}

/// `metagraph` with every per-uid vector cut down to the given uids.
private func trimmed(_ metagraph: Metagraph, to uids: [Int]) -> Metagraph {
    var small = metagraph
    small.numUids = UInt16(uids.count)
    small.hotkeys = uids.map { metagraph.hotkeys[$0] }
    small.coldkeys = uids.map { metagraph.coldkeys[$0] }
    small.identities = uids.map { metagraph.identities[$0] }
    small.axons = uids.map { metagraph.axons[$0] }
    small.active = uids.map { metagraph.active[$0] }
    small.validatorPermit = uids.map { metagraph.validatorPermit[$0] }
    small.pruningScore = uids.map { metagraph.pruningScore[$0] }
    small.lastUpdate = uids.map { metagraph.lastUpdate[$0] }
    small.emission = uids.map { metagraph.emission[$0] }
    small.dividends = uids.map { metagraph.dividends[$0] }
    small.incentives = uids.map { metagraph.incentives[$0] }
    small.consensus = uids.map { metagraph.consensus[$0] }
    small.trust = uids.map { metagraph.trust[$0] }
    small.rank = uids.map { metagraph.rank[$0] }
    small.blockAtRegistration = uids.map { metagraph.blockAtRegistration[$0] }
    small.alphaStake = uids.map { metagraph.alphaStake[$0] }
    small.taoStake = uids.map { metagraph.taoStake[$0] }
    small.totalStake = uids.map { metagraph.totalStake[$0] }
    small.taoDividendsPerHotkey = uids.map { metagraph.taoDividendsPerHotkey[$0] }
    small.alphaDividendsPerHotkey = uids.map { metagraph.alphaDividendsPerHotkey[$0] }
    return small
}

@Suite("Metagraph and SelectiveMetagraph")
struct MetagraphTests {
    @Test("the recorded get_selective_mechagraph(1) decodes as Option<SelectiveMetagraph> and re-encodes byte for byte")
    func recordedSelective() throws {
        let bytes = try recordedMechagraph()
        #expect(bytes.count == 196_120)
        let selective = try #require(try SelectiveMetagraph?(scaleEncoded: bytes))
        #expect(Optional(selective).scaleEncoded == bytes)

        #expect(selective.netuid == 1)
        #expect(selective.name == Array("Apex".utf8))
        #expect(selective.symbol == Array("α".utf8))
        #expect(selective.identity??.subnetName == Array("Apex".utf8))
        #expect(selective.networkRegisteredAt == 1_497_824)
        #expect(selective.block == 6_852_690)
        #expect(selective.tempo == 99)
        #expect(selective.movingPrice == 40_869_489)
        #expect(selective.kappa == 32_767)
        #expect(selective.maxDifficulty == 1_000_000_000_000_000_000)
        #expect(selective.registrationAllowed == true)
        #expect(selective.liquidAlphaEnabled == false)
        #expect(selective.numUids == 1024)
        #expect(selective.maxUids == 1024)

        let hotkeys = try #require(selective.hotkeys)
        #expect(hotkeys.count == 1024)
        #expect(Hex.encode(hotkeys[0].bytes).hasPrefix("4a7a"))
        var lengths: [Int?] = [selective.coldkeys?.count, selective.identities?.count, selective.axons?.count]
        lengths += [selective.active?.count, selective.validatorPermit?.count, selective.pruningScore?.count]
        lengths += [selective.lastUpdate?.count, selective.emission?.count, selective.dividends?.count]
        lengths += [selective.incentives?.count, selective.consensus?.count, selective.trust?.count]
        lengths += [selective.rank?.count, selective.blockAtRegistration?.count, selective.alphaStake?.count]
        lengths += [selective.taoStake?.count, selective.totalStake?.count]
        lengths += [selective.taoDividendsPerHotkey?.count, selective.alphaDividendsPerHotkey?.count]
        #expect(lengths.allSatisfy { $0 == 1024 })
        #expect(selective.axons?[0] == AxonInfo(block: 6_575_906, version: 9_011_001, ip: 0xc0de_3b6d, port: 6028,
                                                ipType: 4, protocol: 4))
        #expect(selective.alphaDividendsPerHotkey?.map(\.hotkey) == hotkeys)

        let identities = try #require(selective.identities)
        #expect(identities.compactMap { $0 }.count == 11)
        #expect(identities[276]?.name == Array("tao.bot".utf8))
        #expect(identities[276]?.discord == Array("dan.taobot".utf8))

        // The validator uids are exactly the uids holding a permit.
        let validators = try #require(selective.validators)
        #expect(validators == [496, 395, 245, 966, 24, 993, 447, 697, 518, 276, 502, 630])
        let permitted = selective.validatorPermit?.indices.filter { selective.validatorPermit![$0] }
        #expect(permitted == validators.map(Int.init).sorted())
        let commitments = try #require(selective.commitments)
        #expect(commitments.count == 2)
        #expect(commitments.map(\.data.count) == [111, 17])
        #expect(commitments[1].data.suffix(3) == Array("cat".utf8))
    }

    @Test("the recorded response converts to a Metagraph and back; Metagraph round-trips")
    func recordedMetagraph() throws {
        let bytes = try recordedMechagraph()
        let selective = try #require(try SelectiveMetagraph?(scaleEncoded: bytes))
        let metagraph = try #require(Metagraph(selective))
        #expect(metagraph.netuid == 1)
        #expect(metagraph.hotkeys.count == 1024)
        #expect(metagraph.subnetVolume == 609_202_105_066_978)
        #expect(metagraph.adjustmentAlpha == 17_893_341_751_498_265_066)

        var back = SelectiveMetagraph(metagraph)
        #expect(back.validators == nil && back.commitments == nil)
        (back.validators, back.commitments) = (selective.validators, selective.commitments)
        #expect(back == selective)

        let encoded = metagraph.scaleEncoded
        #expect(try Metagraph(scaleEncoded: encoded) == metagraph)
        // The recorded bytes are the outer Option's tag, netuid, 71 field tags, the fields and the two extras.
        var extras = SelectiveMetagraph(netuid: 1)
        (extras.validators, extras.commitments) = (selective.validators, selective.commitments)
        #expect(encoded.count == bytes.count - extras.scaleEncoded.count)
        #expect(throws: ScaleError.self) { try Metagraph(scaleEncoded: encoded.dropLast()) }
        #expect(throws: ScaleError.self) { try SelectiveMetagraph?(scaleEncoded: bytes.dropLast()) }
        #expect(throws: ScaleError.self) { try SelectiveMetagraph?(scaleEncoded: bytes + [0]) }

        var partial = selective
        partial.rank = nil
        #expect(Metagraph(partial) == nil)
    }

    @Test("a small Metagraph and SelectiveMetagraph refuse every truncation and trailing bytes")
    func truncation() throws {
        let selective = try #require(try SelectiveMetagraph?(scaleEncoded: recordedMechagraph()))
        let metagraph = trimmed(try #require(Metagraph(selective)), to: [0, 24, 276])
        #expect(metagraph.identities[2] != nil)
        #expect(metagraph.alphaDividendsPerHotkey[1].amount > 0)
        let bytes = try checkCodec(metagraph)
        #expect(bytes.count < 2000)

        var small = SelectiveMetagraph(metagraph)
        small.validators = [1, 2]
        small.commitments = [.init(hotkey: metagraph.hotkeys[1], data: [0, 64, 255])]
        try checkCodec(small)
        let extras = Hex.encode(small.scaleEncoded.suffix(4 + 40))
        #expect(extras.hasPrefix("01" + "080408" + "01" + "04" + Hex.encode(metagraph.hotkeys[1].bytes)))
        #expect(extras.hasSuffix("0c" + "00" + "0101" + "fd03"))
    }

    @Test("unset fields are single 00 bytes; Option<bool> is the generic 00 / 01 00 / 01 01")
    func optionalLayout() throws {
        let empty = SelectiveMetagraph(netuid: 1)
        #expect(try checkCodec(empty) == [0x04] + [UInt8](repeating: 0, count: 73))

        var flags = SelectiveMetagraph(netuid: 1)
        flags.registrationAllowed = false
        flags.liquidAlphaEnabled = true
        flags.tempo = 360
        let expected = ["04", String(repeating: "00", count: 7), "01a105", String(repeating: "00", count: 25),
                        "0100", "00", String(repeating: "00", count: 12), "0101", String(repeating: "00", count: 25)]
        #expect(Hex.encode(try checkCodec(flags)) == expected.joined())
        #expect(throws: ScaleError(.invalidTag, "")) {
            let invalid = expected.joined().replacingOccurrences(of: "0101", with: "0102")
            return try SelectiveMetagraph(scaleEncoded: Hex.decode(invalid))
        }
    }

    @Test("the recorded get_network_registration_cost result is a u64")
    func registrationCost() throws {
        let recorded = try Fixtures.decode(RecordedStateCall.self, from: "mainnet-network-registration-cost.json")
        #expect(recorded.call.contains("SubnetRegistrationRuntimeApi_get_network_registration_cost"))
        let bytes = try Hex.decode(recorded.result)
        #expect(try UInt64(scaleEncoded: bytes) == 1_485_558_848)
        #expect(throws: ScaleError.self) { try UInt64(scaleEncoded: bytes.dropLast()) }
    }
}
