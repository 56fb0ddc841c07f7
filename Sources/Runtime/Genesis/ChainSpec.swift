import Primitives

/// A chain specification: the chain's name and properties and the genesis configuration its state is built
/// from. `Codable` for a chain-spec JSON file; `development` and `local` are built in.
public struct ChainSpec: Codable, Equatable, Sendable {
    /// Human-readable name.
    public var name: String
    /// Short identifier (`dev`, `local`).
    public var id: String
    /// `Development`, `Local` or `Live`.
    public var chainType: String
    /// Token symbol, decimals and SS58 prefix, as `system_properties` reports them.
    public var properties: Properties
    /// The target block time in milliseconds (`Aura.SlotDuration`).
    public var blockTimeMilliseconds: UInt64
    /// The genesis configuration.
    public var genesis: GenesisConfig

    /// `system_properties`.
    public struct Properties: Codable, Equatable, Sendable {
        /// `TAO`.
        public var tokenSymbol: String
        /// 9.
        public var tokenDecimals: Int
        /// 42.
        public var ss58Format: Int
    }

    /// A chain spec.
    public init(name: String, id: String, chainType: String, properties: Properties, blockTimeMilliseconds: UInt64,
                genesis: GenesisConfig) {
        self.name = name
        self.id = id
        self.chainType = chainType
        self.properties = properties
        self.blockTimeMilliseconds = blockTimeMilliseconds
        self.genesis = genesis
    }
}

/// What genesis puts into state. Accounts are SS58 addresses.
public struct GenesisConfig: Codable, Equatable, Sendable {
    /// Endowed accounts and their free balances in rao.
    public var balances: [Endowment]
    /// The sudo key.
    public var sudo: String?
    /// Block authors (Aura sr25519 keys), in order.
    public var authorities: [String]
    /// Subtensor's genesis values.
    public var subtensor: SubtensorGenesis

    /// One endowed account.
    public struct Endowment: Codable, Equatable, Sendable {
        /// SS58 address.
        public var account: String
        /// Free balance in rao.
        public var free: UInt64

        /// `free` rao for `account`.
        public init(account: String, free: UInt64) {
            self.account = account
            self.free = free
        }
    }

    /// A genesis configuration.
    public init(balances: [Endowment], sudo: String?, authorities: [String], subtensor: SubtensorGenesis) {
        self.balances = balances
        self.sudo = sudo
        self.authorities = authorities
        self.subtensor = subtensor
    }
}

/// Subtensor's genesis: the root subnet's owner, subnet 1, and the values a chain spec may change. Values left
/// nil keep the runtime defaults of specs/chain.md §6.2.
public struct SubtensorGenesis: Codable, Equatable, Sendable {
    /// The root subnet's owner coldkey and hotkey (fast-runtime: Alice and `//Alice_hk`).
    public var rootOwner: String
    /// The root subnet owner's hotkey.
    public var rootOwnerHotkey: String
    /// The tempo of subnet 1 and of every new subnet.
    public var subnetTempo: UInt16
    /// Whether subnet 1 and new subnets start with commit-reveal on.
    public var commitReveal: Bool
    /// Whether the faucet call works.
    public var faucet: Bool
    /// Whether axons and Prometheus endpoints may announce 127.0.0.1 and ::1.
    public var loopbackServing: Bool
    /// `StartCallDelay`, blocks between subnet registration and `start_call`.
    public var startCallDelay: UInt64?
    /// `NetworkRateLimit`, blocks between subnet registrations.
    public var networkRateLimit: UInt64?
    /// `OwnerHyperparamRateLimit`, in tempos.
    public var ownerHyperparamRateLimit: UInt16?
    /// `AdminFreezeWindow`, blocks before an epoch in which owners may not change hyperparameters.
    public var adminFreezeWindow: UInt16?
    /// `NetworkMinLockCost`, rao.
    public var networkMinLockCost: UInt64?
    /// `NetworkLastLockCost`, rao: the base of the next lock cost.
    public var networkLastLockCost: UInt64?

    /// A subtensor genesis; nil values keep the runtime defaults.
    public init(rootOwner: String, rootOwnerHotkey: String, subnetTempo: UInt16, commitReveal: Bool, faucet: Bool,
                loopbackServing: Bool, startCallDelay: UInt64? = nil, networkRateLimit: UInt64? = nil,
                ownerHyperparamRateLimit: UInt16? = nil, adminFreezeWindow: UInt16? = nil,
                networkMinLockCost: UInt64? = nil, networkLastLockCost: UInt64? = nil) {
        self.rootOwner = rootOwner
        self.rootOwnerHotkey = rootOwnerHotkey
        self.subnetTempo = subnetTempo
        self.commitReveal = commitReveal
        self.faucet = faucet
        self.loopbackServing = loopbackServing
        self.startCallDelay = startCallDelay
        self.networkRateLimit = networkRateLimit
        self.ownerHyperparamRateLimit = ownerHyperparamRateLimit
        self.adminFreezeWindow = adminFreezeWindow
        self.networkMinLockCost = networkMinLockCost
        self.networkLastLockCost = networkLastLockCost
    }
}
