import SCALE

/// A subnet's per-neuron vectors, as `SubnetInfoRuntimeApi_get_subnet_state` returns them (subtensor's
/// `SubnetState`); index i of every vector is uid i.
public struct SubnetState: Equatable, Sendable, ScaleCodable {
    /// The subnet.
    public var netuid: UInt16
    /// Hotkeys by uid.
    public var hotkeys: [AccountId32]
    /// Coldkeys by uid.
    public var coldkeys: [AccountId32]
    /// Activity flags.
    public var active: [Bool]
    /// Validator permits.
    public var validatorPermit: [Bool]
    /// Pruning scores.
    public var pruningScore: [UInt16]
    /// Blocks of the last weights update.
    public var lastUpdate: [UInt64]
    /// Emission per tempo, in rao.
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
    /// Emission history per uid.
    public var emissionHistory: [[UInt64]]

    /// A value with every field given.
    public init(netuid: UInt16, hotkeys: [AccountId32], coldkeys: [AccountId32], active: [Bool],
                validatorPermit: [Bool], pruningScore: [UInt16], lastUpdate: [UInt64], emission: [UInt64],
                dividends: [UInt16], incentives: [UInt16], consensus: [UInt16], trust: [UInt16], rank: [UInt16],
                blockAtRegistration: [UInt64], alphaStake: [UInt64], taoStake: [UInt64], totalStake: [UInt64],
                emissionHistory: [[UInt64]]) {
        self.netuid = netuid
        self.hotkeys = hotkeys
        self.coldkeys = coldkeys
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
        self.emissionHistory = emissionHistory
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(netuid), hotkeys, coldkeys, active, validatorPermit)
        writer.encode(compact(pruningScore), compact(lastUpdate), compact(emission))
        writer.encode(compact(dividends), compact(incentives), compact(consensus), compact(trust), compact(rank))
        writer.encode(compact(blockAtRegistration), compact(alphaStake), compact(taoStake), compact(totalStake))
        writer.encode(emissionHistory.map(compact))
    }

    public init(decoding reader: inout ScaleReader) throws {
        netuid = try reader.decode(Compact<UInt16>.self).value
        (hotkeys, coldkeys, active, validatorPermit) = try reader.decode([AccountId32].self, [AccountId32].self, [Bool].self, [Bool].self)
        let (pruning, update, emission) = try reader.decode([Compact<UInt16>].self, [Compact<UInt64>].self, [Compact<UInt64>].self)
        (pruningScore, lastUpdate, self.emission) = (values(pruning), values(update), values(emission))
        let scores = try reader.decode([Compact<UInt16>].self, [Compact<UInt16>].self, [Compact<UInt16>].self,
                                       [Compact<UInt16>].self, [Compact<UInt16>].self)
        (dividends, incentives, consensus, trust, rank) =
            (values(scores.0), values(scores.1), values(scores.2), values(scores.3), values(scores.4))
        let stakes = try reader.decode([Compact<UInt64>].self, [Compact<UInt64>].self, [Compact<UInt64>].self, [Compact<UInt64>].self)
        (blockAtRegistration, alphaStake, taoStake, totalStake) =
            (values(stakes.0), values(stakes.1), values(stakes.2), values(stakes.3))
        emissionHistory = try reader.decode([[Compact<UInt64>]].self).map(values)
    }
}

private func compact<T: FixedWidthInteger & UnsignedInteger & Sendable>(_ values: [T]) -> [Compact<T>] { values.map(Compact.init) }
private func values<T>(_ compacts: [Compact<T>]) -> [T] { compacts.map(\.value) }
