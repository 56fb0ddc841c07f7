import Primitives
import Runtime

/// The storage items the client reads, with FRAME's key layout.
enum ChainKeys {
    /// `System.Account`.
    static let account = StorageMap<AccountId32, AccountInfo>(pallet: "System", item: "Account", hasher: .blake2_128Concat)
    /// `System.Events`: the events of the block the state belongs to.
    static let events = StorageValue<[EventRecord]>(pallet: "System", item: "Events")
    /// `Sudo.Key`: the account that may dispatch calls as root.
    static let sudoKey = StorageValue<AccountId32>(pallet: "Sudo", item: "Key")
}
