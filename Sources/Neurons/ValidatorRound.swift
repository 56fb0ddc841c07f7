import Client
import Primitives

/// One validator step's query as its reward function sees it: the step number, the metagraph it sampled from,
/// the miners queried (uids and hotkeys, in query order) and their responses in the same order.
public struct ValidatorRound<S: Synapse>: Sendable {
    /// The step (0 for the validator's first).
    public let step: Int
    /// The metagraph the miners were sampled from.
    public let metagraph: SubnetMetagraph
    /// The uids queried.
    public let uids: [UInt16]
    /// Their hotkeys, SS58.
    public let hotkeys: [String]
    /// Their responses, one per uid.
    public let responses: [SynapseResponse<S>]
}
