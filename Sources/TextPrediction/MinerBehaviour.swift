/// How a reference-subnet miner answers: honestly, or (to show what validators do with them) with noise that is
/// well-formed but worthless, or so late that every query times out.
public enum MinerBehaviour: String, Sendable, CaseIterable {
    /// The model's distributions.
    case honest
    /// Random valid distributions, unrelated to the text.
    case garbage
    /// The model's distributions after `MinerBehaviour.sleepSeconds`, past any validator's timeout.
    case sleep

    /// How long a sleeping miner waits before answering.
    public static let sleepSeconds = 60.0
}
