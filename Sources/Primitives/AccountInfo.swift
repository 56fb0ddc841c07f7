import SCALE

/// `System.Account`'s value, `AccountInfo<u32, AccountData<u64>>` (56 bytes): reference counts, the nonce
/// and the balances in rao (subtensor's `Balance` is u64).
public struct AccountInfo: Equatable, Sendable, ScaleCodable {
    /// The flag bit balances sets on every account (`ExtraFlags` "new logic").
    public static let newLogicFlag: UInt128 = 1 << 127

    /// Transactions sent so far.
    public var nonce: UInt32
    /// Modules that depend on this account existing.
    public var consumers: UInt32
    /// Reasons the account may exist (1 for any funded account).
    public var providers: UInt32
    /// Self-sufficient references.
    public var sufficients: UInt32
    /// Spendable balance in rao.
    public var free: UInt64
    /// Reserved balance in rao.
    public var reserved: UInt64
    /// The part of `free` that may not be spent.
    public var frozen: UInt64
    /// `ExtraFlags`.
    public var flags: UInt128

    /// An account record; the default is empty with the new-logic flag set, as FRAME stores it.
    public init(nonce: UInt32 = 0, consumers: UInt32 = 0, providers: UInt32 = 0, sufficients: UInt32 = 0,
                free: UInt64 = 0, reserved: UInt64 = 0, frozen: UInt64 = 0, flags: UInt128 = AccountInfo.newLogicFlag) {
        self.nonce = nonce
        self.consumers = consumers
        self.providers = providers
        self.sufficients = sufficients
        self.free = free
        self.reserved = reserved
        self.frozen = frozen
        self.flags = flags
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(nonce, consumers, providers, sufficients, free, reserved, frozen, flags)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (nonce, consumers, providers, sufficients) = try reader.decode(UInt32.self, UInt32.self, UInt32.self, UInt32.self)
        let (free, reserved, frozen, flags) = try reader.decode(UInt64.self, UInt64.self, UInt64.self, UInt128.self)
        self.init(nonce: nonce, consumers: consumers, providers: providers, sufficients: sufficients,
                  free: free, reserved: reserved, frozen: frozen, flags: flags)
    }
}
