import Primitives

/// Typed reads of the values clients and tools ask for most, so callers need not know storage keys.
extension StorageState {
    /// `System.Account`: nonce, reference counts and balances (an absent account reads as all zeros).
    /// - Throws: `StorageDecodingError` when the stored bytes do not decode.
    public func accountInfo(of account: AccountId32) throws -> AccountInfo {
        try SystemStorage.account.value(account, in: self)
    }

    /// `System.Number`: the last block executed.
    public func blockNumber() throws -> UInt32 { try SystemStorage.number.value(in: self) }

    /// `System.Events` of the last block.
    public func events() throws -> [EventRecord] { try SystemStorage.events.value(in: self) }

    /// `Balances.TotalIssuance`: TAO held in accounts.
    public func balancesIssuance() throws -> UInt64 { try BalancesStorage.totalIssuance.value(in: self) }

    /// `SubtensorModule.TotalIssuance`: all TAO in existence (accounts plus stake).
    public func subtensorIssuance() throws -> UInt64 { try SubtensorStorage.totalIssuance.value(in: self) }

    /// `SubtensorModule.TotalStake`: TAO in subnet pools.
    public func totalStake() throws -> UInt64 { try SubtensorStorage.totalStake.value(in: self) }

    /// The genesis hash as the runtime checks it (`System.BlockHash(0)` once block 1 exists).
    public func genesisHash() throws -> H256 { try SystemStorage.blockHash.value(0, in: self) }
}
