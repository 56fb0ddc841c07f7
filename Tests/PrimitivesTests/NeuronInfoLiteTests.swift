import Foundation
import Hashing
import Primitives
import SCALE
import TestSupport
import Testing

private struct RecordedCall: Decodable {
    let result: String
}

@Suite("Runtime API layouts against recorded mainnet responses")
struct NeuronInfoLiteTests {
    @Test("get_neurons_lite(1) at #6852690: 1024 neurons, every byte consumed, re-encoding identical")
    func neuronsLite() throws {
        let bytes = try Hex.decode(try Fixtures.decode(RecordedCall.self, from: "mainnet-neurons-lite-netuid1.json").result)
        #expect(bytes.count == 186_526)
        let neurons = try [NeuronInfoLite](scaleEncoded: bytes)
        #expect(neurons.count == 1024)
        #expect(neurons.map(\.uid) == (0..<1024).map(UInt16.init))
        #expect(neurons.allSatisfy { $0.netuid == 1 })
        let first = neurons[0]
        #expect(Hex.encode(first.hotkey.bytes).hasPrefix("4a7a"))
        #expect(!first.active)
        #expect(first.axonInfo == AxonInfo(block: 6_575_906, version: 9_011_001, ip: 0xc0de_3b6d, port: 6028, ipType: 4, protocol: 4))
        #expect(first.prometheusInfo == PrometheusInfo(block: 0, version: 0, ip: 0, port: 0, ipType: 0))
        #expect(first.stake.count == 1)
        #expect(first.stake[0].amount == 2_557_172_316)
        #expect(first.lastUpdate == 2_543_521)
        #expect(!first.validatorPermit)
        #expect(neurons.scaleEncoded == bytes)
    }

    @Test("truncated responses are refused")
    func truncated() throws {
        let bytes = try Hex.decode(try Fixtures.decode(RecordedCall.self, from: "mainnet-neurons-lite-netuid1.json").result)
        var reader = ScaleReader(bytes.dropFirst(2))
        let first = try NeuronInfoLite(decoding: &reader)
        let one = Array(bytes[2..<(2 + reader.position)])
        #expect(first.scaleEncoded == one)
        for length in 0..<one.count {
            #expect(throws: ScaleError.self, "length \(length)") { try NeuronInfoLite(scaleEncoded: one.prefix(length)) }
        }
        #expect(throws: ScaleError.self) { try [NeuronInfoLite](scaleEncoded: bytes.dropLast()) }
    }
}
