import SCALE

/// A subnet's pool and emission state, as `SubnetInfoRuntimeApi_get_dynamic_info` (one, wrapped in `Option`) and
/// `get_all_dynamic_info` (`Vec<Option<…>>`) return it (subtensor's `DynamicInfo`), fields in wire order. Amounts
/// are in rao (TAO) or in the subnet's alpha units.
public struct DynamicInfo: Equatable, Sendable, ScaleCodable {
    /// The subnet.
    public var netuid: UInt16
    /// The owner's hotkey.
    public var ownerHotkey: AccountId32
    /// The owner's coldkey.
    public var ownerColdkey: AccountId32
    /// The subnet's name, usually UTF-8 (on the wire each byte is a `Compact<u8>`).
    public var subnetName: [UInt8]
    /// The alpha token's symbol, usually UTF-8 (on the wire each byte is a `Compact<u8>`).
    public var tokenSymbol: [UInt8]
    /// Blocks per epoch.
    public var tempo: UInt16
    /// The block of the last epoch.
    public var lastStep: UInt64
    /// Blocks since the last epoch.
    public var blocksSinceLastStep: UInt64
    /// The subnet's TAO emission per block.
    public var emission: UInt64
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
    /// The block the subnet was registered at.
    public var networkRegisteredAt: UInt64
    /// The owner's description of the subnet.
    public var subnetIdentity: SubnetIdentity?
    /// The moving average price as the raw bits of an `I96F32` fixed-point number (little-endian `i128` on the
    /// wire): the price is `movingPrice / 2^32`.
    public var movingPrice: Int128

    /// A subnet's record; every field not named starts at zero, empty or `nil`.
    public init(netuid: UInt16, ownerHotkey: AccountId32, ownerColdkey: AccountId32, subnetName: [UInt8] = [],
                tokenSymbol: [UInt8] = [], tempo: UInt16 = 0, lastStep: UInt64 = 0, blocksSinceLastStep: UInt64 = 0,
                emission: UInt64 = 0, alphaIn: UInt64 = 0, alphaOut: UInt64 = 0, taoIn: UInt64 = 0,
                alphaOutEmission: UInt64 = 0, alphaInEmission: UInt64 = 0, taoInEmission: UInt64 = 0,
                pendingAlphaEmission: UInt64 = 0, pendingRootEmission: UInt64 = 0, subnetVolume: UInt128 = 0,
                networkRegisteredAt: UInt64 = 0, subnetIdentity: SubnetIdentity? = nil, movingPrice: Int128 = 0) {
        self.netuid = netuid
        self.ownerHotkey = ownerHotkey
        self.ownerColdkey = ownerColdkey
        self.subnetName = subnetName
        self.tokenSymbol = tokenSymbol
        self.tempo = tempo
        self.lastStep = lastStep
        self.blocksSinceLastStep = blocksSinceLastStep
        self.emission = emission
        self.alphaIn = alphaIn
        self.alphaOut = alphaOut
        self.taoIn = taoIn
        self.alphaOutEmission = alphaOutEmission
        self.alphaInEmission = alphaInEmission
        self.taoInEmission = taoInEmission
        self.pendingAlphaEmission = pendingAlphaEmission
        self.pendingRootEmission = pendingRootEmission
        self.subnetVolume = subnetVolume
        self.networkRegisteredAt = networkRegisteredAt
        self.subnetIdentity = subnetIdentity
        self.movingPrice = movingPrice
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(netuid), ownerHotkey, ownerColdkey, compacts(subnetName), compacts(tokenSymbol))
        writer.encode(Compact(tempo), Compact(lastStep), Compact(blocksSinceLastStep), Compact(emission))
        writer.encode(Compact(alphaIn), Compact(alphaOut), Compact(taoIn))
        writer.encode(Compact(alphaOutEmission), Compact(alphaInEmission), Compact(taoInEmission))
        writer.encode(Compact(pendingAlphaEmission), Compact(pendingRootEmission))
        writer.encode(Compact(subnetVolume), Compact(networkRegisteredAt), subnetIdentity, movingPrice)
    }

    public init(decoding reader: inout ScaleReader) throws {
        netuid = try reader.readCompact()
        (ownerHotkey, ownerColdkey) = try reader.decode(AccountId32.self, AccountId32.self)
        subnetName = try reader.readCompacts()
        tokenSymbol = try reader.readCompacts()
        tempo = try reader.readCompact()
        lastStep = try reader.readCompact()
        blocksSinceLastStep = try reader.readCompact()
        emission = try reader.readCompact()
        alphaIn = try reader.readCompact()
        alphaOut = try reader.readCompact()
        taoIn = try reader.readCompact()
        alphaOutEmission = try reader.readCompact()
        alphaInEmission = try reader.readCompact()
        taoInEmission = try reader.readCompact()
        pendingAlphaEmission = try reader.readCompact()
        pendingRootEmission = try reader.readCompact()
        subnetVolume = try reader.readCompact()
        networkRegisteredAt = try reader.readCompact()
        (subnetIdentity, movingPrice) = try reader.decode(SubnetIdentity?.self, Int128.self)
    }
}
