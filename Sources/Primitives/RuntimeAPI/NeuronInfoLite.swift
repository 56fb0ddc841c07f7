import SCALE

/// One neuron as `NeuronInfoRuntimeApi_get_neurons_lite` returns it (subtensor's `NeuronInfoLite`), fields
/// in wire order; the u16 scores are fractions of 65535.
public struct NeuronInfoLite: Equatable, Sendable, ScaleCodable {
    /// The neuron's hotkey.
    public var hotkey: AccountId32
    /// The hotkey's owner.
    public var coldkey: AccountId32
    /// Its uid in the subnet.
    public var uid: UInt16
    /// The subnet.
    public var netuid: UInt16
    /// Whether it has been active within the activity cutoff.
    public var active: Bool
    /// Its axon.
    public var axonInfo: AxonInfo
    /// Its Prometheus endpoint.
    public var prometheusInfo: PrometheusInfo
    /// Stake per coldkey, in rao.
    public var stake: [(coldkey: AccountId32, amount: UInt64)]
    /// Rank.
    public var rank: UInt16
    /// Emission per tempo, in rao.
    public var emission: UInt64
    /// Incentive.
    public var incentive: UInt16
    /// Consensus.
    public var consensus: UInt16
    /// Trust.
    public var trust: UInt16
    /// Validator trust.
    public var validatorTrust: UInt16
    /// Dividends.
    public var dividends: UInt16
    /// The block of its last weights update.
    public var lastUpdate: UInt64
    /// Whether it holds a validator permit.
    public var validatorPermit: Bool
    /// The pruning score.
    public var pruningScore: UInt16

    public static func == (lhs: NeuronInfoLite, rhs: NeuronInfoLite) -> Bool {
        lhs.scaleEncoded == rhs.scaleEncoded
    }

    /// A value with every field given.
    public init(hotkey: AccountId32, coldkey: AccountId32, uid: UInt16, netuid: UInt16, active: Bool,
                axonInfo: AxonInfo, prometheusInfo: PrometheusInfo, stake: [(coldkey: AccountId32, amount: UInt64)],
                rank: UInt16, emission: UInt64, incentive: UInt16, consensus: UInt16, trust: UInt16,
                validatorTrust: UInt16, dividends: UInt16, lastUpdate: UInt64, validatorPermit: Bool,
                pruningScore: UInt16) {
        self.hotkey = hotkey
        self.coldkey = coldkey
        self.uid = uid
        self.netuid = netuid
        self.active = active
        self.axonInfo = axonInfo
        self.prometheusInfo = prometheusInfo
        self.stake = stake
        self.rank = rank
        self.emission = emission
        self.incentive = incentive
        self.consensus = consensus
        self.trust = trust
        self.validatorTrust = validatorTrust
        self.dividends = dividends
        self.lastUpdate = lastUpdate
        self.validatorPermit = validatorPermit
        self.pruningScore = pruningScore
    }

    public func encode(into writer: inout ScaleWriter) {
        encodeThroughPermit(into: &writer)
        writer.encode(Compact(pruningScore))
    }

    public init(decoding reader: inout ScaleReader) throws {
        try self.init(decodingThroughPermit: &reader)
        pruningScore = try reader.decode(Compact<UInt16>.self).value
    }

    /// Every field up to `validatorPermit`: `NeuronInfo` puts weights and bonds before `pruningScore`.
    func encodeThroughPermit(into writer: inout ScaleWriter) {
        writer.encode(hotkey, coldkey, Compact(uid), Compact(netuid), active, axonInfo, prometheusInfo)
        writer.write(length: stake.count)
        for entry in stake { writer.encode(entry.coldkey, Compact(entry.amount)) }
        writer.encode(Compact(rank), Compact(emission), Compact(incentive), Compact(consensus), Compact(trust))
        writer.encode(Compact(validatorTrust), Compact(dividends), Compact(lastUpdate), validatorPermit)
    }

    /// Reads every field up to `validatorPermit`; `pruningScore` is left 0 for the caller to read.
    init(decodingThroughPermit reader: inout ScaleReader) throws {
        (hotkey, coldkey) = try reader.decode(AccountId32.self, AccountId32.self)
        let (uid, netuid, active) = try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self, Bool.self)
        (self.uid, self.netuid, self.active) = (uid.value, netuid.value, active)
        (axonInfo, prometheusInfo) = try reader.decode(AxonInfo.self, PrometheusInfo.self)
        let count = try reader.readLength()
        stake = try (0..<count).map { _ in
            let (coldkey, amount) = try reader.decode(AccountId32.self, Compact<UInt64>.self)
            return (coldkey, amount.value)
        }
        let (rank, emission, incentive, consensus, trust) =
            try reader.decode(Compact<UInt16>.self, Compact<UInt64>.self, Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt16>.self)
        (self.rank, self.emission, self.incentive, self.consensus, self.trust) =
            (rank.value, emission.value, incentive.value, consensus.value, trust.value)
        let (validatorTrust, dividends, lastUpdate, permit) =
            try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt64>.self, Bool.self)
        (self.validatorTrust, self.dividends, self.lastUpdate, self.validatorPermit, self.pruningScore) =
            (validatorTrust.value, dividends.value, lastUpdate.value, permit, 0)
    }
}
