import Client
import Primitives

/// Everything the dashboard knows about the network at one moment: what every page renders from, so pages keep
/// answering (with a notice) while the node is unreachable.
struct NetworkSnapshot: Sendable {
    /// How many recent blocks are kept.
    static let recentBlockCount = 12

    /// Whether the node's header subscription is open.
    var connected = false
    /// Why the node is unreachable, or the last refresh failed.
    var problem: String?
    /// The node's chain name (`system_chain`).
    var chainName: String?
    /// The best block's number.
    var head: UInt32?
    /// The last finalized block's number.
    var finalized: UInt32?
    /// The newest blocks, newest first.
    var recentBlocks: [BlockSummary] = []
    /// Every subnet's pool and emission state, by netuid.
    var subnets: [DynamicInfo] = []
    /// Each subnet's metagraph, with weights, as last read.
    var metagraphs: [UInt16: SubnetMetagraph] = [:]
    /// Why a subnet's metagraph could not be read, by netuid.
    var metagraphProblems: [UInt16: String] = [:]
    /// Each subnet's per-neuron values over time.
    var histories: [UInt16: SubnetHistory] = [:]
    /// The reference validator's scores over time.
    var scores = ScoreHistory()
    /// Why the reference validator's scores could not be read; nil when they were, or no URL was given.
    var scoresProblem: String?
    /// Counts changes; browsers refresh what they show when it moves.
    var version = 0

    /// Forgets what belonged to another chain: the node came back following a different one.
    mutating func startOver() {
        head = nil
        finalized = nil
        subnets = []
        recentBlocks = []
        metagraphs = [:]
        metagraphProblems = [:]
        histories = [:]
        scores = ScoreHistory()
    }

    /// Mean milliseconds between the recent blocks, from their timestamp inherents.
    var blockTimeMilliseconds: Double? {
        guard let newest = recentBlocks.first, let oldest = recentBlocks.last, newest.number > oldest.number,
              let end = newest.timestamp, let start = oldest.timestamp, end >= start else { return nil }
        return Double(end - start) / Double(newest.number - oldest.number)
    }

    /// The subnet whose hotkeys include the reference validator's miners.
    var referenceNetuid: UInt16? {
        guard let hotkeys = scores.latest.map({ Set($0.miners.keys) }), !hotkeys.isEmpty else { return nil }
        return metagraphs.sorted { $0.key < $1.key }.first { _, metagraph in
            metagraph.hotkeys.contains { hotkeys.contains($0.ss58Address) }
        }?.key
    }

    /// The live fields browsers receive on every change, as JSON.
    var liveJSON: String {
        let head = head.map(String.init) ?? "null"
        let finalized = finalized.map(String.init) ?? "null"
        return "{\"version\":\(version),\"connected\":\(connected),\"head\":\(head),\"finalized\":\(finalized)}"
    }
}
