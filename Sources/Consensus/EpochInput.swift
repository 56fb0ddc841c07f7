/// The exact subnet state fed to one sparse epoch (`epoch_mechanism`), specs/chain.md §1.1.
///
/// Field names mirror the `epoch_input` objects of `Tests/Fixtures/yuma-public.json`.
public struct EpochInput: Codable, Hashable, Sendable {
    /// `SubnetworkN`: UIDs are `0..<n`.
    public var n: Int
    /// The block the epoch runs in.
    public var currentBlock: UInt64
    /// `Tempo`.
    public var tempo: UInt64
    /// `get_activity_cutoff_blocks`: a row older than this many blocks is inactive.
    public var activityCutoffBlocks: UInt64
    /// `LastUpdate` per UID.
    public var lastUpdate: [UInt64]
    /// `BlockAtRegistration` per UID.
    public var blockAtRegistration: [UInt64]
    /// Inherited alpha stake per UID, in rao.
    public var alphaStakeRao: [UInt64]
    /// Inherited root (TAO) stake per UID, in rao; `nil` means zero.
    public var rootStakeRao: [UInt64]?
    /// `TaoWeight` (`u64`, `u64::MAX` = 1.0); `nil` means zero.
    public var taoWeight: UInt64?
    /// `ValidatorPermit` of the previous epoch.
    public var validatorPermitPrev: [Bool]
    /// `Weights` rows as stored (max-upscaled `u16`).
    public var weights: [[SparseU16Entry]]
    /// `Bonds` rows as stored by the previous epoch.
    public var bondsPrev: [[SparseU16Entry]]
    /// `LastMechansimStepBlock` (0 when the epoch is invoked directly).
    public var lastMechanismStepBlock: UInt64
    /// The subnet owner's UID, if its hotkey is registered.
    public var ownerUID: Int?
    /// The alpha distributed by this epoch, in rao.
    public var raoEmission: UInt64
    /// Commit-reveal mask (§1.6 step 4, applied only when non-nil, i.e. `CommitRevealWeightsEnabled`):
    /// per UID the earliest block of its un-expired weight commits, `nil` for UIDs without one.
    public var weightCommitBlock: [UInt64?]?

    /// Creates an epoch input.
    public init(
        n: Int, currentBlock: UInt64, tempo: UInt64, activityCutoffBlocks: UInt64,
        lastUpdate: [UInt64], blockAtRegistration: [UInt64], alphaStakeRao: [UInt64],
        rootStakeRao: [UInt64]? = nil, taoWeight: UInt64? = nil, validatorPermitPrev: [Bool],
        weights: [[SparseU16Entry]], bondsPrev: [[SparseU16Entry]], lastMechanismStepBlock: UInt64 = 0,
        ownerUID: Int? = nil, raoEmission: UInt64, weightCommitBlock: [UInt64?]? = nil
    ) {
        self.n = n
        self.currentBlock = currentBlock
        self.tempo = tempo
        self.activityCutoffBlocks = activityCutoffBlocks
        self.lastUpdate = lastUpdate
        self.blockAtRegistration = blockAtRegistration
        self.alphaStakeRao = alphaStakeRao
        self.rootStakeRao = rootStakeRao
        self.taoWeight = taoWeight
        self.validatorPermitPrev = validatorPermitPrev
        self.weights = weights
        self.bondsPrev = bondsPrev
        self.lastMechanismStepBlock = lastMechanismStepBlock
        self.ownerUID = ownerUID
        self.raoEmission = raoEmission
        self.weightCommitBlock = weightCommitBlock
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case n
        case currentBlock = "current_block"
        case tempo
        case activityCutoffBlocks = "activity_cutoff_blocks"
        case lastUpdate = "last_update"
        case blockAtRegistration = "block_at_registration"
        case alphaStakeRao = "alpha_stake_rao"
        case rootStakeRao = "root_stake_rao"
        case taoWeight = "tao_weight"
        case validatorPermitPrev = "validator_permit_prev"
        case weights = "weights_u16_sparse"
        case bondsPrev = "bonds_u16_sparse_prev"
        case lastMechanismStepBlock = "last_mechanism_step_block"
        case ownerUID = "owner_uid"
        case raoEmission = "rao_emission"
        case weightCommitBlock = "weight_commit_block"
    }
}

/// The subnet hyperparameters the epoch reads (specs/chain.md §1.1), named as the
/// `sim_hyperparameters` objects of `Tests/Fixtures/yuma-public.json`.
public struct EpochHyperparameters: Codable, Hashable, Sendable {
    /// `Kappa` (u16 fraction of 65535; default 32767).
    public var kappa: UInt16
    /// `BondsPenalty` (u16 fraction of 65535; default 65535).
    public var bondsPenalty: UInt16
    /// `BondsMovingAverage` (millionths; default 900_000).
    public var bondsMovingAverage: UInt64
    /// `LiquidAlphaOn`.
    public var liquidAlpha: Bool
    /// `AlphaValues.0` (u16 fraction of 65535).
    public var alphaLow: UInt16
    /// `AlphaValues.1` (u16 fraction of 65535).
    public var alphaHigh: UInt16
    /// `AlphaSigmoidSteepness` (`i16`).
    public var alphaSigmoidSteepness: Int16
    /// `Yuma3On`.
    public var yuma3: Bool
    /// `BondsResetOn` (not used by the epoch itself).
    public var bondsReset: Bool
    /// `MaxAllowedValidators`.
    public var maxAllowedValidators: Int
    /// `StakeThreshold` (rao).
    public var stakeThreshold: UInt64

    /// Creates hyperparameters; defaults are the unit-test runtime's.
    public init(
        kappa: UInt16 = 32767, bondsPenalty: UInt16 = 65535, bondsMovingAverage: UInt64 = 900_000,
        liquidAlpha: Bool = false, alphaLow: UInt16 = 45875, alphaHigh: UInt16 = 58982,
        alphaSigmoidSteepness: Int16 = 1000, yuma3: Bool = false, bondsReset: Bool = false,
        maxAllowedValidators: Int = 64, stakeThreshold: UInt64 = 0
    ) {
        self.kappa = kappa
        self.bondsPenalty = bondsPenalty
        self.bondsMovingAverage = bondsMovingAverage
        self.liquidAlpha = liquidAlpha
        self.alphaLow = alphaLow
        self.alphaHigh = alphaHigh
        self.alphaSigmoidSteepness = alphaSigmoidSteepness
        self.yuma3 = yuma3
        self.bondsReset = bondsReset
        self.maxAllowedValidators = maxAllowedValidators
        self.stakeThreshold = stakeThreshold
    }

    /// Decodes the `sim_hyperparameters` object; absent keys take the unit-test runtime defaults.
    public init(from decoder: Decoder) throws {
        try self.init(from: decoder, defaults: EpochHyperparameters(), strict: false)
    }

    /// Decodes a hyperparameters object whose absent keys take `defaults`. When `strict`, unknown keys and
    /// `null` values are rejected; otherwise unknown keys are ignored and `null` means absent.
    init(from decoder: Decoder, defaults d: EpochHyperparameters, strict: Bool) throws {
        if strict { try decoder.rejectUnknownKeys(CodingKeys.self) }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            if strict { return c.contains(key) ? try c.decode(T.self, forKey: key) : fallback }
            return try c.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        self.init(
            kappa: try value(.kappa, d.kappa),
            bondsPenalty: try value(.bondsPenalty, d.bondsPenalty),
            bondsMovingAverage: try value(.bondsMovingAverage, d.bondsMovingAverage),
            liquidAlpha: try value(.liquidAlpha, d.liquidAlpha),
            alphaLow: try value(.alphaLow, d.alphaLow),
            alphaHigh: try value(.alphaHigh, d.alphaHigh),
            alphaSigmoidSteepness: try value(.alphaSigmoidSteepness, d.alphaSigmoidSteepness),
            yuma3: try value(.yuma3, d.yuma3),
            bondsReset: try value(.bondsReset, d.bondsReset),
            maxAllowedValidators: try value(.maxAllowedValidators, d.maxAllowedValidators),
            stakeThreshold: try value(.stakeThreshold, d.stakeThreshold))
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kappa
        case bondsPenalty = "bonds_penalty"
        case bondsMovingAverage = "bonds_moving_average"
        case liquidAlpha = "liquid_alpha"
        case alphaLow = "alpha_low"
        case alphaHigh = "alpha_high"
        case alphaSigmoidSteepness = "alpha_sigmoid_steepness"
        case yuma3
        case bondsReset = "bonds_reset"
        case maxAllowedValidators = "max_allowed_validators"
        case stakeThreshold = "stake_threshold"
    }
}

/// The per-UID terms one epoch produces (specs/chain.md §1.12), named as the `reference_output`
/// objects of `Tests/Fixtures/yuma-public.json`.
public struct EpochOutput: Codable, Hashable, Sendable {
    /// `StakeWeight`: normalised stake as u16.
    public var stakeWeight: [UInt16]
    /// `Active`.
    public var active: [Bool]
    /// `Consensus` (u16).
    public var consensus: [UInt16]
    /// `Incentive` (u16).
    public var incentive: [UInt16]
    /// `Dividends` (u16).
    public var dividends: [UInt16]
    /// `ValidatorTrust` (u16).
    public var validatorTrust: [UInt16]
    /// The new `ValidatorPermit`.
    public var validatorPermit: [Bool]
    /// Miner (incentive) emission, rao.
    public var serverEmission: [UInt64]
    /// Validator (dividend) emission, rao.
    public var validatorEmission: [UInt64]
    /// `Emission`: combined normalised emission, rao.
    public var emission: [UInt64]
    /// The bond rows to store (empty for UIDs without a new permit).
    public var bonds: [[SparseU16Entry]]

    /// Creates an output.
    public init(
        stakeWeight: [UInt16], active: [Bool], consensus: [UInt16], incentive: [UInt16], dividends: [UInt16],
        validatorTrust: [UInt16], validatorPermit: [Bool], serverEmission: [UInt64],
        validatorEmission: [UInt64], emission: [UInt64], bonds: [[SparseU16Entry]]
    ) {
        self.stakeWeight = stakeWeight
        self.active = active
        self.consensus = consensus
        self.incentive = incentive
        self.dividends = dividends
        self.validatorTrust = validatorTrust
        self.validatorPermit = validatorPermit
        self.serverEmission = serverEmission
        self.validatorEmission = validatorEmission
        self.emission = emission
        self.bonds = bonds
    }

    enum CodingKeys: String, CodingKey {
        case stakeWeight = "stake_weight"
        case active
        case consensus
        case incentive
        case dividends
        case validatorTrust = "validator_trust"
        case validatorPermit = "validator_permit"
        case serverEmission = "server_emission"
        case validatorEmission = "validator_emission"
        case emission
        case bonds = "bonds_u16_sparse"
    }
}
