import Hashing
import Primitives
import SCALE

/// `frame_system` storage. Public for clients reading these items from a node.
public enum SystemStorage {
    static let pallet = "System"
    /// `System.Account`: nonce and balances per account.
    public static let account = StorageMap<AccountId32, AccountInfo>(
        pallet: pallet, item: "Account", hasher: .blake2_128Concat, default: AccountInfo())
    static let number = StorageValue<UInt32>(pallet: pallet, item: "Number", default: 0)
    static let parentHash = StorageValue<H256>(pallet: pallet, item: "ParentHash", default: .zero)
    static let blockHash = StorageMap<UInt32, H256>(pallet: pallet, item: "BlockHash", hasher: .twox64Concat, default: .zero)
    /// `System.Events`: the events of the block the state belongs to.
    public static let events = StorageValue<[EventRecord]>(pallet: pallet, item: "Events", default: [])
    static let eventCount = StorageValue<UInt32>(pallet: pallet, item: "EventCount", default: 0)
    static let digest = StorageValue<[DigestItem]>(pallet: pallet, item: "Digest", default: [])
    static let extrinsicCount = StorageValue<UInt32>(pallet: pallet, item: "ExtrinsicCount")
}

/// `pallet_balances` storage.
enum BalancesStorage {
    static let totalIssuance = StorageValue<UInt64>(pallet: "Balances", item: "TotalIssuance", default: 0)
}

/// `pallet_timestamp` storage.
enum TimestampStorage {
    static let now = StorageValue<UInt64>(pallet: "Timestamp", item: "Now", default: 0)
    static let didUpdate = StorageValue<Bool>(pallet: "Timestamp", item: "DidUpdate", default: false)
}

/// `pallet_aura` storage.
enum AuraStorage {
    /// `Aura.Authorities`: the block authors' sr25519 public keys.
    static let authorities = StorageValue<[AccountId32]>(pallet: "Aura", item: "Authorities", default: [])
}

/// `pallet_sudo` storage. Public for clients reading it from a node.
public enum SudoStorage {
    /// `Sudo.Key`: the account that may dispatch calls as root.
    public static let key = StorageValue<AccountId32>(pallet: "Sudo", item: "Key")
}

/// What a chain spec fixes at genesis that subtensor fixes at compile time (its `fast-runtime` and `pow-faucet`
/// features and the dev chain's relaxed serving check). Kept in state so that every node that imports the
/// genesis state runs the same rules.
enum ChainConfigStorage {
    static let pallet = "ChainConfig"
    /// The tempo a new subnet gets (`InitialTempo`: 360, fast-runtime 10).
    static let newSubnetTempo = StorageValue<UInt16>(pallet: pallet, item: "NewSubnetTempo", default: 360)
    /// Whether a new subnet starts with commit-reveal on (subtensor: always).
    static let newSubnetCommitReveal = StorageValue<Bool>(pallet: pallet, item: "NewSubnetCommitReveal", default: true)
    /// Whether `SubtensorModule.faucet` may be called.
    static let faucetEnabled = StorageValue<Bool>(pallet: pallet, item: "FaucetEnabled", default: false)
    /// Whether axons and Prometheus endpoints may announce loopback addresses.
    static let loopbackServingAllowed = StorageValue<Bool>(pallet: pallet, item: "LoopbackServingAllowed", default: false)
}
