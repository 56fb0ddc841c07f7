import SCALE

/// `pallet_subtensor` events this runtime emits, with their variant indices at HEAD (specs/substrate.md §3.3).
public enum SubtensorEvent: Equatable, Sendable, ScaleCodable {
    /// 0: `NetworkAdded(netuid, mechanism)` (1 for a dynamic subnet).
    case networkAdded(netuid: UInt16, mechanism: UInt16)
    /// 2: `StakeAdded(coldkey, hotkey, tao, alpha, netuid, fee)`.
    case stakeAdded(coldkey: AccountId32, hotkey: AccountId32, tao: UInt64, alpha: UInt64, netuid: UInt16, fee: UInt64)
    /// 3: `StakeRemoved(coldkey, hotkey, tao, alpha, netuid, fee)`.
    case stakeRemoved(coldkey: AccountId32, hotkey: AccountId32, tao: UInt64, alpha: UInt64, netuid: UInt16,
                      fee: UInt64)
    /// 4: `StakeMoved(coldkey, origin_hotkey, origin_netuid, destination_hotkey, destination_netuid, tao)`.
    case stakeMoved(coldkey: AccountId32, originHotkey: AccountId32, originNetuid: UInt16,
                    destinationHotkey: AccountId32, destinationNetuid: UInt16, tao: UInt64)
    /// 5: `WeightsSet(netuid_index, uid)`.
    case weightsSet(netuidIndex: UInt16, uid: UInt16)
    /// 6: `NeuronRegistered(netuid, uid, hotkey)`.
    case neuronRegistered(netuid: UInt16, uid: UInt16, hotkey: AccountId32)
    /// 28: `AxonServed(netuid, hotkey)`.
    case axonServed(netuid: UInt16, hotkey: AccountId32)
    /// 29: `PrometheusServed(netuid, hotkey)`.
    case prometheusServed(netuid: UInt16, hotkey: AccountId32)
    /// A hyperparameter was set (`TempoSet(netuid, tempo)`, `KappaSet(netuid, kappa)`, …), at
    /// `Hyperparameter.eventIndex`.
    case hyperparameterSet(Hyperparameter, netuid: UInt16?, value: HyperparameterValue)
    /// 56: `Faucet(account, amount)`.
    case faucet(account: AccountId32, amount: UInt64)
    /// 64: `TakeDecreased(coldkey, hotkey, take)`.
    case takeDecreased(coldkey: AccountId32, hotkey: AccountId32, take: UInt16)
    /// 65: `TakeIncreased(coldkey, hotkey, take)`.
    case takeIncreased(coldkey: AccountId32, hotkey: AccountId32, take: UInt16)
    /// 85: `WeightsCommitted(who, netuid_index, hash)`.
    case weightsCommitted(who: AccountId32, netuidIndex: UInt16, hash: H256)
    /// 86: `WeightsRevealed(who, netuid_index, hash)`.
    case weightsRevealed(who: AccountId32, netuidIndex: UInt16, hash: H256)
    /// 91: `StakeTransferred(origin_coldkey, destination_coldkey, hotkey, origin_netuid, destination_netuid, tao)`.
    case stakeTransferred(originColdkey: AccountId32, destinationColdkey: AccountId32, hotkey: AccountId32,
                          originNetuid: UInt16, destinationNetuid: UInt16, tao: UInt64)
    /// 95: `FirstEmissionBlockNumberSet(netuid, block)`.
    case firstEmissionBlockNumberSet(netuid: UInt16, block: UInt64)

    /// The variant index.
    public var index: UInt8 {
        switch self {
        case .networkAdded: 0
        case .stakeAdded: 2
        case .stakeRemoved: 3
        case .stakeMoved: 4
        case .weightsSet: 5
        case .neuronRegistered: 6
        case .axonServed: 28
        case .prometheusServed: 29
        case .hyperparameterSet(let parameter, _, _): parameter.eventIndex!
        case .faucet: 56
        case .takeDecreased: 64
        case .takeIncreased: 65
        case .weightsCommitted: 85
        case .weightsRevealed: 86
        case .stakeTransferred: 91
        case .firstEmissionBlockNumberSet: 95
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.write(byte: index)
        switch self {
        case .networkAdded(let netuid, let mechanism): writer.encode(netuid, mechanism)
        case .stakeAdded(let coldkey, let hotkey, let tao, let alpha, let netuid, let fee),
             .stakeRemoved(let coldkey, let hotkey, let tao, let alpha, let netuid, let fee):
            writer.encode(coldkey, hotkey, tao, alpha, netuid, fee)
        case .stakeMoved(let coldkey, let originHotkey, let originNetuid, let destinationHotkey,
                         let destinationNetuid, let tao):
            writer.encode(coldkey, originHotkey, originNetuid, destinationHotkey, destinationNetuid, tao)
        case .weightsSet(let netuidIndex, let uid): writer.encode(netuidIndex, uid)
        case .neuronRegistered(let netuid, let uid, let hotkey): writer.encode(netuid, uid, hotkey)
        case .axonServed(let netuid, let hotkey), .prometheusServed(let netuid, let hotkey):
            writer.encode(netuid, hotkey)
        case .hyperparameterSet(_, let netuid, let value):
            if let netuid { writer.encode(netuid) }
            writer.encode(value)
        case .faucet(let account, let amount): writer.encode(account, amount)
        case .takeDecreased(let coldkey, let hotkey, let take), .takeIncreased(let coldkey, let hotkey, let take):
            writer.encode(coldkey, hotkey, take)
        case .weightsCommitted(let who, let netuidIndex, let hash), .weightsRevealed(let who, let netuidIndex, let hash):
            writer.encode(who, netuidIndex, hash)
        case .stakeTransferred(let originColdkey, let destinationColdkey, let hotkey, let originNetuid,
                               let destinationNetuid, let tao):
            writer.encode(originColdkey, destinationColdkey, hotkey, originNetuid, destinationNetuid, tao)
        case .firstEmissionBlockNumberSet(let netuid, let block): writer.encode(netuid, block)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let variant = try reader.readByte()
        switch variant {
        case 0:
            let (netuid, mechanism) = try reader.decode(UInt16.self, UInt16.self)
            self = .networkAdded(netuid: netuid, mechanism: mechanism)
        case 2, 3:
            let (coldkey, hotkey, tao, alpha, netuid, fee) =
                try reader.decode(AccountId32.self, AccountId32.self, UInt64.self, UInt64.self, UInt16.self, UInt64.self)
            self = variant == 2
                ? .stakeAdded(coldkey: coldkey, hotkey: hotkey, tao: tao, alpha: alpha, netuid: netuid, fee: fee)
                : .stakeRemoved(coldkey: coldkey, hotkey: hotkey, tao: tao, alpha: alpha, netuid: netuid, fee: fee)
        case 4:
            let (coldkey, origin, originNetuid, destination, destinationNetuid, tao) =
                try reader.decode(AccountId32.self, AccountId32.self, UInt16.self, AccountId32.self, UInt16.self, UInt64.self)
            self = .stakeMoved(coldkey: coldkey, originHotkey: origin, originNetuid: originNetuid,
                               destinationHotkey: destination, destinationNetuid: destinationNetuid, tao: tao)
        case 5:
            let (netuidIndex, uid) = try reader.decode(UInt16.self, UInt16.self)
            self = .weightsSet(netuidIndex: netuidIndex, uid: uid)
        case 6:
            let (netuid, uid, hotkey) = try reader.decode(UInt16.self, UInt16.self, AccountId32.self)
            self = .neuronRegistered(netuid: netuid, uid: uid, hotkey: hotkey)
        case 28, 29:
            let (netuid, hotkey) = try reader.decode(UInt16.self, AccountId32.self)
            self = variant == 28 ? .axonServed(netuid: netuid, hotkey: hotkey) : .prometheusServed(netuid: netuid, hotkey: hotkey)
        case 56:
            let (account, amount) = try reader.decode(AccountId32.self, UInt64.self)
            self = .faucet(account: account, amount: amount)
        case 64, 65:
            let (coldkey, hotkey, take) = try reader.decode(AccountId32.self, AccountId32.self, UInt16.self)
            self = variant == 64
                ? .takeDecreased(coldkey: coldkey, hotkey: hotkey, take: take)
                : .takeIncreased(coldkey: coldkey, hotkey: hotkey, take: take)
        case 85, 86:
            let (who, netuidIndex, hash) = try reader.decode(AccountId32.self, UInt16.self, H256.self)
            self = variant == 85
                ? .weightsCommitted(who: who, netuidIndex: netuidIndex, hash: hash)
                : .weightsRevealed(who: who, netuidIndex: netuidIndex, hash: hash)
        case 91:
            let (originColdkey, destinationColdkey, hotkey) = try reader.decode(AccountId32.self, AccountId32.self, AccountId32.self)
            let (originNetuid, destinationNetuid, tao) = try reader.decode(UInt16.self, UInt16.self, UInt64.self)
            self = .stakeTransferred(originColdkey: originColdkey, destinationColdkey: destinationColdkey,
                                     hotkey: hotkey, originNetuid: originNetuid, destinationNetuid: destinationNetuid,
                                     tao: tao)
        case 95:
            let (netuid, block) = try reader.decode(UInt16.self, UInt64.self)
            self = .firstEmissionBlockNumberSet(netuid: netuid, block: block)
        default:
            guard let parameter = Hyperparameter.allCases.first(where: { $0.eventIndex == variant }) else {
                throw unknownEvent(variant, pallet: "SubtensorModule", offset: offset)
            }
            let netuid = parameter.takesNetuid ? try reader.decode(UInt16.self) : nil
            self = .hyperparameterSet(parameter, netuid: netuid, value: try parameter.kind.decode(&reader))
        }
    }
}
