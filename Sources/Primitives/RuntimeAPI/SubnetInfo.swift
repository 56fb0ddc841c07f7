import SCALE

/// A subnet's parameters, as `SubnetInfoRuntimeApi_get_subnets_info_v2` returns them (subtensor's
/// `SubnetInfov2`), fields in wire order.
public struct SubnetInfo: Equatable, Sendable, ScaleCodable {
    /// The subnet.
    public var netuid: UInt16
    /// Rho.
    public var rho: UInt16
    /// Kappa.
    public var kappa: UInt16
    /// The proof-of-work difficulty.
    public var difficulty: UInt64
    /// Blocks a new neuron is protected from pruning.
    public var immunityPeriod: UInt16
    /// Validator permits handed out.
    public var maxAllowedValidators: UInt16
    /// The fewest weights a validator must set.
    public var minAllowedWeights: UInt16
    /// The largest single weight allowed.
    public var maxWeightsLimit: UInt16
    /// The scaling law power.
    public var scalingLawPower: UInt16
    /// Neurons registered.
    public var subnetworkN: UInt16
    /// The uid capacity.
    public var maxAllowedUids: UInt16
    /// Blocks since the last epoch.
    public var blocksSinceLastStep: UInt64
    /// Blocks per epoch.
    public var tempo: UInt16
    /// The network modality.
    public var networkModality: UInt16
    /// Network connection requirements.
    public var networkConnect: [[UInt16]]
    /// Emission.
    public var emissionValue: UInt64
    /// The registration burn in rao.
    public var burn: UInt64
    /// The owner's coldkey.
    public var owner: AccountId32
    /// The owner's description of the subnet.
    public var identity: SubnetIdentity?

    /// A value with every field given.
    public init(netuid: UInt16, rho: UInt16, kappa: UInt16, difficulty: UInt64, immunityPeriod: UInt16,
                maxAllowedValidators: UInt16, minAllowedWeights: UInt16, maxWeightsLimit: UInt16,
                scalingLawPower: UInt16, subnetworkN: UInt16, maxAllowedUids: UInt16, blocksSinceLastStep: UInt64,
                tempo: UInt16, networkModality: UInt16, networkConnect: [[UInt16]], emissionValue: UInt64,
                burn: UInt64, owner: AccountId32, identity: SubnetIdentity?) {
        self.netuid = netuid
        self.rho = rho
        self.kappa = kappa
        self.difficulty = difficulty
        self.immunityPeriod = immunityPeriod
        self.maxAllowedValidators = maxAllowedValidators
        self.minAllowedWeights = minAllowedWeights
        self.maxWeightsLimit = maxWeightsLimit
        self.scalingLawPower = scalingLawPower
        self.subnetworkN = subnetworkN
        self.maxAllowedUids = maxAllowedUids
        self.blocksSinceLastStep = blocksSinceLastStep
        self.tempo = tempo
        self.networkModality = networkModality
        self.networkConnect = networkConnect
        self.emissionValue = emissionValue
        self.burn = burn
        self.owner = owner
        self.identity = identity
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(netuid), Compact(rho), Compact(kappa), Compact(difficulty), Compact(immunityPeriod))
        writer.encode(Compact(maxAllowedValidators), Compact(minAllowedWeights), Compact(maxWeightsLimit), Compact(scalingLawPower))
        writer.encode(Compact(subnetworkN), Compact(maxAllowedUids), Compact(blocksSinceLastStep), Compact(tempo))
        writer.encode(Compact(networkModality))
        writer.write(length: networkConnect.count)
        for pair in networkConnect { writer.encode(pair[0], pair[1]) }
        writer.encode(Compact(emissionValue), Compact(burn), owner, identity)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let a = try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt64>.self, Compact<UInt16>.self)
        (netuid, rho, kappa, difficulty, immunityPeriod) = (a.0.value, a.1.value, a.2.value, a.3.value, a.4.value)
        let b = try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt16>.self)
        (maxAllowedValidators, minAllowedWeights, maxWeightsLimit, scalingLawPower) = (b.0.value, b.1.value, b.2.value, b.3.value)
        let c = try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt64>.self, Compact<UInt16>.self, Compact<UInt16>.self)
        (subnetworkN, maxAllowedUids, blocksSinceLastStep, tempo, networkModality) = (c.0.value, c.1.value, c.2.value, c.3.value, c.4.value)
        let count = try reader.readLength()
        networkConnect = try (0..<count).map { _ in
            let (first, second) = try reader.decode(UInt16.self, UInt16.self)
            return [first, second]
        }
        let d = try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self, AccountId32.self, SubnetIdentity?.self)
        (emissionValue, burn, owner, identity) = (d.0.value, d.1.value, d.2, d.3)
    }
}
