import Primitives

/// One extrinsic of a recent block: what it called, who signed it, what it emitted and whether it succeeded.
struct ExtrinsicSummary: Sendable {
    /// Its position in the block.
    let index: Int
    /// `Pallet.call_name`.
    let call: String
    /// The signing account; nil for inherents.
    let signer: AccountId32?
    /// The names of the events it emitted, in order.
    let events: [String]
    /// False when it emitted `System.ExtrinsicFailed`; nil when the block's events could not be decoded.
    let succeeded: Bool?
}
