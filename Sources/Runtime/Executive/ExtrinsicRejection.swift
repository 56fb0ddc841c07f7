import Primitives

/// Why an extrinsic was not applied at all: no fee, no nonce, no state change.
public enum ExtrinsicRejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not an extrinsic of this runtime (truncated, unknown call index, trailing bytes, …).
    case undecodable(String)
    /// The extrinsic decodes but may not be included (bad signature, stale nonce, cannot pay, …).
    case invalid(TransactionValidityError)

    public var description: String {
        switch self {
        case .undecodable(let reason): "undecodable extrinsic: \(reason)"
        case .invalid(let error): error.description
        }
    }
}

/// What applying an included extrinsic did.
public struct ApplyOutcome: Equatable, Sendable {
    /// The fee charged (tip included); 0 for inherents.
    public let fee: UInt64
    /// Why the call failed, or nil when it succeeded. A failed call still paid its fee and used its nonce.
    public let error: DispatchError?
}

/// Why an imported block was refused.
public enum BlockImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Extrinsic `index` could not be applied.
    case invalidExtrinsic(index: Int, ExtrinsicRejection)
    /// The block's state root is not the one execution produced.
    case stateRootMismatch(expected: H256, computed: H256)
    /// The block's extrinsics root is not the one of its extrinsics.
    case extrinsicsRootMismatch(expected: H256, computed: H256)
    /// The stored state does not decode.
    case corruptState(String)

    public var description: String {
        switch self {
        case .invalidExtrinsic(let index, let rejection): "extrinsic \(index) is invalid: \(rejection)"
        case .stateRootMismatch(let expected, let computed): "state root \(computed) differs from the header's \(expected)"
        case .extrinsicsRootMismatch(let expected, let computed):
            "extrinsics root \(computed) differs from the header's \(expected)"
        case .corruptState(let reason): "corrupt state: \(reason)"
        }
    }
}
