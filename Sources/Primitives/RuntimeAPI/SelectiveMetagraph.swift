import SCALE

/// The fields of a subnet's metagraph that were asked for, as `SubnetInfoRuntimeApi_get_selective_metagraph` and
/// `get_selective_mechagraph` return them (wrapped in `Option`; subtensor's `SelectiveMetagraph`): `Metagraph`'s
/// fields in the same order, each but `netuid` an `Option` that is set iff its `SelectiveMetagraphIndex` (0 `netuid`
/// … 73 `commitments`, in field order) was requested, then `validators` and `commitments`. Every `Option`, the
/// `Option<bool>` ones included, uses the generic encoding (`00`, or `01` and the value), not `OptionBool`.
public struct SelectiveMetagraph: Equatable, Sendable, ScaleCodable {
    /// The subnet.
    public var netuid: UInt16
    /// The subnet's name, usually UTF-8 (on the wire each byte is a `Compact<u8>`).
    public var name: [UInt8]?
    /// The alpha token's symbol, usually UTF-8 (on the wire each byte is a `Compact<u8>`).
    public var symbol: [UInt8]?
    /// The owner's description of the subnet.
    public var identity: SubnetIdentity??
    /// The block the subnet was registered at.
    public var networkRegisteredAt: UInt64?
    /// The owner's hotkey.
    public var ownerHotkey: AccountId32?
    /// The owner's coldkey.
    public var ownerColdkey: AccountId32?

    /// The block this metagraph was read at.
    public var block: UInt64?
    /// Blocks per epoch.
    public var tempo: UInt16?
    /// The block of the last epoch.
    public var lastStep: UInt64?
    /// Blocks since the last epoch.
    public var blocksSinceLastStep: UInt64?
    /// The subnet's TAO emission per block.
    public var subnetEmission: UInt64?
    /// Alpha in the pool.
    public var alphaIn: UInt64?
    /// Alpha outside the pool (staked).
    public var alphaOut: UInt64?
    /// TAO in the pool.
    public var taoIn: UInt64?
    /// Alpha emitted outside the pool per block.
    public var alphaOutEmission: UInt64?
    /// Alpha emitted into the pool per block.
    public var alphaInEmission: UInt64?
    /// TAO emitted into the pool per block.
    public var taoInEmission: UInt64?
    /// Alpha emission waiting for the next epoch.
    public var pendingAlphaEmission: UInt64?
    /// Root emission waiting for the next epoch.
    public var pendingRootEmission: UInt64?
    /// Volume traded through the pool.
    public var subnetVolume: UInt128?
    /// The moving average price as the raw bits of an `I96F32` fixed-point number (little-endian `i128` on the
    /// wire): the price is `movingPrice / 2^32`.
    public var movingPrice: Int128?

    /// Rho.
    public var rho: UInt16?
    /// Kappa.
    public var kappa: UInt16?
    /// The fewest weights a validator must set.
    public var minAllowedWeights: UInt16?
    /// The largest single weight allowed.
    public var maxWeightsLimit: UInt16?
    /// The weights version validators must set.
    public var weightsVersion: UInt64?
    /// Blocks between a validator's weight updates.
    public var weightsRateLimit: UInt64?
    /// Blocks without a weights update before a neuron counts as inactive.
    public var activityCutoff: UInt64?
    /// Validator permits handed out.
    public var maxValidators: UInt16?
    /// Neurons registered.
    public var numUids: UInt16?
    /// The uid capacity.
    public var maxUids: UInt16?
    /// The registration burn in rao.
    public var burn: UInt64?
    /// The proof-of-work difficulty.
    public var difficulty: UInt64?
    /// Whether registration is open.
    public var registrationAllowed: Bool?
    /// Whether proof-of-work registration is open.
    public var powRegistrationAllowed: Bool?
    /// Blocks a new neuron is protected from pruning.
    public var immunityPeriod: UInt16?
    /// The lowest difficulty.
    public var minDifficulty: UInt64?
    /// The highest difficulty.
    public var maxDifficulty: UInt64?
    /// The lowest burn.
    public var minBurn: UInt64?
    /// The highest burn.
    public var maxBurn: UInt64?
    /// The difficulty and burn adjustment factor.
    public var adjustmentAlpha: UInt64?
    /// Blocks between difficulty and burn adjustments.
    public var adjustmentInterval: UInt16?
    /// Registrations aimed for per adjustment interval.
    public var targetRegsPerInterval: UInt16?
    /// Registrations allowed per block.
    public var maxRegsPerBlock: UInt16?
    /// Blocks between a neuron's axon updates.
    public var servingRateLimit: UInt64?
    /// Whether weights are committed before they are revealed.
    public var commitRevealWeightsEnabled: Bool?
    /// Epochs between a weights commit and its reveal.
    public var commitRevealPeriod: UInt64?
    /// Whether liquid alpha is on.
    public var liquidAlphaEnabled: Bool?
    /// Liquid alpha's upper bound.
    public var alphaHigh: UInt16?
    /// Liquid alpha's lower bound.
    public var alphaLow: UInt16?
    /// The bonds moving average.
    public var bondsMovingAvg: UInt64?

    /// Hotkeys by uid.
    public var hotkeys: [AccountId32]?
    /// Coldkeys by uid.
    public var coldkeys: [AccountId32]?
    /// The hotkey owners' identities by uid, where set.
    public var identities: [ChainIdentity?]?
    /// Axons by uid.
    public var axons: [AxonInfo]?
    /// Activity flags.
    public var active: [Bool]?
    /// Validator permits.
    public var validatorPermit: [Bool]?
    /// Pruning scores.
    public var pruningScore: [UInt16]?
    /// Blocks of the last weights update.
    public var lastUpdate: [UInt64]?
    /// Emission per tempo.
    public var emission: [UInt64]?
    /// Dividends.
    public var dividends: [UInt16]?
    /// Incentives.
    public var incentives: [UInt16]?
    /// Consensus.
    public var consensus: [UInt16]?
    /// Trust.
    public var trust: [UInt16]?
    /// Rank.
    public var rank: [UInt16]?
    /// Registration blocks.
    public var blockAtRegistration: [UInt64]?
    /// Alpha stake.
    public var alphaStake: [UInt64]?
    /// TAO stake.
    public var taoStake: [UInt64]?
    /// Total stake.
    public var totalStake: [UInt64]?
    /// TAO dividends per hotkey.
    public var taoDividendsPerHotkey: [HotkeyDividend]?
    /// Alpha dividends per hotkey.
    public var alphaDividendsPerHotkey: [HotkeyDividend]?
    /// The uids holding validator permits.
    public var validators: [UInt16]?
    /// The hotkeys' commitments.
    public var commitments: [Commitment]?

    /// One `(AccountId, Vec<Compact<u8>>)` entry of `commitments`: a hotkey and the bytes it committed.
    public struct Commitment: Equatable, Sendable, ScaleCodable {
        /// The committing hotkey.
        public var hotkey: AccountId32
        /// The commitment (on the wire each byte is a `Compact<u8>`).
        public var data: [UInt8]

        /// An entry.
        public init(hotkey: AccountId32, data: [UInt8]) {
            self.hotkey = hotkey
            self.data = data
        }

        public func encode(into writer: inout ScaleWriter) {
            writer.encode(hotkey, compacts(data))
        }

        public init(decoding reader: inout ScaleReader) throws {
            let (hotkey, data) = try reader.decode(AccountId32.self, [Compact<UInt8>].self)
            self.init(hotkey: hotkey, data: data.map(\.value))
        }
    }

    /// A reply for `netuid` with no field set.
    public init(netuid: UInt16) {
        self.netuid = netuid
    }

    /// A reply with every `Metagraph` field set, and `validators` and `commitments` not.
    public init(_ metagraph: Metagraph) {
        netuid = metagraph.netuid
        name = metagraph.name
        symbol = metagraph.symbol
        identity = metagraph.identity
        networkRegisteredAt = metagraph.networkRegisteredAt
        ownerHotkey = metagraph.ownerHotkey
        ownerColdkey = metagraph.ownerColdkey
        block = metagraph.block
        tempo = metagraph.tempo
        lastStep = metagraph.lastStep
        blocksSinceLastStep = metagraph.blocksSinceLastStep
        subnetEmission = metagraph.subnetEmission
        alphaIn = metagraph.alphaIn
        alphaOut = metagraph.alphaOut
        taoIn = metagraph.taoIn
        alphaOutEmission = metagraph.alphaOutEmission
        alphaInEmission = metagraph.alphaInEmission
        taoInEmission = metagraph.taoInEmission
        pendingAlphaEmission = metagraph.pendingAlphaEmission
        pendingRootEmission = metagraph.pendingRootEmission
        subnetVolume = metagraph.subnetVolume
        movingPrice = metagraph.movingPrice
        rho = metagraph.rho
        kappa = metagraph.kappa
        minAllowedWeights = metagraph.minAllowedWeights
        maxWeightsLimit = metagraph.maxWeightsLimit
        weightsVersion = metagraph.weightsVersion
        weightsRateLimit = metagraph.weightsRateLimit
        activityCutoff = metagraph.activityCutoff
        maxValidators = metagraph.maxValidators
        numUids = metagraph.numUids
        maxUids = metagraph.maxUids
        burn = metagraph.burn
        difficulty = metagraph.difficulty
        registrationAllowed = metagraph.registrationAllowed
        powRegistrationAllowed = metagraph.powRegistrationAllowed
        immunityPeriod = metagraph.immunityPeriod
        minDifficulty = metagraph.minDifficulty
        maxDifficulty = metagraph.maxDifficulty
        minBurn = metagraph.minBurn
        maxBurn = metagraph.maxBurn
        adjustmentAlpha = metagraph.adjustmentAlpha
        adjustmentInterval = metagraph.adjustmentInterval
        targetRegsPerInterval = metagraph.targetRegsPerInterval
        maxRegsPerBlock = metagraph.maxRegsPerBlock
        servingRateLimit = metagraph.servingRateLimit
        commitRevealWeightsEnabled = metagraph.commitRevealWeightsEnabled
        commitRevealPeriod = metagraph.commitRevealPeriod
        liquidAlphaEnabled = metagraph.liquidAlphaEnabled
        alphaHigh = metagraph.alphaHigh
        alphaLow = metagraph.alphaLow
        bondsMovingAvg = metagraph.bondsMovingAvg
        hotkeys = metagraph.hotkeys
        coldkeys = metagraph.coldkeys
        identities = metagraph.identities
        axons = metagraph.axons
        active = metagraph.active
        validatorPermit = metagraph.validatorPermit
        pruningScore = metagraph.pruningScore
        lastUpdate = metagraph.lastUpdate
        emission = metagraph.emission
        dividends = metagraph.dividends
        incentives = metagraph.incentives
        consensus = metagraph.consensus
        trust = metagraph.trust
        rank = metagraph.rank
        blockAtRegistration = metagraph.blockAtRegistration
        alphaStake = metagraph.alphaStake
        taoStake = metagraph.taoStake
        totalStake = metagraph.totalStake
        taoDividendsPerHotkey = metagraph.taoDividendsPerHotkey
        alphaDividendsPerHotkey = metagraph.alphaDividendsPerHotkey
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(netuid), optionalCompacts(name), optionalCompacts(symbol), identity)
        writer.encode(optionalCompact(networkRegisteredAt), ownerHotkey, ownerColdkey)
        writer.encode(optionalCompact(block), optionalCompact(tempo), optionalCompact(lastStep))
        writer.encode(optionalCompact(blocksSinceLastStep), optionalCompact(subnetEmission))
        writer.encode(optionalCompact(alphaIn), optionalCompact(alphaOut), optionalCompact(taoIn))
        writer.encode(optionalCompact(alphaOutEmission), optionalCompact(alphaInEmission))
        writer.encode(optionalCompact(taoInEmission), optionalCompact(pendingAlphaEmission))
        writer.encode(optionalCompact(pendingRootEmission), optionalCompact(subnetVolume), movingPrice)
        writer.encode(optionalCompact(rho), optionalCompact(kappa), optionalCompact(minAllowedWeights))
        writer.encode(optionalCompact(maxWeightsLimit), optionalCompact(weightsVersion))
        writer.encode(optionalCompact(weightsRateLimit), optionalCompact(activityCutoff))
        writer.encode(optionalCompact(maxValidators), optionalCompact(numUids), optionalCompact(maxUids))
        writer.encode(optionalCompact(burn), optionalCompact(difficulty))
        writer.encode(registrationAllowed, powRegistrationAllowed, optionalCompact(immunityPeriod))
        writer.encode(optionalCompact(minDifficulty), optionalCompact(maxDifficulty))
        writer.encode(optionalCompact(minBurn), optionalCompact(maxBurn), optionalCompact(adjustmentAlpha))
        writer.encode(optionalCompact(adjustmentInterval), optionalCompact(targetRegsPerInterval))
        writer.encode(optionalCompact(maxRegsPerBlock), optionalCompact(servingRateLimit))
        writer.encode(commitRevealWeightsEnabled, optionalCompact(commitRevealPeriod), liquidAlphaEnabled)
        writer.encode(optionalCompact(alphaHigh), optionalCompact(alphaLow), optionalCompact(bondsMovingAvg))
        writer.encode(hotkeys, coldkeys, identities, axons, active, validatorPermit)
        writer.encode(optionalCompacts(pruningScore), optionalCompacts(lastUpdate), optionalCompacts(emission))
        writer.encode(optionalCompacts(dividends), optionalCompacts(incentives), optionalCompacts(consensus))
        writer.encode(optionalCompacts(trust), optionalCompacts(rank), optionalCompacts(blockAtRegistration))
        writer.encode(optionalCompacts(alphaStake), optionalCompacts(taoStake), optionalCompacts(totalStake))
        writer.encode(taoDividendsPerHotkey, alphaDividendsPerHotkey)
        writer.encode(optionalCompacts(validators), commitments)
    }

    public init(decoding reader: inout ScaleReader) throws {
        netuid = try reader.readCompact()
        name = try reader.readOptionalCompacts()
        symbol = try reader.readOptionalCompacts()
        identity = try reader.decode(SubnetIdentity??.self)
        networkRegisteredAt = try reader.readOptionalCompact()
        (ownerHotkey, ownerColdkey) = try reader.decode(AccountId32?.self, AccountId32?.self)

        block = try reader.readOptionalCompact()
        tempo = try reader.readOptionalCompact()
        lastStep = try reader.readOptionalCompact()
        blocksSinceLastStep = try reader.readOptionalCompact()
        subnetEmission = try reader.readOptionalCompact()
        alphaIn = try reader.readOptionalCompact()
        alphaOut = try reader.readOptionalCompact()
        taoIn = try reader.readOptionalCompact()
        alphaOutEmission = try reader.readOptionalCompact()
        alphaInEmission = try reader.readOptionalCompact()
        taoInEmission = try reader.readOptionalCompact()
        pendingAlphaEmission = try reader.readOptionalCompact()
        pendingRootEmission = try reader.readOptionalCompact()
        subnetVolume = try reader.readOptionalCompact()
        movingPrice = try reader.decode(Int128?.self)

        rho = try reader.readOptionalCompact()
        kappa = try reader.readOptionalCompact()
        minAllowedWeights = try reader.readOptionalCompact()
        maxWeightsLimit = try reader.readOptionalCompact()
        weightsVersion = try reader.readOptionalCompact()
        weightsRateLimit = try reader.readOptionalCompact()
        activityCutoff = try reader.readOptionalCompact()
        maxValidators = try reader.readOptionalCompact()
        numUids = try reader.readOptionalCompact()
        maxUids = try reader.readOptionalCompact()
        burn = try reader.readOptionalCompact()
        difficulty = try reader.readOptionalCompact()
        (registrationAllowed, powRegistrationAllowed) = try reader.decode(Bool?.self, Bool?.self)
        immunityPeriod = try reader.readOptionalCompact()
        minDifficulty = try reader.readOptionalCompact()
        maxDifficulty = try reader.readOptionalCompact()
        minBurn = try reader.readOptionalCompact()
        maxBurn = try reader.readOptionalCompact()
        adjustmentAlpha = try reader.readOptionalCompact()
        adjustmentInterval = try reader.readOptionalCompact()
        targetRegsPerInterval = try reader.readOptionalCompact()
        maxRegsPerBlock = try reader.readOptionalCompact()
        servingRateLimit = try reader.readOptionalCompact()
        commitRevealWeightsEnabled = try reader.decode(Bool?.self)
        commitRevealPeriod = try reader.readOptionalCompact()
        liquidAlphaEnabled = try reader.decode(Bool?.self)
        alphaHigh = try reader.readOptionalCompact()
        alphaLow = try reader.readOptionalCompact()
        bondsMovingAvg = try reader.readOptionalCompact()

        (hotkeys, coldkeys) = try reader.decode([AccountId32]?.self, [AccountId32]?.self)
        (identities, axons) = try reader.decode([ChainIdentity?]?.self, [AxonInfo]?.self)
        (active, validatorPermit) = try reader.decode([Bool]?.self, [Bool]?.self)
        pruningScore = try reader.readOptionalCompacts()
        lastUpdate = try reader.readOptionalCompacts()
        emission = try reader.readOptionalCompacts()
        dividends = try reader.readOptionalCompacts()
        incentives = try reader.readOptionalCompacts()
        consensus = try reader.readOptionalCompacts()
        trust = try reader.readOptionalCompacts()
        rank = try reader.readOptionalCompacts()
        blockAtRegistration = try reader.readOptionalCompacts()
        alphaStake = try reader.readOptionalCompacts()
        taoStake = try reader.readOptionalCompacts()
        totalStake = try reader.readOptionalCompacts()
        taoDividendsPerHotkey = try reader.decode([HotkeyDividend]?.self)
        alphaDividendsPerHotkey = try reader.decode([HotkeyDividend]?.self)
        validators = try reader.readOptionalCompacts()
        commitments = try reader.decode([Commitment]?.self)
    }
}

extension Metagraph {
    /// The full metagraph in `selective`, or `nil` when any of `Metagraph`'s fields was left out of it.
    public init?(_ selective: SelectiveMetagraph) {
        guard let name = selective.name, let symbol = selective.symbol, let identity = selective.identity,
              let networkRegisteredAt = selective.networkRegisteredAt, let ownerHotkey = selective.ownerHotkey,
              let ownerColdkey = selective.ownerColdkey, let block = selective.block, let tempo = selective.tempo,
              let lastStep = selective.lastStep, let blocksSinceLastStep = selective.blocksSinceLastStep,
              let subnetEmission = selective.subnetEmission, let alphaIn = selective.alphaIn,
              let alphaOut = selective.alphaOut, let taoIn = selective.taoIn,
              let alphaOutEmission = selective.alphaOutEmission, let alphaInEmission = selective.alphaInEmission,
              let taoInEmission = selective.taoInEmission, let pendingAlphaEmission = selective.pendingAlphaEmission,
              let pendingRootEmission = selective.pendingRootEmission, let subnetVolume = selective.subnetVolume,
              let movingPrice = selective.movingPrice, let rho = selective.rho, let kappa = selective.kappa,
              let minAllowedWeights = selective.minAllowedWeights, let maxWeightsLimit = selective.maxWeightsLimit,
              let weightsVersion = selective.weightsVersion, let weightsRateLimit = selective.weightsRateLimit,
              let activityCutoff = selective.activityCutoff, let maxValidators = selective.maxValidators,
              let numUids = selective.numUids, let maxUids = selective.maxUids, let burn = selective.burn,
              let difficulty = selective.difficulty, let registrationAllowed = selective.registrationAllowed,
              let powRegistrationAllowed = selective.powRegistrationAllowed,
              let immunityPeriod = selective.immunityPeriod, let minDifficulty = selective.minDifficulty,
              let maxDifficulty = selective.maxDifficulty, let minBurn = selective.minBurn,
              let maxBurn = selective.maxBurn, let adjustmentAlpha = selective.adjustmentAlpha,
              let adjustmentInterval = selective.adjustmentInterval,
              let targetRegsPerInterval = selective.targetRegsPerInterval,
              let maxRegsPerBlock = selective.maxRegsPerBlock, let servingRateLimit = selective.servingRateLimit,
              let commitRevealWeightsEnabled = selective.commitRevealWeightsEnabled,
              let commitRevealPeriod = selective.commitRevealPeriod,
              let liquidAlphaEnabled = selective.liquidAlphaEnabled, let alphaHigh = selective.alphaHigh,
              let alphaLow = selective.alphaLow, let bondsMovingAvg = selective.bondsMovingAvg,
              let hotkeys = selective.hotkeys, let coldkeys = selective.coldkeys, let identities = selective.identities,
              let axons = selective.axons, let active = selective.active,
              let validatorPermit = selective.validatorPermit, let pruningScore = selective.pruningScore,
              let lastUpdate = selective.lastUpdate, let emission = selective.emission,
              let dividends = selective.dividends, let incentives = selective.incentives,
              let consensus = selective.consensus, let trust = selective.trust, let rank = selective.rank,
              let blockAtRegistration = selective.blockAtRegistration, let alphaStake = selective.alphaStake,
              let taoStake = selective.taoStake, let totalStake = selective.totalStake,
              let taoDividendsPerHotkey = selective.taoDividendsPerHotkey,
              let alphaDividendsPerHotkey = selective.alphaDividendsPerHotkey else { return nil }
        self.netuid = selective.netuid
        self.name = name
        self.symbol = symbol
        self.identity = identity
        self.networkRegisteredAt = networkRegisteredAt
        self.ownerHotkey = ownerHotkey
        self.ownerColdkey = ownerColdkey
        self.block = block
        self.tempo = tempo
        self.lastStep = lastStep
        self.blocksSinceLastStep = blocksSinceLastStep
        self.subnetEmission = subnetEmission
        self.alphaIn = alphaIn
        self.alphaOut = alphaOut
        self.taoIn = taoIn
        self.alphaOutEmission = alphaOutEmission
        self.alphaInEmission = alphaInEmission
        self.taoInEmission = taoInEmission
        self.pendingAlphaEmission = pendingAlphaEmission
        self.pendingRootEmission = pendingRootEmission
        self.subnetVolume = subnetVolume
        self.movingPrice = movingPrice
        self.rho = rho
        self.kappa = kappa
        self.minAllowedWeights = minAllowedWeights
        self.maxWeightsLimit = maxWeightsLimit
        self.weightsVersion = weightsVersion
        self.weightsRateLimit = weightsRateLimit
        self.activityCutoff = activityCutoff
        self.maxValidators = maxValidators
        self.numUids = numUids
        self.maxUids = maxUids
        self.burn = burn
        self.difficulty = difficulty
        self.registrationAllowed = registrationAllowed
        self.powRegistrationAllowed = powRegistrationAllowed
        self.immunityPeriod = immunityPeriod
        self.minDifficulty = minDifficulty
        self.maxDifficulty = maxDifficulty
        self.minBurn = minBurn
        self.maxBurn = maxBurn
        self.adjustmentAlpha = adjustmentAlpha
        self.adjustmentInterval = adjustmentInterval
        self.targetRegsPerInterval = targetRegsPerInterval
        self.maxRegsPerBlock = maxRegsPerBlock
        self.servingRateLimit = servingRateLimit
        self.commitRevealWeightsEnabled = commitRevealWeightsEnabled
        self.commitRevealPeriod = commitRevealPeriod
        self.liquidAlphaEnabled = liquidAlphaEnabled
        self.alphaHigh = alphaHigh
        self.alphaLow = alphaLow
        self.bondsMovingAvg = bondsMovingAvg
        self.hotkeys = hotkeys
        self.coldkeys = coldkeys
        self.identities = identities
        self.axons = axons
        self.active = active
        self.validatorPermit = validatorPermit
        self.pruningScore = pruningScore
        self.lastUpdate = lastUpdate
        self.emission = emission
        self.dividends = dividends
        self.incentives = incentives
        self.consensus = consensus
        self.trust = trust
        self.rank = rank
        self.blockAtRegistration = blockAtRegistration
        self.alphaStake = alphaStake
        self.taoStake = taoStake
        self.totalStake = totalStake
        self.taoDividendsPerHotkey = taoDividendsPerHotkey
        self.alphaDividendsPerHotkey = alphaDividendsPerHotkey
    }
}

extension SelectiveMetagraph {
    /// The reply with only the fields whose `SelectiveMetagraphIndex` is in `indices` set; `netuid` (index 0)
    /// is always there, and indices past 73 are ignored, as subtensor does.
    public func keepingOnly(_ indices: Set<UInt16>) -> SelectiveMetagraph {
        var kept = self
        for (index, clear) in Self.fieldClearers.enumerated() where !indices.contains(UInt16(index)) { clear(&kept) }
        return kept
    }

    private static func clearing<T>(_ field: WritableKeyPath<SelectiveMetagraph, T?>) -> @Sendable (inout SelectiveMetagraph) -> Void {
        nonisolated(unsafe) let field = field
        return { $0[keyPath: field] = nil }
    }

    /// Clears each field, by `SelectiveMetagraphIndex` (0 `netuid`, which is never cleared, … 73 `commitments`).
    private static let fieldClearers: [@Sendable (inout SelectiveMetagraph) -> Void] = [
        { _ in }, clearing(\.name), clearing(\.symbol), clearing(\.identity), clearing(\.networkRegisteredAt),
        clearing(\.ownerHotkey), clearing(\.ownerColdkey), clearing(\.block), clearing(\.tempo), clearing(\.lastStep),
        clearing(\.blocksSinceLastStep), clearing(\.subnetEmission), clearing(\.alphaIn), clearing(\.alphaOut),
        clearing(\.taoIn), clearing(\.alphaOutEmission), clearing(\.alphaInEmission), clearing(\.taoInEmission),
        clearing(\.pendingAlphaEmission), clearing(\.pendingRootEmission), clearing(\.subnetVolume),
        clearing(\.movingPrice), clearing(\.rho), clearing(\.kappa), clearing(\.minAllowedWeights),
        clearing(\.maxWeightsLimit), clearing(\.weightsVersion), clearing(\.weightsRateLimit),
        clearing(\.activityCutoff), clearing(\.maxValidators), clearing(\.numUids), clearing(\.maxUids),
        clearing(\.burn), clearing(\.difficulty), clearing(\.registrationAllowed), clearing(\.powRegistrationAllowed),
        clearing(\.immunityPeriod), clearing(\.minDifficulty), clearing(\.maxDifficulty), clearing(\.minBurn),
        clearing(\.maxBurn), clearing(\.adjustmentAlpha), clearing(\.adjustmentInterval),
        clearing(\.targetRegsPerInterval), clearing(\.maxRegsPerBlock), clearing(\.servingRateLimit),
        clearing(\.commitRevealWeightsEnabled), clearing(\.commitRevealPeriod), clearing(\.liquidAlphaEnabled),
        clearing(\.alphaHigh), clearing(\.alphaLow), clearing(\.bondsMovingAvg), clearing(\.hotkeys),
        clearing(\.coldkeys), clearing(\.identities), clearing(\.axons), clearing(\.active),
        clearing(\.validatorPermit), clearing(\.pruningScore), clearing(\.lastUpdate), clearing(\.emission),
        clearing(\.dividends), clearing(\.incentives), clearing(\.consensus), clearing(\.trust), clearing(\.rank),
        clearing(\.blockAtRegistration), clearing(\.alphaStake), clearing(\.taoStake), clearing(\.totalStake),
        clearing(\.taoDividendsPerHotkey), clearing(\.alphaDividendsPerHotkey), clearing(\.validators),
        clearing(\.commitments),
    ]
}
