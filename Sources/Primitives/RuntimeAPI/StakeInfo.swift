import SCALE

/// One stake position, as `StakeInfoRuntimeApi_get_stake_info_for_coldkey(s)` and
/// `get_stake_info_for_hotkey_coldkey_netuid` return it (subtensor's `StakeInfo`), fields in wire order. Amounts
/// are in the subnet's alpha units (rao on the root subnet).
public struct StakeInfo: Equatable, Sendable, ScaleCodable {
    /// The hotkey staked to.
    public var hotkey: AccountId32
    /// The coldkey that owns the stake.
    public var coldkey: AccountId32
    /// The subnet.
    public var netuid: UInt16
    /// The stake.
    public var stake: UInt64
    /// Locked stake.
    public var locked: UInt64
    /// Alpha emission to this position in the last epoch.
    public var emission: UInt64
    /// TAO emission to this position in the last epoch.
    public var taoEmission: UInt64
    /// Drain.
    public var drain: UInt64
    /// Whether the hotkey is registered on the subnet.
    public var isRegistered: Bool

    /// A stake position from its fields.
    public init(hotkey: AccountId32, coldkey: AccountId32, netuid: UInt16, stake: UInt64, locked: UInt64 = 0,
                emission: UInt64 = 0, taoEmission: UInt64 = 0, drain: UInt64 = 0, isRegistered: Bool) {
        self.hotkey = hotkey
        self.coldkey = coldkey
        self.netuid = netuid
        self.stake = stake
        self.locked = locked
        self.emission = emission
        self.taoEmission = taoEmission
        self.drain = drain
        self.isRegistered = isRegistered
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(hotkey, coldkey, Compact(netuid), Compact(stake), Compact(locked))
        writer.encode(Compact(emission), Compact(taoEmission), Compact(drain), isRegistered)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (hotkey, coldkey, netuid, stake, locked) = try reader.decode(
            AccountId32.self, AccountId32.self, Compact<UInt16>.self, Compact<UInt64>.self, Compact<UInt64>.self)
        let (emission, taoEmission, drain, isRegistered) = try reader.decode(
            Compact<UInt64>.self, Compact<UInt64>.self, Compact<UInt64>.self, Bool.self)
        self.init(hotkey: hotkey, coldkey: coldkey, netuid: netuid.value, stake: stake.value, locked: locked.value,
                  emission: emission.value, taoEmission: taoEmission.value, drain: drain.value,
                  isRegistered: isRegistered)
    }
}
