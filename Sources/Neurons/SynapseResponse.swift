/// What a dendrite got back from one axon: the synapse (the axon's answer on success, the request otherwise)
/// and both sides' terminal information.
public struct SynapseResponse<S: Synapse>: Sendable {
    /// The synapse.
    public var synapse: S
    /// The dendrite's side: the final status and the time the call took here.
    public var dendrite: TerminalInfo
    /// The axon's side as it reported it.
    public var axon: TerminalInfo

    init(_ message: SynapseMessage<S>) {
        synapse = message.synapse
        dendrite = message.dendrite
        axon = message.axon
    }

    /// The status the Python dendrite would report (200 success, 408 timeout, 503 unreachable, …); nil when the
    /// axon answered 200 without saying so.
    public var statusCode: Int? { dendrite.statusCode }
    /// Whether the call succeeded (status 200).
    public var isSuccess: Bool { statusCode == 200 }
    /// The axon's (or the dendrite's) explanation.
    public var statusMessage: String? { axon.statusMessage ?? dendrite.statusMessage }
    /// What the caller wants from the answer (`deserialize()`).
    public func deserialize() -> S.Deserialized { synapse.deserialize() }
}
