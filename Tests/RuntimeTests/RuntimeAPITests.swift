import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import SCALE
import Testing
import TestSupport

/// Runtime-API results built from a dev chain's storage decode with the layouts proven against recorded
/// mainnet responses (PrimitivesTests), and carry what the chain holds.
@Suite struct RuntimeAPITests {
    let owner = Dev.bob
    let ownerHotkey = Dev.hotkey("bob-hk")
    let miner = Dev.hotkey("miner-hk")

    /// Subnet 2 owned by Bob, with a miner registered by Charlie that serves an axon, Charlie staking on it,
    /// and the owner's weights once the weights rate limit (100 blocks from registration) has passed.
    private func populatedChain() throws -> DevChain {
        var chain = try DevChain()
        try chain.expectSuccess(.subtensor(.registerNetwork(hotkey: Dev.account(ownerHotkey))), by: owner)
        try chain.expectSuccess(.subtensor(.startCall(netuid: 2)), by: owner)
        try chain.expectSuccess(.subtensor(.burnedRegister(netuid: 2, hotkey: Dev.account(miner))), by: Dev.charlie)
        try chain.expectSuccess(.balances(.transferKeepAlive(dest: .id(Dev.account(miner)), value: tao)), by: Dev.charlie)
        let endpoint = AxonEndpoint(netuid: 2, version: 7, ip: 0x7f00_0001, port: 8091, ipType: 4, protocol: 4)
        try chain.expectSuccess(.subtensor(.serveAxon(endpoint)), by: miner)
        try chain.expectSuccess(.subtensor(.addStake(hotkey: Dev.account(miner), netuid: 2, amount: 10 * tao)), by: Dev.charlie)
        try chain.expectSuccess(.balances(.transferKeepAlive(dest: .id(Dev.account(ownerHotkey)), value: tao)), by: owner)
        try chain.advance(blocks: 100)
        let weights = WeightsArguments(netuid: 2, uids: [0, 1], values: [1, 3], versionKey: 0)
        try chain.expectSuccess(.subtensor(.setWeights(weights)), by: ownerHotkey)
        return chain
    }

    private func call<T: ScaleDecodable>(_ method: String, _ arguments: [UInt8], on chain: DevChain, as type: T.Type) throws -> T {
        try T(scaleEncoded: RuntimeAPI.call(method, arguments: arguments, on: chain.state))
    }

    @Test func neuronsCarryTheirKeysAxonsStakeAndWeights() throws {
        let chain = try populatedChain()
        let neurons = try call("NeuronInfoRuntimeApi_get_neurons_lite", [2, 0], on: chain, as: [NeuronInfoLite].self)
        #expect(neurons.map(\.hotkey) == [Dev.account(ownerHotkey), Dev.account(miner)])
        #expect(neurons[1].coldkey == Dev.account(Dev.charlie))
        #expect(neurons[1].axonInfo.port == 8091 && neurons[1].axonInfo.ip == 0x7f00_0001 && neurons[1].axonInfo.version == 7)
        #expect(neurons[1].stake.count == 1 && neurons[1].stake[0].amount > 0)
        #expect(neurons.allSatisfy { $0.active })
        let owner = try call("NeuronInfoRuntimeApi_get_neuron", [2, 0, 0, 0], on: chain, as: NeuronInfo?.self)
        #expect(owner?.weights.map(\.uid) == [0, 1])
        #expect(owner?.weights.map(\.weight) == [21845, 65535])
        #expect(try call("NeuronInfoRuntimeApi_get_neuron", [2, 0, 9, 0], on: chain, as: NeuronInfo?.self) == nil)
        #expect(try call("NeuronInfoRuntimeApi_get_neurons_lite", [9, 0], on: chain, as: [NeuronInfoLite].self).isEmpty)
    }

    @Test func subnetViewsReflectStorage() throws {
        let chain = try populatedChain()
        let infos = try call("SubnetInfoRuntimeApi_get_subnets_info_v2", [], on: chain, as: [SubnetInfo?].self)
        #expect(infos.compactMap { $0?.netuid } == [0, 1, 2])
        let info = try #require(infos[2])
        #expect(info.owner == Dev.account(self.owner) && info.subnetworkN == 2 && info.tempo == 10 && info.maxAllowedUids == 256)
        let parameters = try #require(try call("SubnetInfoRuntimeApi_get_subnet_hyperparams", [2, 0], on: chain,
                                               as: SubnetHyperparameters?.self))
        #expect(parameters.immunityPeriod == 5000 && parameters.minAllowedWeights == 1 && !parameters.commitRevealWeightsEnabled)
        let state = try #require(try call("SubnetInfoRuntimeApi_get_subnet_state", [2, 0], on: chain, as: SubnetState?.self))
        #expect(state.coldkeys == [Dev.account(self.owner), Dev.account(Dev.charlie)])
        #expect(state.alphaStake[1] == (try chain.read(SubtensorStorage.totalHotkeyAlpha, Dev.account(miner), 2)))
        let dynamic = try #require(try call("SubnetInfoRuntimeApi_get_dynamic_info", [2, 0], on: chain, as: DynamicInfo?.self))
        #expect(dynamic.taoIn == (try chain.read(SubtensorStorage.subnetTAO, 2)))
        #expect(dynamic.alphaOut == (try chain.read(SubtensorStorage.subnetAlphaOut, 2)))
        let graph = try #require(try call("SubnetInfoRuntimeApi_get_metagraph", [2, 0], on: chain, as: Metagraph?.self))
        #expect(graph.hotkeys == state.hotkeys && graph.axons[1].port == 8091 && graph.numUids == 2)
        #expect(graph.block == UInt64(chain.head.number))
        #expect(try call("SubnetInfoRuntimeApi_get_all_dynamic_info", [], on: chain, as: [DynamicInfo?].self).count == 3)
    }

    @Test func stakeAndDelegateViews() throws {
        let chain = try populatedChain()
        let stakes = try call("StakeInfoRuntimeApi_get_stake_info_for_coldkey", Dev.account(Dev.charlie).bytes,
                              on: chain, as: [StakeInfo].self)
        #expect(stakes.count == 1 && stakes[0].hotkey == Dev.account(miner) && stakes[0].netuid == 2 && stakes[0].isRegistered)
        let delegate = try #require(try call("DelegateInfoRuntimeApi_get_delegate", Dev.account(miner).bytes, on: chain,
                                             as: DelegateInfo?.self))
        #expect(delegate.ownerSS58 == Dev.account(Dev.charlie) && delegate.registrations == [2] && delegate.take == 11_796)
        #expect(delegate.nominators.map(\.coldkey) == [Dev.account(Dev.charlie)])
        let cost = try call("SubnetRegistrationRuntimeApi_get_network_registration_cost", [], on: chain, as: UInt64.self)
        #expect(cost == (try RuntimeContext(queryOn: chain.state).networkLockCost()))
        #expect(try call("AccountNonceApi_account_nonce", Dev.account(Dev.charlie).bytes, on: chain, as: UInt32.self) == 3)
    }

    @Test func feeEstimatesIgnoreTheSignatureAndMatchTheChargedFee() throws {
        var chain = try DevChain()
        let transfer = RuntimeCall.balances(.transferKeepAlive(dest: .id(Dev.account(Dev.bob)), value: tao))
        let signed = chain.sign(transfer, with: Dev.alice)
        let zeroed = UncheckedExtrinsic(signature: UncheckedExtrinsic.Signature(
            address: signed.signature!.address, signature: .sr25519([UInt8](repeating: 0, count: 64)),
            extra: signed.signature!.extra), call: signed.call)
        var arguments = zeroed.scaleEncoded
        arguments += withUnsafeBytes(of: UInt32(zeroed.encoded.count).littleEndian, Array.init)
        let info = try call("TransactionPaymentApi_query_info", arguments, on: chain, as: RuntimeDispatchInfo.self)
        let charged = try chain.submit(transfer, by: Dev.alice)
        #expect(info.partialFee == charged.fee)
        #expect(info.dispatchClass == DispatchClass.normal)
        #expect(info.weight.refTime == TransactionFee.baseWeight + TransactionFee.weight(of: transfer))
    }

    @Test func coreVersionNamesSubtensorsRuntimeAndItsAPIs() throws {
        let chain = try DevChain()
        let version = try call("Core_version", [], on: chain, as: RuntimeVersion.self)
        #expect(version.specName == "node-subtensor" && version.specVersion == 425 && version.transactionVersion == 1)
        #expect(version.apis.contains { $0.id == hexBytes("df6acb689907609b") && $0.version == 5 })
        #expect(version.apis.contains { $0.id == hexBytes("806df4ccaa9ed485") })
        #expect(version.apis.contains { $0.id == hexBytes("8375104b299b74c5") && $0.version == 2 })
    }

    @Test func unknownMethodsAndBadArgumentsAreRefused() throws {
        let chain = try DevChain()
        #expect(throws: RuntimeAPIError.unknownMethod("Nope_nope")) {
            try RuntimeAPI.call("Nope_nope", arguments: [], on: chain.state)
        }
        for arguments in [[], [1], [1, 0, 0]] as [[UInt8]] {
            #expect(throws: RuntimeAPIError.self) {
                try RuntimeAPI.call("SubnetInfoRuntimeApi_get_subnet_state", arguments: arguments, on: chain.state)
            }
        }
        #expect(RuntimeAPI.methods.contains("NeuronInfoRuntimeApi_get_neurons_lite"))
    }
}
