import Hashing
import Primitives
import SCALE

/// `pallet_subtensor` storage, with the item names, hashers and defaults of subtensor at HEAD
/// (specs/substrate.md §4.2, defaults from specs/chain.md §6.2, runtime column).
///
/// Stake is kept as shares of each hotkey's pool in the legacy `Alpha` and `TotalHotkeyShares` items (U64F64
/// raw bits), not HEAD's `AlphaV2` SafeFloat; `TotalHotkeyAlpha` is as at HEAD.
public enum SubtensorStorage {
    static let pallet = "SubtensorModule"

    private static func perSubnet<V>(_ item: String, _ value: V) -> StorageMap<UInt16, V> {
        StorageMap(pallet: pallet, item: item, hasher: .identity, default: value)
    }

    private static func global<V>(_ item: String, _ value: V) -> StorageValue<V> {
        StorageValue(pallet: pallet, item: item, default: value)
    }

    // MARK: Accounts and subnets

    static let networksAdded = perSubnet("NetworksAdded", false)
    static let totalNetworks = global("TotalNetworks", UInt16(0))
    static let subnetworkN = perSubnet("SubnetworkN", UInt16(0))
    static let uids = StorageDoubleMap<UInt16, AccountId32, UInt16>(
        pallet: pallet, item: "Uids", hashers: (.identity, .blake2_128Concat))
    static let keys = StorageDoubleMap<UInt16, UInt16, AccountId32>(
        pallet: pallet, item: "Keys", hashers: (.identity, .identity), default: .zero)
    static let owner = StorageMap<AccountId32, AccountId32>(pallet: pallet, item: "Owner", hasher: .blake2_128Concat)
    public static let ownedHotkeys = StorageMap<AccountId32, [AccountId32]>(
        pallet: pallet, item: "OwnedHotkeys", hasher: .blake2_128Concat, default: [])
    static let stakingHotkeys = StorageMap<AccountId32, [AccountId32]>(
        pallet: pallet, item: "StakingHotkeys", hasher: .blake2_128Concat, default: [])
    static let delegates = StorageMap<AccountId32, UInt16>(
        pallet: pallet, item: "Delegates", hasher: .blake2_128Concat, default: 11_796)
    static let isNetworkMember = StorageDoubleMap<AccountId32, UInt16, Bool>(
        pallet: pallet, item: "IsNetworkMember", hashers: (.blake2_128Concat, .identity), default: false)
    static let subnetOwner = perSubnet("SubnetOwner", AccountId32.zero)
    static let subnetOwnerHotkey = perSubnet("SubnetOwnerHotkey", AccountId32.zero)
    static let subnetMechanism = perSubnet("SubnetMechanism", UInt16(0))
    static let networkRegisteredAt = perSubnet("NetworkRegisteredAt", UInt64(0))
    static let tokenSymbol = perSubnet("TokenSymbol", Array("𝜏".utf8))
    static let firstEmissionBlockNumber = StorageMap<UInt16, UInt64>(
        pallet: pallet, item: "FirstEmissionBlockNumber", hasher: .identity)
    static let subtokenEnabled = perSubnet("SubtokenEnabled", false)

    // MARK: TAO, alpha and stake

    static let totalIssuance = global("TotalIssuance", UInt64(0))
    static let totalStake = global("TotalStake", UInt64(0))
    static let subnetTAO = perSubnet("SubnetTAO", UInt64(0))
    static let subnetAlphaIn = perSubnet("SubnetAlphaIn", UInt64(0))
    static let subnetAlphaOut = perSubnet("SubnetAlphaOut", UInt64(0))
    static let subnetLocked = perSubnet("SubnetLocked", UInt64(0))
    static let subnetVolume = perSubnet("SubnetVolume", UInt128(0))
    static let subnetMovingPrice = perSubnet("SubnetMovingPrice", Int128(0))
    static let totalHotkeyAlpha = StorageDoubleMap<AccountId32, UInt16, UInt64>(
        pallet: pallet, item: "TotalHotkeyAlpha", hashers: (.blake2_128Concat, .identity), default: 0)
    static let totalHotkeyShares = StorageDoubleMap<AccountId32, UInt16, UInt128>(
        pallet: pallet, item: "TotalHotkeyShares", hashers: (.blake2_128Concat, .identity), default: 0)
    static let alpha = StorageTripleMap<AccountId32, AccountId32, UInt16, UInt128>(
        pallet: pallet, item: "Alpha", hashers: (.blake2_128Concat, .blake2_128Concat, .identity), default: 0)
    static let feeRate = StorageMap<UInt16, UInt16>(pallet: "Swap", item: "FeeRate", hasher: .twox64Concat, default: 33)
    static let taoWeight = global("TaoWeight", UInt64(971_718_665_099_567_868))
    static let stakeThreshold = global("StakeThreshold", UInt64(0))
    static let maxDelegateTake = global("MaxDelegateTake", UInt16(11_796))
    static let minDelegateTake = global("MinDelegateTake", UInt16(0))
    static let txDelegateTakeRateLimit = global("TxDelegateTakeRateLimit", UInt64(216_000))
    static let lastTxBlockDelegateTake = StorageMap<AccountId32, UInt64>(
        pallet: pallet, item: "LastTxBlockDelegateTake", hasher: .identity, default: 0)

    // MARK: Network registration

    static let networkMinLockCost = global("NetworkMinLockCost", UInt64(1_000_000_000_000))
    static let networkLastLockCost = global("NetworkLastLockCost", UInt64(1_250_000_000_000))
    static let networkLastLockBlock = global("NetworkLastLockBlock", UInt64(0))
    static let networkLockReductionInterval = global("NetworkLockReductionInterval", UInt64(100_800))
    static let networkRateLimit = global("NetworkRateLimit", UInt64(7200))
    static let subnetLimit = global("SubnetLimit", UInt16(128))
    static let startCallDelay = global("StartCallDelay", UInt64(50_400))

    // MARK: Neuron registration

    static let burn = perSubnet("Burn", UInt64(100_000_000))
    static let minBurn = perSubnet("MinBurn", UInt64(500_000))
    static let maxBurn = perSubnet("MaxBurn", UInt64(100_000_000_000))
    static let burnHalfLife = perSubnet("BurnHalfLife", UInt16(360))
    /// U64F64 raw bits; 1.26 by default.
    static let burnIncreaseMult = perSubnet("BurnIncreaseMult", UInt128(126) << 64 / 100)
    static let difficulty = perSubnet("Difficulty", UInt64(10_000_000))
    static let minDifficulty = perSubnet("MinDifficulty", UInt64(10_000_000))
    static let maxDifficulty = perSubnet("MaxDifficulty", UInt64.max / 4)
    static let networkRegistrationAllowed = perSubnet("NetworkRegistrationAllowed", true)
    static let networkPowRegistrationAllowed = perSubnet("NetworkPowRegistrationAllowed", false)
    static let registrationsThisBlock = perSubnet("RegistrationsThisBlock", UInt16(0))
    static let raoRecycledForRegistration = perSubnet("RAORecycledForRegistration", UInt64(0))
    static let maxRegistrationsPerBlock = perSubnet("MaxRegistrationsPerBlock", UInt16(1))
    static let targetRegistrationsPerInterval = perSubnet("TargetRegistrationsPerInterval", UInt16(2))
    static let adjustmentInterval = perSubnet("AdjustmentInterval", UInt16(100))
    static let adjustmentAlpha = perSubnet("AdjustmentAlpha", UInt64(0))
    static let immunityPeriod = perSubnet("ImmunityPeriod", UInt16(4096))
    static let maxAllowedUids = perSubnet("MaxAllowedUids", UInt16(256))
    static let minNonImmuneUids = perSubnet("MinNonImmuneUids", UInt16(10))
    static let blockAtRegistration = StorageDoubleMap<UInt16, UInt16, UInt64>(
        pallet: pallet, item: "BlockAtRegistration", hashers: (.identity, .identity), default: 0)

    // MARK: Per-neuron vectors (indexed by uid)

    static let active = perSubnet("Active", [Bool]())
    static let validatorPermit = perSubnet("ValidatorPermit", [Bool]())
    static let lastUpdate = perSubnet("LastUpdate", [UInt64]())
    static let emission = perSubnet("Emission", [UInt64]())
    static let incentive = perSubnet("Incentive", [UInt16]())
    static let dividends = perSubnet("Dividends", [UInt16]())
    static let consensus = perSubnet("Consensus", [UInt16]())
    static let validatorTrust = perSubnet("ValidatorTrust", [UInt16]())
    static let stakeWeight = perSubnet("StakeWeight", [UInt16]())
    static let weights = StorageDoubleMap<UInt16, UInt16, [UInt16Pair]>(
        pallet: pallet, item: "Weights", hashers: (.identity, .identity), default: [])
    static let bonds = StorageDoubleMap<UInt16, UInt16, [UInt16Pair]>(
        pallet: pallet, item: "Bonds", hashers: (.identity, .identity), default: [])

    // MARK: Serving

    static let axons = StorageDoubleMap<UInt16, AccountId32, AxonInfo>(
        pallet: pallet, item: "Axons", hashers: (.identity, .blake2_128Concat))
    static let prometheus = StorageDoubleMap<UInt16, AccountId32, PrometheusInfo>(
        pallet: pallet, item: "Prometheus", hashers: (.identity, .blake2_128Concat))
    static let servingRateLimit = perSubnet("ServingRateLimit", UInt64(50))

    // MARK: Weights and consensus parameters

    static let tempo = perSubnet("Tempo", UInt16(360))
    static let kappa = perSubnet("Kappa", UInt16(32_767))
    static let rho = perSubnet("Rho", UInt16(10))
    static let activityCutoff = perSubnet("ActivityCutoff", UInt16(5000))
    /// HEAD's activity cutoff: `max(factor · tempo / 1000, 1)` blocks.
    static let activityCutoffFactorMilli = perSubnet("ActivityCutoffFactorMilli", UInt16(13_889))
    static let minAllowedWeights = perSubnet("MinAllowedWeights", UInt16(1024))
    static let maxWeightsLimit = perSubnet("MaxWeightsLimit", UInt16.max)
    static let maxAllowedValidators = perSubnet("MaxAllowedValidators", UInt16(128))
    static let weightsVersionKey = perSubnet("WeightsVersionKey", UInt64(0))
    static let weightsSetRateLimit = perSubnet("WeightsSetRateLimit", UInt64(100))
    static let bondsMovingAverage = perSubnet("BondsMovingAverage", UInt64(900_000))
    static let bondsPenalty = perSubnet("BondsPenalty", UInt16.max)
    static let liquidAlphaOn = StorageMap<UInt16, Bool>(
        pallet: pallet, item: "LiquidAlphaOn", hasher: .blake2_128Concat, default: false)
    static let alphaValues = perSubnet("AlphaValues", UInt16Pair(45_875, 58_982))
    static let alphaSigmoidSteepness = perSubnet("AlphaSigmoidSteepness", Int16(1000))
    static let yuma3On = StorageMap<UInt16, Bool>(pallet: pallet, item: "Yuma3On", hasher: .blake2_128Concat, default: false)
    static let transferToggle = perSubnet("TransferToggle", true)
    static let commitRevealWeightsEnabled = perSubnet("CommitRevealWeightsEnabled", true)
    static let revealPeriodEpochs = StorageMap<UInt16, UInt64>(
        pallet: pallet, item: "RevealPeriodEpochs", hasher: .twox64Concat, default: 1)
    static let weightCommits = StorageDoubleMap<UInt16, AccountId32, [WeightCommit]>(
        pallet: pallet, item: "WeightCommits", hashers: (.twox64Concat, .twox64Concat))

    // MARK: Emission (the coinbase)

    static let blockEmission = global("BlockEmission", UInt64(1_000_000_000))
    static let subnetOwnerCut = global("SubnetOwnerCut", UInt16(11_796))
    /// I96F32 raw bits: `saturating_from_num(0.000003)` rounds to 12_885 / 2^32.
    static let subnetMovingAlpha = global("SubnetMovingAlpha", Int128(12_885))
    static let emaPriceHalvingBlocks = perSubnet("EMAPriceHalvingBlocks", UInt64(201_600))
    static let subnetTaoInEmission = perSubnet("SubnetTaoInEmission", UInt64(0))
    static let subnetAlphaInEmission = perSubnet("SubnetAlphaInEmission", UInt64(0))
    static let subnetAlphaOutEmission = perSubnet("SubnetAlphaOutEmission", UInt64(0))
    /// Alpha the protocol bought with TAO emission the injection cap kept out of the pool; part of `SubnetAlphaOut`.
    static let subnetProtocolAlpha = perSubnet("SubnetProtocolAlpha", UInt64(0))
    /// U96F32 raw bits: `TaoWeight · SubnetTAO[0] / (TaoWeight · SubnetTAO[0] + alpha issuance)`.
    static let rootProp = perSubnet("RootProp", UInt128(0))
    static let pendingServerEmission = perSubnet("PendingServerEmission", UInt64(0))
    static let pendingValidatorEmission = perSubnet("PendingValidatorEmission", UInt64(0))
    static let pendingRootAlphaDivs = perSubnet("PendingRootAlphaDivs", UInt64(0))
    static let pendingOwnerCut = perSubnet("PendingOwnerCut", UInt64(0))
    /// The alpha and root parts of each validator's dividends at the subnet's last epoch.
    static let alphaDividendsPerSubnet = StorageDoubleMap<UInt16, AccountId32, UInt64>(
        pallet: pallet, item: "AlphaDividendsPerSubnet", hashers: (.identity, .blake2_128Concat), default: 0)
    static let rootAlphaDividendsPerSubnet = StorageDoubleMap<UInt16, AccountId32, UInt64>(
        pallet: pallet, item: "RootAlphaDividendsPerSubnet", hashers: (.identity, .blake2_128Concat), default: 0)

    // MARK: Epoch scheduling

    static let blocksSinceLastStep = perSubnet("BlocksSinceLastStep", UInt64(0))
    static let lastEpochBlock = perSubnet("LastEpochBlock", UInt64(0))
    static let pendingEpochAt = perSubnet("PendingEpochAt", UInt64(0))
    static let subnetEpochIndex = perSubnet("SubnetEpochIndex", UInt64(0))
    /// The block of the subnet's last epoch that distributed emission (subtensor's spelling).
    static let lastMechanismStepBlock = perSubnet("LastMechansimStepBlock", UInt64(0))
    static let maxEpochsPerBlock = global("MaxEpochsPerBlock", UInt8(2))

    // MARK: Owner hyperparameter limits

    static let adminFreezeWindow = global("AdminFreezeWindow", UInt16(10))
    static let ownerHyperparamRateLimit = global("OwnerHyperparamRateLimit", UInt16(2))
    /// The block of an owner's last change of each hyperparameter (keyed by the setter's call index).
    static let lastOwnerHyperparamUpdate = StorageDoubleMap<UInt16, UInt8, UInt64>(
        pallet: pallet, item: "LastOwnerHyperparamUpdate", hashers: (.identity, .identity), default: 0)
}
