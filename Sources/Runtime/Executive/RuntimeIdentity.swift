/// The runtime's identity, as subtensor's HEAD runtime reports it (specs/substrate.md §5.3): clients put the
/// spec and transaction versions into every signing payload.
public enum RuntimeIdentity {
    /// `node-subtensor`.
    public static let specName = "node-subtensor"
    /// 425.
    public static let specVersion: UInt32 = 425
    /// 1.
    public static let transactionVersion: UInt32 = 1
}
