import Primitives

/// How long `Client.submit` waits.
public enum WaitFor: Sendable {
    /// Until the transaction is in a block.
    case inclusion
    /// Until that block is finalized.
    case finalization
}

/// What became of a submitted transaction: the block it landed in, its events, and whether its call succeeded.
public struct Receipt: Sendable {
    /// The extrinsic's hash.
    public let extrinsicHash: H256
    /// The block that includes it.
    public let blockHash: H256
    /// That block's number.
    public let blockNumber: UInt32
    /// The extrinsic's index in the block.
    public let extrinsicIndex: UInt32
    /// The events it emitted, in order (`ExtrinsicSuccess` or `ExtrinsicFailed` last).
    public let events: [RuntimeEvent]
    /// Why the call failed (for `Sudo.sudo`, why the call it dispatched failed), or nil when it succeeded. The fee
    /// is paid either way.
    public let dispatchError: DispatchError?
    /// The fee charged, in rao (`TransactionFeePaid`).
    public let fee: UInt64

    /// A receipt.
    public init(extrinsicHash: H256, blockHash: H256, blockNumber: UInt32, extrinsicIndex: UInt32,
                events: [RuntimeEvent], dispatchError: DispatchError?, fee: UInt64) {
        self.extrinsicHash = extrinsicHash
        self.blockHash = blockHash
        self.blockNumber = blockNumber
        self.extrinsicIndex = extrinsicIndex
        self.events = events
        self.dispatchError = dispatchError
        self.fee = fee
    }

    /// Whether the call succeeded.
    public var isSuccess: Bool { dispatchError == nil }

    /// The failure's name (`SubtensorModule.SettingWeightsTooFast`), or nil on success.
    public var errorName: String? { dispatchError?.name }

    /// The subtensor events it emitted.
    public var subtensorEvents: [SubtensorEvent] {
        events.compactMap { if case .subtensor(let event) = $0 { event } else { nil } }
    }
}
