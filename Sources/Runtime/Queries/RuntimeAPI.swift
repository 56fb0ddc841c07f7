import Hashing
import Primitives
import SCALE

/// A `state_call` that cannot be answered.
public enum RuntimeAPIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No runtime API method has this name.
    case unknownMethod(String)
    /// The arguments do not decode as the method's parameters.
    case badArguments(method: String, reason: String)
    /// The stored state does not decode.
    case corruptState(String)

    public var description: String {
        switch self {
        case .unknownMethod(let name): "no runtime API method named \(name)"
        case .badArguments(let method, let reason): "bad arguments for \(method): \(reason)"
        case .corruptState(let reason): "corrupt state: \(reason)"
        }
    }
}

/// Subtensor's runtime APIs (`state_call`): the SCALE-encoded arguments in, the SCALE-encoded result out, with
/// the method names and layouts of specs/substrate.md §5.
public enum RuntimeAPI {
    /// The methods this runtime answers, by `state_call` name.
    public static let methods: [String] = handlers.keys.sorted()

    /// Calls `method` with SCALE-encoded `arguments` against `state`.
    /// - Throws: `RuntimeAPIError`.
    public static func call(_ method: String, arguments: [UInt8], on state: StorageState) throws -> [UInt8] {
        guard let handler = handlers[method] else { throw RuntimeAPIError.unknownMethod(method) }
        let context: RuntimeContext
        do {
            context = try RuntimeContext(queryOn: state)
        } catch {
            throw RuntimeAPIError.corruptState("\(error)")
        }
        var reader = ScaleReader(arguments)
        var writer = ScaleWriter()
        do {
            try handler(context, &reader, &writer)
            try reader.finish()
        } catch let error as ScaleError {
            throw RuntimeAPIError.badArguments(method: method, reason: "\(error)")
        } catch {
            throw RuntimeAPIError.corruptState("\(error)")
        }
        return writer.bytes
    }

    private typealias Handler = @Sendable (RuntimeContext, inout ScaleReader, inout ScaleWriter) throws -> Void

    private static let handlers: [String: Handler] = [
        "NeuronInfoRuntimeApi_get_neurons_lite": { context, reader, writer in
            let netuid = try reader.decode(UInt16.self)
            writer.encode(try context.uids(of: netuid).compactMap { try context.neuronLite(netuid: netuid, uid: $0) })
        },
        "NeuronInfoRuntimeApi_get_neuron_lite": { context, reader, writer in
            let (netuid, uid) = try reader.decode(UInt16.self, UInt16.self)
            writer.encode(try context.neuronLite(netuid: netuid, uid: uid))
        },
        "NeuronInfoRuntimeApi_get_neurons": { context, reader, writer in
            let netuid = try reader.decode(UInt16.self)
            writer.encode(try context.uids(of: netuid).compactMap { try context.neuron(netuid: netuid, uid: $0) })
        },
        "NeuronInfoRuntimeApi_get_neuron": { context, reader, writer in
            let (netuid, uid) = try reader.decode(UInt16.self, UInt16.self)
            writer.encode(try context.neuron(netuid: netuid, uid: uid))
        },
        "SubnetInfoRuntimeApi_get_subnet_info_v2": { context, reader, writer in
            writer.encode(try context.subnetInfo(netuid: try reader.decode(UInt16.self)))
        },
        "SubnetInfoRuntimeApi_get_subnets_info_v2": { context, _, writer in
            writer.encode(try context.subnets().map { try context.subnetInfo(netuid: $0) })
        },
        "SubnetInfoRuntimeApi_get_subnet_hyperparams": { context, reader, writer in
            writer.encode(try context.hyperparameters(netuid: try reader.decode(UInt16.self)))
        },
        "SubnetInfoRuntimeApi_get_subnet_state": { context, reader, writer in
            writer.encode(try context.subnetState(netuid: try reader.decode(UInt16.self)))
        },
        "SubnetInfoRuntimeApi_get_dynamic_info": { context, reader, writer in
            writer.encode(try context.dynamicInfo(netuid: try reader.decode(UInt16.self)))
        },
        "SubnetInfoRuntimeApi_get_all_dynamic_info": { context, _, writer in
            writer.encode(try context.subnets().map { try context.dynamicInfo(netuid: $0) })
        },
        "SubnetInfoRuntimeApi_get_metagraph": { context, reader, writer in
            writer.encode(try context.metagraph(netuid: try reader.decode(UInt16.self)))
        },
        "SubnetInfoRuntimeApi_get_selective_metagraph": { context, reader, writer in
            let (netuid, indices) = try reader.decode(UInt16.self, [UInt16].self)
            writer.encode(try context.selectiveMetagraph(netuid: netuid, indices: indices))
        },
        "SubnetInfoRuntimeApi_get_selective_mechagraph": { context, reader, writer in
            let (netuid, mechanism, indices) = try reader.decode(UInt16.self, UInt8.self, [UInt16].self)
            writer.encode(mechanism == 0 ? try context.selectiveMetagraph(netuid: netuid, indices: indices) : nil)
        },
        "SwapRuntimeApi_current_alpha_price": { context, reader, writer in
            let pool = try context.pool(try reader.decode(UInt16.self))
            writer.encode(UInt64(clamping: (pool.priceBits * 1_000_000_000) >> 64))
        },
        "SwapRuntimeApi_sim_swap_tao_for_alpha": { context, reader, writer in
            let (netuid, tao) = try reader.decode(UInt16.self, UInt64.self)
            writer.encode(try context.pool(netuid).simulateTaoForAlpha(tao))
        },
        "SwapRuntimeApi_sim_swap_alpha_for_tao": { context, reader, writer in
            let (netuid, alpha) = try reader.decode(UInt16.self, UInt64.self)
            writer.encode(try context.pool(netuid).simulateAlphaForTao(alpha))
        },
        "SubnetInfoRuntimeApi_get_all_metagraphs": { context, _, writer in
            writer.encode(try context.subnets().map { try context.metagraph(netuid: $0) })
        },
        "StakeInfoRuntimeApi_get_stake_info_for_coldkey": { context, reader, writer in
            writer.encode(try context.stakeInfos(coldkey: try reader.decode(AccountId32.self)))
        },
        "StakeInfoRuntimeApi_get_stake_info_for_coldkeys": { context, reader, writer in
            let coldkeys = try reader.decode([AccountId32].self)
            writer.write(length: coldkeys.count)
            for coldkey in coldkeys { writer.encode(coldkey, try context.stakeInfos(coldkey: coldkey)) }
        },
        "StakeInfoRuntimeApi_get_stake_info_for_hotkey_coldkey_netuid": { context, reader, writer in
            let (hotkey, coldkey, netuid) = try reader.decode(AccountId32.self, AccountId32.self, UInt16.self)
            writer.encode(Optional(try context.stakeInfo(hotkey: hotkey, coldkey: coldkey, netuid: netuid)))
        },
        "DelegateInfoRuntimeApi_get_delegates": { context, _, writer in
            writer.encode(try context.delegates())
        },
        "DelegateInfoRuntimeApi_get_delegate": { context, reader, writer in
            writer.encode(try context.delegateInfo(hotkey: try reader.decode(AccountId32.self)))
        },
        "SubnetRegistrationRuntimeApi_get_network_registration_cost": { context, _, writer in
            writer.encode(try context.networkLockCost())
        },
        "AccountNonceApi_account_nonce": { context, reader, writer in
            writer.encode(try context.get(SystemStorage.account, try reader.decode(AccountId32.self)).nonce)
        },
        "TransactionPaymentApi_query_info": { _, reader, writer in
            let (extrinsic, length) = try reader.decode(UncheckedExtrinsic.self, UInt32.self)
            let call = try RuntimeCall(scaleEncoded: extrinsic.call)
            let weight = Weight(refTime: TransactionFee.baseWeight + TransactionFee.weight(of: call), proofSize: 0)
            writer.encode(RuntimeDispatchInfo(weight: weight, dispatchClass: .normal,
                                              partialFee: TransactionFee.partialFee(call: call, length: Int(length))))
        },
        "Core_version": { _, _, writer in
            writer.encode(RuntimeAPI.version)
        },
    ]

    /// The APIs this runtime answers, with subtensor's versions (specs/substrate.md §5.4), by `blake2_64` id.
    static let apiVersions: [(name: String, version: UInt32)] = [
        ("Core", 5), ("Metadata", 2), ("AccountNonceApi", 1), ("TransactionPaymentApi", 4), ("DelegateInfoRuntimeApi", 1),
        ("NeuronInfoRuntimeApi", 1), ("SubnetInfoRuntimeApi", 2), ("StakeInfoRuntimeApi", 1),
        ("SubnetRegistrationRuntimeApi", 1),
    ]

    /// `Core_version`: subtensor's names and versions (spec 425, transaction version 1, state version 1).
    public static let version = RuntimeVersion(
        specName: RuntimeIdentity.specName, implName: RuntimeIdentity.specName, authoringVersion: 1,
        specVersion: RuntimeIdentity.specVersion, implVersion: 1,
        apis: apiVersions.map { try! RuntimeVersion.API(id: Blake2b.hash(Array($0.name.utf8), outputByteCount: 8),
                                                        version: $0.version) },
        transactionVersion: RuntimeIdentity.transactionVersion, systemVersion: 1)
}
