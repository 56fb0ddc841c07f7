import SCALE

/// A delegate (a validator hotkey others stake to), as `DelegateInfoRuntimeApi_get_delegates` (`Vec<…>`),
/// `get_delegate` (`Option<…>`) and `get_delegated` return it (subtensor's `DelegateInfo`), fields in wire order.
public struct DelegateInfo: Equatable, Sendable, ScaleCodable {
    /// The delegate's hotkey (`delegate_ss58`).
    public var delegateSS58: AccountId32
    /// The delegate's take, as a fraction of 65535.
    public var take: UInt16
    /// Who stakes to the delegate, and how much on each subnet.
    public var nominators: [Nominator]
    /// The delegate's coldkey (`owner_ss58`).
    public var ownerSS58: AccountId32
    /// The subnets the hotkey is registered on.
    public var registrations: [UInt16]
    /// The subnets on which it holds a validator permit.
    public var validatorPermits: [UInt16]
    /// Return per 1000 TAO staked.
    public var returnPer1000: UInt64
    /// Total daily return.
    public var totalDailyReturn: UInt64

    /// One `(AccountId, Vec<(Compact<u16>, Compact<u64>)>)` entry of `nominators`: a coldkey and its stake per
    /// subnet.
    public struct Nominator: Equatable, Sendable, ScaleCodable {
        /// The nominating coldkey.
        public var coldkey: AccountId32
        /// Its stake on each subnet.
        public var stakes: [NetuidStake]

        /// An entry.
        public init(coldkey: AccountId32, stakes: [NetuidStake]) {
            self.coldkey = coldkey
            self.stakes = stakes
        }

        public func encode(into writer: inout ScaleWriter) {
            writer.encode(coldkey, stakes)
        }

        public init(decoding reader: inout ScaleReader) throws {
            let (coldkey, stakes) = try reader.decode(AccountId32.self, [NetuidStake].self)
            self.init(coldkey: coldkey, stakes: stakes)
        }
    }

    /// A `(Compact<u16> netuid, Compact<u64> stake)` pair.
    public struct NetuidStake: Equatable, Sendable, ScaleCodable {
        /// The subnet.
        public var netuid: UInt16
        /// The stake there.
        public var stake: UInt64

        /// A pair.
        public init(netuid: UInt16, stake: UInt64) {
            self.netuid = netuid
            self.stake = stake
        }

        public func encode(into writer: inout ScaleWriter) {
            writer.encode(Compact(netuid), Compact(stake))
        }

        public init(decoding reader: inout ScaleReader) throws {
            let (netuid, stake) = try reader.decode(Compact<UInt16>.self, Compact<UInt64>.self)
            self.init(netuid: netuid.value, stake: stake.value)
        }
    }

    /// A delegate from its fields.
    public init(delegateSS58: AccountId32, take: UInt16, nominators: [Nominator], ownerSS58: AccountId32,
                registrations: [UInt16], validatorPermits: [UInt16], returnPer1000: UInt64, totalDailyReturn: UInt64) {
        self.delegateSS58 = delegateSS58
        self.take = take
        self.nominators = nominators
        self.ownerSS58 = ownerSS58
        self.registrations = registrations
        self.validatorPermits = validatorPermits
        self.returnPer1000 = returnPer1000
        self.totalDailyReturn = totalDailyReturn
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(delegateSS58, Compact(take), nominators, ownerSS58)
        writer.encode(compacts(registrations), compacts(validatorPermits))
        writer.encode(Compact(returnPer1000), Compact(totalDailyReturn))
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (delegate, take, nominators, owner) = try reader.decode(
            AccountId32.self, Compact<UInt16>.self, [Nominator].self, AccountId32.self)
        let registrations: [UInt16] = try reader.readCompacts()
        let validatorPermits: [UInt16] = try reader.readCompacts()
        let (returnPer1000, totalDailyReturn) = try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self)
        self.init(delegateSS58: delegate, take: take.value, nominators: nominators, ownerSS58: owner,
                  registrations: registrations, validatorPermits: validatorPermits,
                  returnPer1000: returnPer1000.value, totalDailyReturn: totalDailyReturn.value)
    }
}
