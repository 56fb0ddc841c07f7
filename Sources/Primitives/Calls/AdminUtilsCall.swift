import SCALE

/// The value a hyperparameter setter takes, in the setter's wire type.
public enum HyperparameterValue: Equatable, Sendable, ScaleEncodable {
    /// A `u8`.
    case u8(UInt8)
    /// A `u16`.
    case u16(UInt16)
    /// A `u64`.
    case u64(UInt64)
    /// A `bool`.
    case bool(Bool)
    /// An `i16`.
    case i16(Int16)
    /// Two `u16`s (`sudo_set_alpha_values(netuid, alpha_low, alpha_high)`).
    case u16Pair(UInt16, UInt16)

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .u8(let value): writer.encode(value)
        case .u16(let value): writer.encode(value)
        case .u64(let value): writer.encode(value)
        case .bool(let value): writer.encode(value)
        case .i16(let value): writer.encode(value)
        case .u16Pair(let low, let high): writer.encode(low, high)
        }
    }

    /// The value as an unsigned integer, when it is one.
    public var unsigned: UInt64? {
        switch self {
        case .u8(let value): UInt64(value)
        case .u16(let value): UInt64(value)
        case .u64(let value): value
        case .bool, .i16, .u16Pair: nil
        }
    }
}

/// The shape of a hyperparameter's value.
public enum HyperparameterKind: Sendable {
    /// `u8`.
    case u8
    /// `u16`.
    case u16
    /// `u64`.
    case u64
    /// `bool`.
    case bool
    /// `i16`.
    case i16
    /// Two `u16`s.
    case u16Pair

    func decode(_ reader: inout ScaleReader) throws -> HyperparameterValue {
        switch self {
        case .u8: .u8(try reader.decode())
        case .u16: .u16(try reader.decode())
        case .u64: .u64(try reader.decode())
        case .bool: .bool(try reader.decode())
        case .i16: .i16(try reader.decode())
        case .u16Pair:
            try { let (low, high) = try reader.decode(UInt16.self, UInt16.self); return .u16Pair(low, high) }()
        }
    }
}

/// The hyperparameter setters of `pallet_admin_utils` (pallet 19) this runtime dispatches; the raw value is the
/// call index (specs/substrate.md §3.2).
public enum Hyperparameter: UInt8, CaseIterable, Sendable {
    case defaultTake = 1
    case txRateLimit = 2
    case servingRateLimit = 3
    case weightsVersionKey = 6
    case weightsSetRateLimit = 7
    case adjustmentInterval = 8
    case adjustmentAlpha = 9
    case immunityPeriod = 13
    case minAllowedWeights = 14
    case maxAllowedUids = 15
    case kappa = 16
    case rho = 17
    case activityCutoff = 18
    case networkRegistrationAllowed = 19
    case targetRegistrationsPerInterval = 21
    case minBurn = 22
    case maxBurn = 23
    case maxAllowedValidators = 25
    case bondsMovingAverage = 26
    case maxRegistrationsPerBlock = 27
    case subnetOwnerCut = 28
    case networkRateLimit = 29
    case tempo = 30
    case networkImmunityPeriod = 35
    case networkMinLockCost = 36
    case subnetLimit = 37
    case lockReductionInterval = 38
    case stakeThreshold = 42
    case nominatorMinRequiredStake = 43
    case txDelegateTakeRateLimit = 45
    case minDelegateTake = 46
    case commitRevealWeightsEnabled = 49
    case liquidAlphaEnabled = 50
    case alphaValues = 51
    case commitRevealWeightsInterval = 57
    case bondsPenalty = 60
    case toggleTransfer = 61
    case subtokenEnabled = 66
    case alphaSigmoidSteepness = 68
    case yuma3Enabled = 69
    case bondsResetEnabled = 70
    case adminFreezeWindow = 74
    case ownerHyperparamRateLimit = 75
    case minAllowedUids = 79
    case minNonImmuneUids = 84
    case startCallDelay = 85
    case burnHalfLife = 89
    case ownerCutEnabled = 92
    case maxEpochsPerBlock = 96

    /// The setter's name (`sudo_set_tempo`).
    public var callName: String {
        switch self {
        case .txRateLimit: "sudo_set_tx_rate_limit"
        case .commitRevealWeightsInterval: "sudo_set_commit_reveal_weights_interval"
        case .lockReductionInterval: "sudo_set_lock_reduction_interval"
        case .minDelegateTake: "sudo_set_min_delegate_take"
        case .ownerHyperparamRateLimit: "sudo_set_owner_hparam_rate_limit"
        case .toggleTransfer: "sudo_set_toggle_transfer"
        default: "sudo_set_" + snakeCase(String(describing: self))
        }
    }

    /// Whether the setter's first argument is a netuid.
    public var takesNetuid: Bool {
        switch self {
        case .defaultTake, .txRateLimit, .subnetOwnerCut, .networkRateLimit, .networkImmunityPeriod,
             .networkMinLockCost, .subnetLimit, .lockReductionInterval, .stakeThreshold, .nominatorMinRequiredStake,
             .txDelegateTakeRateLimit, .minDelegateTake, .adminFreezeWindow, .ownerHyperparamRateLimit,
             .startCallDelay, .maxEpochsPerBlock:
            false
        default: true
        }
    }

    /// The value's wire type.
    public var kind: HyperparameterKind {
        switch self {
        case .txRateLimit, .servingRateLimit, .weightsVersionKey, .weightsSetRateLimit, .adjustmentAlpha, .minBurn,
             .maxBurn, .bondsMovingAverage, .networkRateLimit, .networkImmunityPeriod, .networkMinLockCost,
             .lockReductionInterval, .stakeThreshold, .nominatorMinRequiredStake, .txDelegateTakeRateLimit,
             .commitRevealWeightsInterval, .startCallDelay:
            .u64
        case .networkRegistrationAllowed, .commitRevealWeightsEnabled, .liquidAlphaEnabled, .toggleTransfer,
             .subtokenEnabled, .yuma3Enabled, .bondsResetEnabled, .ownerCutEnabled:
            .bool
        case .alphaSigmoidSteepness: .i16
        case .alphaValues: .u16Pair
        case .maxEpochsPerBlock: .u8
        default: .u16
        }
    }

    /// The `SubtensorModule` event variant emitted when it is set, where subtensor has one at HEAD.
    public var eventIndex: UInt8? {
        switch self {
        case .maxAllowedUids: 9
        case .adjustmentInterval: 12
        case .targetRegistrationsPerInterval: 13
        case .maxRegistrationsPerBlock: 14
        case .activityCutoff: 15
        case .rho: 16
        case .alphaSigmoidSteepness: 17
        case .kappa: 18
        case .minAllowedWeights: 19
        case .weightsSetRateLimit: 22
        case .immunityPeriod: 23
        case .bondsMovingAverage: 24
        case .bondsPenalty: 25
        case .bondsResetEnabled: 26
        case .maxAllowedValidators: 27
        case .defaultTake: 31
        case .weightsVersionKey: 32
        case .servingRateLimit: 35
        case .tempo: 52
        default: nil
        }
    }
}

private func snakeCase(_ camel: String) -> String {
    var result = ""
    for character in camel {
        if character.isUppercase {
            result += "_" + character.lowercased()
        } else {
            result.append(character)
        }
    }
    return result
}

/// An `AdminUtils` (pallet 19) hyperparameter setter: `sudo_set_x([netuid,] value)`. Root may call every one
/// (through `Sudo.sudo`); a subnet's owner may call the owner-settable ones directly.
public struct AdminUtilsCall: Equatable, Sendable, ScaleCodable {
    /// Which setter.
    public var hyperparameter: Hyperparameter
    /// The subnet, for per-subnet parameters; nil for global ones.
    public var netuid: UInt16?
    /// The new value.
    public var value: HyperparameterValue

    /// A setter call. `netuid` must be present exactly when the setter takes one.
    public init(_ hyperparameter: Hyperparameter, netuid: UInt16? = nil, value: HyperparameterValue) {
        precondition(hyperparameter.takesNetuid == (netuid != nil), "\(hyperparameter.callName) netuid mismatch")
        self.hyperparameter = hyperparameter
        self.netuid = netuid
        self.value = value
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.write(byte: hyperparameter.rawValue)
        if let netuid { writer.encode(netuid) }
        writer.encode(value)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let index = try reader.readByte()
        guard let hyperparameter = Hyperparameter(rawValue: index) else {
            throw unknownCall(index, pallet: "AdminUtils", offset: offset)
        }
        self.hyperparameter = hyperparameter
        netuid = hyperparameter.takesNetuid ? try reader.decode(UInt16.self) : nil
        value = try hyperparameter.kind.decode(&reader)
    }
}
