import Metadata

/// Metadata types for the storage items this runtime has that the recorded mainnet metadata predates (subtensor
/// at HEAD, and this runtime's own bookkeeping such as `LastOwnerHyperparamUpdate`).
enum RuntimeStorageTypes {
    /// A type, named by shape or by a recorded item that has it.
    enum Reference {
        /// A primitive.
        case primitive(PrimitiveType)
        /// The value type of a recorded item (`SubtensorModule.TotalHotkeyShares`).
        case valueOf(String)
        /// The key type of a recorded map.
        case keyOf(String)
        /// `FixedU128` with the bits of one recorded fixed-point value type and the fraction of another: U96F32
        /// is the bits of U64F64 with the fraction of I96F32.
        case unsignedFixed(bitsLikeValueOf: String, fractionLikeValueOf: String)
    }

    /// Key types (one per hasher) and value type, by `Pallet.Item`.
    static let headOnly: [String: (keys: [Reference], value: Reference)] = [
        "SubtensorModule.ActivityCutoffFactorMilli": ([.primitive(.u16)], .primitive(.u16)),
        "SubtensorModule.BurnHalfLife": ([.primitive(.u16)], .primitive(.u16)),
        "SubtensorModule.BurnIncreaseMult": ([.primitive(.u16)], .valueOf("SubtensorModule.TotalHotkeyShares")),
        "SubtensorModule.LastEpochBlock": ([.primitive(.u16)], .primitive(.u64)),
        "SubtensorModule.MaxEpochsPerBlock": ([], .primitive(.u8)),
        "SubtensorModule.MinNonImmuneUids": ([.primitive(.u16)], .primitive(.u16)),
        "SubtensorModule.NetworkLastLockBlock": ([], .primitive(.u64)),
        "SubtensorModule.PendingEpochAt": ([.primitive(.u16)], .primitive(.u64)),
        "SubtensorModule.RootAlphaDividendsPerSubnet": (
            [.primitive(.u16), .valueOf("SubtensorModule.Owner")], .valueOf("SubtensorModule.AlphaDividendsPerSubnet")),
        "SubtensorModule.RootProp": (
            [.primitive(.u16)],
            .unsignedFixed(bitsLikeValueOf: "SubtensorModule.TotalHotkeyShares",
                           fractionLikeValueOf: "SubtensorModule.SubnetMovingPrice")),
        "SubtensorModule.StartCallDelay": ([], .primitive(.u64)),
        "SubtensorModule.SubnetEpochIndex": ([.primitive(.u16)], .primitive(.u64)),
        "SubtensorModule.SubnetProtocolAlpha": ([.primitive(.u16)], .primitive(.u64)),
        "SubtensorModule.LastOwnerHyperparamUpdate": ([.primitive(.u16), .primitive(.u8)], .primitive(.u64)),
    ]
}
