import SCALE

/// The arguments of `serve_axon` (call 4): where a neuron's axon listens.
public struct AxonEndpoint: Equatable, Sendable {
    /// The netuid.
    public var netuid: UInt16
    /// The axon's version.
    public var version: UInt32
    /// An IPv4 address in the low 32 bits, or an IPv6 address.
    public var ip: UInt128
    /// The port.
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8
    /// The protocol (0 for HTTP).
    public var `protocol`: UInt8
    /// Reserved.
    public var placeholder1: UInt8
    /// Reserved.
    public var placeholder2: UInt8

    /// An endpoint.
    public init(netuid: UInt16, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8, protocol: UInt8,
                placeholder1: UInt8 = 0, placeholder2: UInt8 = 0) {
        self.netuid = netuid
        self.version = version
        self.ip = ip
        self.port = port
        self.ipType = ipType
        self.protocol = `protocol`
        self.placeholder1 = placeholder1
        self.placeholder2 = placeholder2
    }
}

/// The arguments of `set_weights` and `reveal_weights`: parallel uid and weight vectors.
public struct WeightsArguments: Equatable, Sendable {
    /// The netuid.
    public var netuid: UInt16
    /// The mechanism (0 unless the subnet has several).
    public var mechanism: UInt8
    /// Destination uids.
    public var uids: [UInt16]
    /// Weights, one per uid.
    public var values: [UInt16]
    /// The salt (reveals only).
    public var salt: [UInt16]
    /// The version key.
    public var versionKey: UInt64

    /// Weights for `netuid`.
    public init(netuid: UInt16, mechanism: UInt8 = 0, uids: [UInt16], values: [UInt16], salt: [UInt16] = [],
                versionKey: UInt64) {
        self.netuid = netuid
        self.mechanism = mechanism
        self.uids = uids
        self.values = values
        self.salt = salt
        self.versionKey = versionKey
    }

    /// The commit-reveal v2 hash `hotkey` commits for these weights and salt:
    /// `blake2_256(SCALE(hotkey, netuid_index, uids, values, salt, version_key))`, `netuid_index = mecid·4096 + netuid`.
    public func commitHash(hotkey: AccountId32) -> H256 {
        var writer = ScaleWriter()
        writer.encode(hotkey, UInt16(mechanism) * 4096 + netuid, uids, values, salt, versionKey)
        return H256.blake2(writer.bytes)
    }
}

/// `pallet_subtensor` calls (pallet 7) with subtensor's call indices and argument order (specs/substrate.md §3.2).
/// Stake amounts are plain `u64` rao or alpha, not compact.
public enum SubtensorCall: Equatable, Sendable, ScaleCodable {
    /// 0: `set_weights(netuid, dests, weights, version_key)`.
    case setWeights(WeightsArguments)
    /// 2: `add_stake(hotkey, netuid, amount_staked)` (TAO in).
    case addStake(hotkey: AccountId32, netuid: UInt16, amount: UInt64)
    /// 3: `remove_stake(hotkey, netuid, amount_unstaked)` (alpha out).
    case removeStake(hotkey: AccountId32, netuid: UInt16, amount: UInt64)
    /// 4: `serve_axon(netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2)`.
    case serveAxon(AxonEndpoint)
    /// 5: `serve_prometheus(netuid, version, ip, port, ip_type)`.
    case servePrometheus(netuid: UInt16, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8)
    /// 6: `register(netuid, block_number, nonce, work, hotkey, coldkey)`: the proof of work is ignored; it burns
    /// like `burned_register`.
    case register(netuid: UInt16, blockNumber: UInt64, nonce: UInt64, work: [UInt8], hotkey: AccountId32,
                  coldkey: AccountId32)
    /// 7: `burned_register(netuid, hotkey)`.
    case burnedRegister(netuid: UInt16, hotkey: AccountId32)
    /// 59: `register_network(hotkey)`.
    case registerNetwork(hotkey: AccountId32)
    /// 60: `faucet(block_number, nonce, work)`: dev chains only.
    case faucet(blockNumber: UInt64, nonce: UInt64, work: [UInt8])
    /// 62: `root_register(hotkey)`.
    case rootRegister(hotkey: AccountId32)
    /// 65: `decrease_take(hotkey, take)`.
    case decreaseTake(hotkey: AccountId32, take: UInt16)
    /// 66: `increase_take(hotkey, take)`.
    case increaseTake(hotkey: AccountId32, take: UInt16)
    /// 83: `unstake_all(hotkey)`.
    case unstakeAll(hotkey: AccountId32)
    /// 85: `move_stake(origin_hotkey, destination_hotkey, origin_netuid, destination_netuid, alpha_amount)`.
    case moveStake(originHotkey: AccountId32, destinationHotkey: AccountId32, originNetuid: UInt16,
                   destinationNetuid: UInt16, alphaAmount: UInt64)
    /// 86: `transfer_stake(destination_coldkey, hotkey, origin_netuid, destination_netuid, alpha_amount)`.
    case transferStake(destinationColdkey: AccountId32, hotkey: AccountId32, originNetuid: UInt16,
                       destinationNetuid: UInt16, alphaAmount: UInt64)
    /// 92: `start_call(netuid)`.
    case startCall(netuid: UInt16)
    /// 96: `commit_weights(netuid, commit_hash)`.
    case commitWeights(netuid: UInt16, commitHash: H256)
    /// 97: `reveal_weights(netuid, uids, values, salt, version_key)`.
    case revealWeights(WeightsArguments)
    /// 115: `commit_mechanism_weights(netuid, mecid, commit_hash)`.
    case commitMechanismWeights(netuid: UInt16, mechanism: UInt8, commitHash: H256)
    /// 116: `reveal_mechanism_weights(netuid, mecid, uids, values, salt, version_key)`.
    case revealMechanismWeights(WeightsArguments)
    /// 119: `set_mechanism_weights(netuid, mecid, dests, weights, version_key)`.
    case setMechanismWeights(WeightsArguments)

    /// The call index.
    public var index: UInt8 {
        switch self {
        case .setWeights: 0
        case .addStake: 2
        case .removeStake: 3
        case .serveAxon: 4
        case .servePrometheus: 5
        case .register: 6
        case .burnedRegister: 7
        case .registerNetwork: 59
        case .faucet: 60
        case .rootRegister: 62
        case .decreaseTake: 65
        case .increaseTake: 66
        case .unstakeAll: 83
        case .moveStake: 85
        case .transferStake: 86
        case .startCall: 92
        case .commitWeights: 96
        case .revealWeights: 97
        case .commitMechanismWeights: 115
        case .revealMechanismWeights: 116
        case .setMechanismWeights: 119
        }
    }

    /// The call's name, as metadata spells it.
    public var name: String {
        switch self {
        case .setWeights: "set_weights"
        case .addStake: "add_stake"
        case .removeStake: "remove_stake"
        case .serveAxon: "serve_axon"
        case .servePrometheus: "serve_prometheus"
        case .register: "register"
        case .burnedRegister: "burned_register"
        case .registerNetwork: "register_network"
        case .faucet: "faucet"
        case .rootRegister: "root_register"
        case .decreaseTake: "decrease_take"
        case .increaseTake: "increase_take"
        case .unstakeAll: "unstake_all"
        case .moveStake: "move_stake"
        case .transferStake: "transfer_stake"
        case .startCall: "start_call"
        case .commitWeights: "commit_weights"
        case .revealWeights: "reveal_weights"
        case .commitMechanismWeights: "commit_mechanism_weights"
        case .revealMechanismWeights: "reveal_mechanism_weights"
        case .setMechanismWeights: "set_mechanism_weights"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.write(byte: index)
        switch self {
        case .setWeights(let w): writer.encode(w.netuid, w.uids, w.values, w.versionKey)
        case .addStake(let hotkey, let netuid, let amount), .removeStake(let hotkey, let netuid, let amount):
            writer.encode(hotkey, netuid, amount)
        case .serveAxon(let a):
            writer.encode(a.netuid, a.version, a.ip, a.port, a.ipType, a.protocol, a.placeholder1, a.placeholder2)
        case .servePrometheus(let netuid, let version, let ip, let port, let ipType):
            writer.encode(netuid, version, ip, port, ipType)
        case .register(let netuid, let blockNumber, let nonce, let work, let hotkey, let coldkey):
            writer.encode(netuid, blockNumber, nonce, work, hotkey, coldkey)
        case .burnedRegister(let netuid, let hotkey): writer.encode(netuid, hotkey)
        case .registerNetwork(let hotkey), .rootRegister(let hotkey), .unstakeAll(let hotkey): writer.encode(hotkey)
        case .faucet(let blockNumber, let nonce, let work): writer.encode(blockNumber, nonce, work)
        case .decreaseTake(let hotkey, let take), .increaseTake(let hotkey, let take): writer.encode(hotkey, take)
        case .moveStake(let origin, let destination, let originNetuid, let destinationNetuid, let amount),
             .transferStake(let origin, let destination, let originNetuid, let destinationNetuid, let amount):
            writer.encode(origin, destination, originNetuid, destinationNetuid, amount)
        case .startCall(let netuid): writer.encode(netuid)
        case .commitWeights(let netuid, let hash): writer.encode(netuid, hash)
        case .revealWeights(let w): writer.encode(w.netuid, w.uids, w.values, w.salt, w.versionKey)
        case .commitMechanismWeights(let netuid, let mechanism, let hash): writer.encode(netuid, mechanism, hash)
        case .revealMechanismWeights(let w):
            writer.encode(w.netuid, w.mechanism, w.uids, w.values, w.salt, w.versionKey)
        case .setMechanismWeights(let w): writer.encode(w.netuid, w.mechanism, w.uids, w.values, w.versionKey)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0:
            let (netuid, uids, values, versionKey) = try reader.decode(UInt16.self, [UInt16].self, [UInt16].self, UInt64.self)
            self = .setWeights(WeightsArguments(netuid: netuid, uids: uids, values: values, versionKey: versionKey))
        case 2:
            let (hotkey, netuid, amount) = try reader.decode(AccountId32.self, UInt16.self, UInt64.self)
            self = .addStake(hotkey: hotkey, netuid: netuid, amount: amount)
        case 3:
            let (hotkey, netuid, amount) = try reader.decode(AccountId32.self, UInt16.self, UInt64.self)
            self = .removeStake(hotkey: hotkey, netuid: netuid, amount: amount)
        case 4:
            let (netuid, version, ip, port) = try reader.decode(UInt16.self, UInt32.self, UInt128.self, UInt16.self)
            let (ipType, proto, placeholder1, placeholder2) = try reader.decode(UInt8.self, UInt8.self, UInt8.self, UInt8.self)
            self = .serveAxon(AxonEndpoint(netuid: netuid, version: version, ip: ip, port: port, ipType: ipType,
                                           protocol: proto, placeholder1: placeholder1, placeholder2: placeholder2))
        case 5:
            let (netuid, version, ip, port, ipType) =
                try reader.decode(UInt16.self, UInt32.self, UInt128.self, UInt16.self, UInt8.self)
            self = .servePrometheus(netuid: netuid, version: version, ip: ip, port: port, ipType: ipType)
        case 6:
            let (netuid, blockNumber, nonce, work) = try reader.decode(UInt16.self, UInt64.self, UInt64.self, [UInt8].self)
            let (hotkey, coldkey) = try reader.decode(AccountId32.self, AccountId32.self)
            self = .register(netuid: netuid, blockNumber: blockNumber, nonce: nonce, work: work, hotkey: hotkey,
                             coldkey: coldkey)
        case 7:
            let (netuid, hotkey) = try reader.decode(UInt16.self, AccountId32.self)
            self = .burnedRegister(netuid: netuid, hotkey: hotkey)
        case 59: self = .registerNetwork(hotkey: try reader.decode())
        case 60:
            let (blockNumber, nonce, work) = try reader.decode(UInt64.self, UInt64.self, [UInt8].self)
            self = .faucet(blockNumber: blockNumber, nonce: nonce, work: work)
        case 62: self = .rootRegister(hotkey: try reader.decode())
        case 65:
            let (hotkey, take) = try reader.decode(AccountId32.self, UInt16.self)
            self = .decreaseTake(hotkey: hotkey, take: take)
        case 66:
            let (hotkey, take) = try reader.decode(AccountId32.self, UInt16.self)
            self = .increaseTake(hotkey: hotkey, take: take)
        case 83: self = .unstakeAll(hotkey: try reader.decode())
        case 85:
            let (origin, destination, originNetuid, destinationNetuid, amount) =
                try reader.decode(AccountId32.self, AccountId32.self, UInt16.self, UInt16.self, UInt64.self)
            self = .moveStake(originHotkey: origin, destinationHotkey: destination, originNetuid: originNetuid,
                              destinationNetuid: destinationNetuid, alphaAmount: amount)
        case 86:
            let (coldkey, hotkey, originNetuid, destinationNetuid, amount) =
                try reader.decode(AccountId32.self, AccountId32.self, UInt16.self, UInt16.self, UInt64.self)
            self = .transferStake(destinationColdkey: coldkey, hotkey: hotkey, originNetuid: originNetuid,
                                  destinationNetuid: destinationNetuid, alphaAmount: amount)
        case 92: self = .startCall(netuid: try reader.decode())
        case 96:
            let (netuid, hash) = try reader.decode(UInt16.self, H256.self)
            self = .commitWeights(netuid: netuid, commitHash: hash)
        case 97:
            let (netuid, uids, values, salt, versionKey) =
                try reader.decode(UInt16.self, [UInt16].self, [UInt16].self, [UInt16].self, UInt64.self)
            self = .revealWeights(WeightsArguments(netuid: netuid, uids: uids, values: values, salt: salt,
                                                   versionKey: versionKey))
        case 115:
            let (netuid, mechanism, hash) = try reader.decode(UInt16.self, UInt8.self, H256.self)
            self = .commitMechanismWeights(netuid: netuid, mechanism: mechanism, commitHash: hash)
        case 116:
            let (netuid, mechanism, uids) = try reader.decode(UInt16.self, UInt8.self, [UInt16].self)
            let (values, salt, versionKey) = try reader.decode([UInt16].self, [UInt16].self, UInt64.self)
            self = .revealMechanismWeights(WeightsArguments(netuid: netuid, mechanism: mechanism, uids: uids,
                                                            values: values, salt: salt, versionKey: versionKey))
        case 119:
            let (netuid, mechanism, uids) = try reader.decode(UInt16.self, UInt8.self, [UInt16].self)
            let (values, versionKey) = try reader.decode([UInt16].self, UInt64.self)
            self = .setMechanismWeights(WeightsArguments(netuid: netuid, mechanism: mechanism, uids: uids,
                                                         values: values, versionKey: versionKey))
        case let index: throw unknownCall(index, pallet: "SubtensorModule", offset: offset)
        }
    }
}
