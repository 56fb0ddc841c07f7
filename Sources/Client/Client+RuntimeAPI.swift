import Primitives
import SCALE

/// Subtensor's runtime APIs through `state_call`, decoded into Primitives' result types.
extension Client {
    /// Every neuron of a subnet, without weights and bonds, at block `hash` (the best block when nil).
    public func neuronsLite(netuid: UInt16, at hash: H256? = nil) async throws -> [NeuronInfoLite] {
        try await runtimeCall("NeuronInfoRuntimeApi_get_neurons_lite", netuid, at: hash)
    }

    /// Every neuron of a subnet with its weights and bonds, at block `hash` (the best block when nil).
    public func neurons(netuid: UInt16, at hash: H256? = nil) async throws -> [NeuronInfo] {
        try await runtimeCall("NeuronInfoRuntimeApi_get_neurons", netuid, at: hash)
    }

    /// A subnet's per-neuron stakes and scores; nil when the subnet does not exist.
    public func subnetState(netuid: UInt16, at hash: H256? = nil) async throws -> SubnetState? {
        try await runtimeCall("SubnetInfoRuntimeApi_get_subnet_state", netuid, at: hash)
    }

    /// A subnet's hyperparameters; nil when the subnet does not exist.
    public func hyperparameters(netuid: UInt16) async throws -> SubnetHyperparameters? {
        try await runtimeCall("SubnetInfoRuntimeApi_get_subnet_hyperparams", netuid)
    }

    /// A subnet's pool and emission state; nil when the subnet does not exist.
    public func dynamicInfo(netuid: UInt16) async throws -> DynamicInfo? {
        try await runtimeCall("SubnetInfoRuntimeApi_get_dynamic_info", netuid)
    }

    /// Every subnet's pool and emission state, by netuid.
    public func allDynamicInfo() async throws -> [DynamicInfo] {
        let all: [DynamicInfo?] = try await runtimeCall("SubnetInfoRuntimeApi_get_all_dynamic_info")
        return all.compactMap { $0 }
    }

    /// A subnet's metagraph; nil when the subnet does not exist.
    public func metagraph(netuid: UInt16) async throws -> Metagraph? {
        try await runtimeCall("SubnetInfoRuntimeApi_get_metagraph", netuid)
    }

    /// Every stake a coldkey holds, per hotkey and subnet.
    public func stakeInfo(coldkey: AccountId32) async throws -> [StakeInfo] {
        try await runtimeCall("StakeInfoRuntimeApi_get_stake_info_for_coldkey", coldkey)
    }

    /// The TAO locked by registering a new subnet now, in rao.
    public func networkRegistrationCost() async throws -> UInt64 {
        try await runtimeCall("SubnetRegistrationRuntimeApi_get_network_registration_cost")
    }

    private func runtimeCall<T: ScaleDecodable>(_ method: String, _ arguments: any ScaleEncodable...,
                                                at hash: H256? = nil) async throws -> T {
        var writer = ScaleWriter()
        for argument in arguments { argument.encode(into: &writer) }
        return try Self.decode(T.self, try await stateCall(method, writer.bytes, at: hash), method)
    }
}
