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

@Suite("NeuronInfo and SubnetState against recorded mainnet responses")
struct NeuronInfoTests {
    @Test("get_neuron(14, 29) decodes as Option<NeuronInfo> with every byte consumed")
    func neuron() throws {
        let bytes = try Hex.decode(try Fixtures.decode(RecordedCall.self, from: "mainnet-neuron-netuid14-uid29.json").result)
        let neuron = try #require(try NeuronInfo?(scaleEncoded: bytes))
        #expect(neuron.neuron.netuid == 14)
        #expect(neuron.neuron.uid == 29)
        #expect(Optional(neuron).scaleEncoded == bytes)
        for length in 0..<bytes.count {
            #expect(throws: ScaleError.self, "length \(length)") { try NeuronInfo?(scaleEncoded: bytes.prefix(length)) }
        }
    }

    @Test("get_subnet_state(1) decodes as Option<SubnetState>: vectors of one length, every byte consumed")
    func subnetState() throws {
        let bytes = try Hex.decode(try Fixtures.decode(RecordedCall.self, from: "mainnet-subnet-state-netuid1.json").result)
        let state = try #require(try SubnetState?(scaleEncoded: bytes))
        #expect(state.netuid == 1)
        #expect(state.hotkeys.count == 1024)
        let lengths = [state.coldkeys.count, state.active.count, state.validatorPermit.count, state.pruningScore.count,
                       state.lastUpdate.count, state.emission.count, state.dividends.count, state.incentives.count,
                       state.consensus.count, state.trust.count, state.rank.count, state.blockAtRegistration.count,
                       state.alphaStake.count, state.taoStake.count, state.totalStake.count]
        #expect(lengths.allSatisfy { $0 == 1024 })
        #expect(Hex.encode(state.hotkeys[0].bytes).hasPrefix("4a7a"))
        #expect(Optional(state).scaleEncoded == bytes)
        #expect(throws: ScaleError.self) { try SubnetState?(scaleEncoded: bytes.dropLast()) }
    }
}

@Suite("Subnet info and hyperparameters against recorded mainnet responses")
struct SubnetInfoTests {
    @Test("get_subnets_info_v2 decodes as Vec<Option<SubnetInfo>>, netuids in order, every byte consumed")
    func subnetsInfo() throws {
        let bytes = try Hex.decode(try Fixtures.decode(RecordedCall.self, from: "mainnet-subnets-info-v2.json").result)
        let subnets = try [SubnetInfo?](scaleEncoded: bytes)
        let present = subnets.compactMap { $0 }
        #expect(present.count > 60)
        #expect(present.map(\.netuid) == present.map(\.netuid).sorted())
        #expect(present.contains { $0.identity != nil })
        #expect(present.allSatisfy { $0.subnetworkN <= $0.maxAllowedUids })
        #expect(subnets.scaleEncoded == bytes)
        #expect(throws: ScaleError.self) { try [SubnetInfo?](scaleEncoded: bytes.dropLast()) }
    }

    /// This recording predates the typed API: the result is `Vec<u8>` holding the encoded struct.
    @Test("get_subnet_hyperparams(23) decodes (wrapped in Vec<u8>, as that runtime returned it), every byte consumed")
    func hyperparameters() throws {
        let wrapped = try Hex.decode(try Fixtures.decode(RecordedCall.self, from: "mainnet-subnet-hyperparams-netuid23.json").result)
        let bytes = try [UInt8](scaleEncoded: wrapped)
        let parameters = try SubnetHyperparameters(scaleEncoded: bytes)
        #expect(parameters.rho == 10)
        #expect(parameters.kappa == 32767)
        #expect(parameters.scaleEncoded == bytes)
        for length in 0..<bytes.count {
            #expect(throws: ScaleError.self, "length \(length)") { try SubnetHyperparameters(scaleEncoded: bytes.prefix(length)) }
        }
    }
}
