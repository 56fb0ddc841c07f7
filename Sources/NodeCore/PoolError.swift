import Primitives
import Runtime

/// Why the transaction pool refused a transaction, with Substrate's author-RPC error codes.
public enum PoolError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The runtime refused it (1010 for invalid, 1011 for unknown validity, 1002-style for undecodable).
    case rejected(ExtrinsicRejection)
    /// The same transaction is already in the pool (1013).
    case alreadyImported
    /// Another transaction of the signer with the same nonce has at least the same priority (1014).
    case priorityTooLow
    /// The pool holds its limit of transactions or bytes, or its signer too many future ones (1016).
    case full

    /// The JSON-RPC error code Substrate's author API uses.
    public var rpcCode: Int {
        switch self {
        case .rejected(.undecodable): 1002
        case .rejected(.invalid(.invalid)): 1010
        case .rejected(.invalid(.unknown)): 1011
        case .alreadyImported: 1013
        case .priorityTooLow: 1014
        case .full: 1016
        }
    }

    public var description: String {
        switch self {
        case .rejected(.undecodable(let reason)): "Verification Error: the extrinsic does not decode: \(reason)"
        case .rejected(.invalid(.invalid(let reason))): "Invalid Transaction: \(reason) (\(Self.explain(reason)))"
        case .rejected(.invalid(.unknown(let reason))): "Unknown Transaction Validity: \(reason)"
        case .alreadyImported: "Transaction Already Imported"
        case .priorityTooLow: "Priority is too low: a transaction with the same nonce and at least this tip is pooled"
        case .full: "Immediately Dropped: the transaction pool is full"
        }
    }

    static func explain(_ reason: InvalidTransaction) -> String {
        switch reason {
        case .payment: "the account cannot pay the fee and keep the existential deposit"
        case .future: "the nonce is ahead of the account's"
        case .stale: "the nonce was already used"
        case .badProof: "the signature does not verify"
        case .ancientBirthBlock: "the era's birth block is unknown or too old"
        case .exhaustsResources: "it is larger than a block takes"
        case .badSigner: "this signer may not make this call"
        default: "refused by the runtime"
        }
    }
}
