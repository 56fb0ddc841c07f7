import SCALE

/// A subnet's full metagraph, as `SubnetInfoRuntimeApi_get_metagraph` returns it (wrapped in `Option`; subtensor's
/// `Metagraph`), fields in wire order. The per-neuron vectors are indexed by uid; the u16 scores are fractions of
/// 65535; amounts are in rao (TAO) or in the subnet's alpha units.
public struct Metagraph: Equatable, Sendable, ScaleCodable {
    /// The subnet.
    public var netuid: UInt16
    /// The subnet's name, usually UTF-8 (on the wire each byte is a `Compact<u8>`).
    public var name: [UInt8]
    /// The alpha token's symbol, usually UTF-8 (on the wire each byte is a `Compact<u8>`).
    public var symbol: [UInt8]
    /// The owner's description of the subnet.
    public var identity: SubnetIdentity?
    /// The block the subnet was registered at.
    public var networkRegisteredAt: UInt64
    /// The owner's hotkey.
    public var ownerHotkey: AccountId32
    /// The owner's coldkey.
    public var ownerColdkey: AccountId32

    /// The block this metagraph was read at.
    public var block: UInt64
    /// Blocks per epoch.
    public var tempo: UInt16
    /// The block of the last epoch.
    public var lastStep: UInt64
    /// Blocks since the last epoch.
    public var blocksSinceLastStep: UInt64
    /// The subnet's TAO emission per block.
    public var subnetEmission: UInt64
    /// Alpha in the pool.
    public var alphaIn: UInt64
    /// Alpha outside the pool (staked).
    public var alphaOut: UInt64
    /// TAO in the pool.
    public var taoIn: UInt64
    /// Alpha emitted outside the pool per block.
    public var alphaOutEmission: UInt64
    /// Alpha emitted into the pool per block.
    public var alphaInEmission: UInt64
    /// TAO emitted into the pool per block.
    public var taoInEmission: UInt64
    /// Alpha emission waiting for the next epoch.
    public var pendingAlphaEmission: UInt64
    /// Root emission waiting for the next epoch.
    public var pendingRootEmission: UInt64
    /// Volume traded through the pool.
    public var subnetVolume: UInt128
    /// The moving average price as the raw bits of an `I96F32` fixed-point number (little-endian `i128` on the
    /// wire): the price is `movingPrice / 2^32`.
    public var movingPrice: Int128

    /// Rho.
    public var rho: UInt16
    /// Kappa.
    public var kappa: UInt16
    /// The fewest weights a validator must set.
    public var minAllowedWeights: UInt16
    /// The largest single weight allowed.
    public var maxWeightsLimit: UInt16
    /// The weights version validators must set.
    public var weightsVersion: UInt64
    /// Blocks between a validator's weight updates.
    public var weightsRateLimit: UInt64
    /// Blocks without a weights update before a neuron counts as inactive.
    public var activityCutoff: UInt64
    /// Validator permits handed out.
    public var maxValidators: UInt16
    /// Neurons registered.
    public var numUids: UInt16
    /// The uid capacity.
    public var maxUids: UInt16
    /// The registration burn in rao.
    public var burn: UInt64
    /// The proof-of-work difficulty.
    public var difficulty: UInt64
    /// Whether registration is open.
    public var registrationAllowed: Bool
    /// Whether proof-of-work registration is open.
    public var powRegistrationAllowed: Bool
    /// Blocks a new neuron is protected from pruning.
    public var immunityPeriod: UInt16
    /// The lowest difficulty.
    public var minDifficulty: UInt64
    /// The highest difficulty.
    public var maxDifficulty: UInt64
    /// The lowest burn.
    public var minBurn: UInt64
    /// The highest burn.
    public var maxBurn: UInt64
    /// The difficulty and burn adjustment factor.
    public var adjustmentAlpha: UInt64
    /// Blocks between difficulty and burn adjustments.
    public var adjustmentInterval: UInt16
    /// Registrations aimed for per adjustment interval.
    public var targetRegsPerInterval: UInt16
    /// Registrations allowed per block.
    public var maxRegsPerBlock: UInt16
    /// Blocks between a neuron's axon updates.
    public var servingRateLimit: UInt64
    /// Whether weights are committed before they are revealed.
    public var commitRevealWeightsEnabled: Bool
    /// Epochs between a weights commit and its reveal.
    public var commitRevealPeriod: UInt64
    /// Whether liquid alpha is on.
    public var liquidAlphaEnabled: Bool
    /// Liquid alpha's upper bound.
    public var alphaHigh: UInt16
    /// Liquid alpha's lower bound.
    public var alphaLow: UInt16
    /// The bonds moving average.
    public var bondsMovingAvg: UInt64

    /// Hotkeys by uid.
    public var hotkeys: [AccountId32]
    /// Coldkeys by uid.
    public var coldkeys: [AccountId32]
    /// The hotkey owners' identities by uid, where set.
    public var identities: [ChainIdentity?]
    /// Axons by uid.
    public var axons: [AxonInfo]
    /// Activity flags.
    public var active: [Bool]
    /// Validator permits.
    public var validatorPermit: [Bool]
    /// Pruning scores.
    public var pruningScore: [UInt16]
    /// Blocks of the last weights update.
    public var lastUpdate: [UInt64]
    /// Emission per tempo.
    public var emission: [UInt64]
    /// Dividends.
    public var dividends: [UInt16]
    /// Incentives.
    public var incentives: [UInt16]
    /// Consensus.
    public var consensus: [UInt16]
    /// Trust.
    public var trust: [UInt16]
    /// Rank.
    public var rank: [UInt16]
    /// Registration blocks.
    public var blockAtRegistration: [UInt64]
    /// Alpha stake.
    public var alphaStake: [UInt64]
    /// TAO stake.
    public var taoStake: [UInt64]
    /// Total stake.
    public var totalStake: [UInt64]
    /// TAO dividends per hotkey.
    public var taoDividendsPerHotkey: [HotkeyDividend]
    /// Alpha dividends per hotkey.
    public var alphaDividendsPerHotkey: [HotkeyDividend]

    /// An empty metagraph for `netuid`: every other number zero, every flag false, every vector empty.
    public init(netuid: UInt16, ownerHotkey: AccountId32, ownerColdkey: AccountId32) {
        self.netuid = netuid
        (name, symbol, identity, networkRegisteredAt) = ([], [], nil, 0)
        (self.ownerHotkey, self.ownerColdkey) = (ownerHotkey, ownerColdkey)
        (block, tempo, lastStep, blocksSinceLastStep, subnetEmission) = (0, 0, 0, 0, 0)
        (alphaIn, alphaOut, taoIn, alphaOutEmission, alphaInEmission, taoInEmission) = (0, 0, 0, 0, 0, 0)
        (pendingAlphaEmission, pendingRootEmission, subnetVolume, movingPrice) = (0, 0, 0, 0)
        (rho, kappa, minAllowedWeights, maxWeightsLimit) = (0, 0, 0, 0)
        (weightsVersion, weightsRateLimit, activityCutoff, maxValidators) = (0, 0, 0, 0)
        (numUids, maxUids, burn, difficulty) = (0, 0, 0, 0)
        (registrationAllowed, powRegistrationAllowed, immunityPeriod) = (false, false, 0)
        (minDifficulty, maxDifficulty, minBurn, maxBurn, adjustmentAlpha) = (0, 0, 0, 0, 0)
        (adjustmentInterval, targetRegsPerInterval, maxRegsPerBlock, servingRateLimit) = (0, 0, 0, 0)
        (commitRevealWeightsEnabled, commitRevealPeriod, liquidAlphaEnabled) = (false, 0, false)
        (alphaHigh, alphaLow, bondsMovingAvg) = (0, 0, 0)
        (hotkeys, coldkeys, identities, axons, active, validatorPermit) = ([], [], [], [], [], [])
        (pruningScore, lastUpdate, emission) = ([], [], [])
        (dividends, incentives, consensus, trust, rank) = ([], [], [], [], [])
        (blockAtRegistration, alphaStake, taoStake, totalStake) = ([], [], [], [])
        (taoDividendsPerHotkey, alphaDividendsPerHotkey) = ([], [])
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(netuid), compacts(name), compacts(symbol), identity, Compact(networkRegisteredAt))
        writer.encode(ownerHotkey, ownerColdkey)
        writer.encode(Compact(block), Compact(tempo), Compact(lastStep), Compact(blocksSinceLastStep))
        writer.encode(Compact(subnetEmission), Compact(alphaIn), Compact(alphaOut), Compact(taoIn))
        writer.encode(Compact(alphaOutEmission), Compact(alphaInEmission), Compact(taoInEmission))
        writer.encode(Compact(pendingAlphaEmission), Compact(pendingRootEmission), Compact(subnetVolume), movingPrice)
        writer.encode(Compact(rho), Compact(kappa), Compact(minAllowedWeights), Compact(maxWeightsLimit))
        writer.encode(Compact(weightsVersion), Compact(weightsRateLimit), Compact(activityCutoff))
        writer.encode(Compact(maxValidators), Compact(numUids), Compact(maxUids), Compact(burn), Compact(difficulty))
        writer.encode(registrationAllowed, powRegistrationAllowed, Compact(immunityPeriod))
        writer.encode(Compact(minDifficulty), Compact(maxDifficulty), Compact(minBurn), Compact(maxBurn))
        writer.encode(Compact(adjustmentAlpha), Compact(adjustmentInterval), Compact(targetRegsPerInterval))
        writer.encode(Compact(maxRegsPerBlock), Compact(servingRateLimit))
        writer.encode(commitRevealWeightsEnabled, Compact(commitRevealPeriod), liquidAlphaEnabled)
        writer.encode(Compact(alphaHigh), Compact(alphaLow), Compact(bondsMovingAvg))
        writer.encode(hotkeys, coldkeys, identities, axons, active, validatorPermit)
        writer.encode(compacts(pruningScore), compacts(lastUpdate), compacts(emission))
        writer.encode(compacts(dividends), compacts(incentives), compacts(consensus), compacts(trust), compacts(rank))
        writer.encode(compacts(blockAtRegistration), compacts(alphaStake), compacts(taoStake), compacts(totalStake))
        writer.encode(taoDividendsPerHotkey, alphaDividendsPerHotkey)
    }

    public init(decoding reader: inout ScaleReader) throws {
        netuid = try reader.readCompact()
        name = try reader.readCompacts()
        symbol = try reader.readCompacts()
        identity = try reader.decode(SubnetIdentity?.self)
        networkRegisteredAt = try reader.readCompact()
        (ownerHotkey, ownerColdkey) = try reader.decode(AccountId32.self, AccountId32.self)

        block = try reader.readCompact()
        tempo = try reader.readCompact()
        lastStep = try reader.readCompact()
        blocksSinceLastStep = try reader.readCompact()
        subnetEmission = try reader.readCompact()
        alphaIn = try reader.readCompact()
        alphaOut = try reader.readCompact()
        taoIn = try reader.readCompact()
        alphaOutEmission = try reader.readCompact()
        alphaInEmission = try reader.readCompact()
        taoInEmission = try reader.readCompact()
        pendingAlphaEmission = try reader.readCompact()
        pendingRootEmission = try reader.readCompact()
        subnetVolume = try reader.readCompact()
        movingPrice = try reader.decode(Int128.self)

        rho = try reader.readCompact()
        kappa = try reader.readCompact()
        minAllowedWeights = try reader.readCompact()
        maxWeightsLimit = try reader.readCompact()
        weightsVersion = try reader.readCompact()
        weightsRateLimit = try reader.readCompact()
        activityCutoff = try reader.readCompact()
        maxValidators = try reader.readCompact()
        numUids = try reader.readCompact()
        maxUids = try reader.readCompact()
        burn = try reader.readCompact()
        difficulty = try reader.readCompact()
        (registrationAllowed, powRegistrationAllowed) = try reader.decode(Bool.self, Bool.self)
        immunityPeriod = try reader.readCompact()
        minDifficulty = try reader.readCompact()
        maxDifficulty = try reader.readCompact()
        minBurn = try reader.readCompact()
        maxBurn = try reader.readCompact()
        adjustmentAlpha = try reader.readCompact()
        adjustmentInterval = try reader.readCompact()
        targetRegsPerInterval = try reader.readCompact()
        maxRegsPerBlock = try reader.readCompact()
        servingRateLimit = try reader.readCompact()
        commitRevealWeightsEnabled = try reader.decode(Bool.self)
        commitRevealPeriod = try reader.readCompact()
        liquidAlphaEnabled = try reader.decode(Bool.self)
        alphaHigh = try reader.readCompact()
        alphaLow = try reader.readCompact()
        bondsMovingAvg = try reader.readCompact()

        (hotkeys, coldkeys) = try reader.decode([AccountId32].self, [AccountId32].self)
        (identities, axons) = try reader.decode([ChainIdentity?].self, [AxonInfo].self)
        (active, validatorPermit) = try reader.decode([Bool].self, [Bool].self)
        pruningScore = try reader.readCompacts()
        lastUpdate = try reader.readCompacts()
        emission = try reader.readCompacts()
        dividends = try reader.readCompacts()
        incentives = try reader.readCompacts()
        consensus = try reader.readCompacts()
        trust = try reader.readCompacts()
        rank = try reader.readCompacts()
        blockAtRegistration = try reader.readCompacts()
        alphaStake = try reader.readCompacts()
        taoStake = try reader.readCompacts()
        totalStake = try reader.readCompacts()
        taoDividendsPerHotkey = try reader.decode([HotkeyDividend].self)
        alphaDividendsPerHotkey = try reader.decode([HotkeyDividend].self)
    }
}

/// One `(AccountId, Compact<u64>)` entry of the metagraph's per-hotkey dividend lists.
public struct HotkeyDividend: Equatable, Sendable, ScaleCodable {
    /// The hotkey.
    public var hotkey: AccountId32
    /// Its dividends.
    public var amount: UInt64

    /// An entry.
    public init(hotkey: AccountId32, amount: UInt64) {
        self.hotkey = hotkey
        self.amount = amount
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(hotkey, Compact(amount))
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (hotkey, amount) = try reader.decode(AccountId32.self, Compact<UInt64>.self)
        self.init(hotkey: hotkey, amount: amount.value)
    }
}
