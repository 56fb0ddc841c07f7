import Foundation
import Neurons

/// What the reference validator has measured, kept across restarts and served as JSON: each miner's bits per
/// byte (a moving average, and the last step's), the collective model's and the best single miner's, the step
/// and block. Field names are snake_case in JSON.
public struct TextScoreboard: Codable, Equatable, Sendable {
    /// One miner's measurements.
    public struct MinerScore: Codable, Equatable, Sendable {
        /// The uid it had when last scored.
        public var uid: UInt16
        /// Moving average of its bits per byte.
        public var bitsPerByte: Double
        /// Its bits per byte in the last step it was queried.
        public var lastBitsPerByte: Double
        /// Its reward in that step.
        public var lastReward: Double
        /// Steps it was queried in.
        public var rounds: Int

        enum CodingKeys: String, CodingKey {
            case uid, rounds
            case bitsPerByte = "bits_per_byte", lastBitsPerByte = "last_bits_per_byte", lastReward = "last_reward"
        }
    }

    /// Scores by miner hotkey (SS58).
    public var miners: [String: MinerScore] = [:]
    /// Moving average of the collective model's bits per byte.
    public var collectiveBitsPerByte: Double?
    /// Steps in which the collective model was measured.
    public var collectiveRounds = 0
    /// The lowest of the miners' averaged bits per byte.
    public var bestSingleBitsPerByte: Double?
    /// Steps scored.
    public var steps = 0
    /// The block of the metagraph the last step sampled from.
    public var block: UInt32 = 0

    enum CodingKeys: String, CodingKey {
        case miners, steps, block
        case collectiveRounds = "collective_rounds"
        case collectiveBitsPerByte = "collective_bits_per_byte", bestSingleBitsPerByte = "best_single_bits_per_byte"
    }

    /// An empty scoreboard.
    public init() {}

    /// Folds one scored step in, and drops miners no longer registered. Each average moves towards the step's
    /// value by `max(alpha, 1/n)` for its n-th value: the plain mean until there are `1/alpha` values, a
    /// moving average after, so early figures are not dominated by the first step. The best single miner is
    /// the lowest of the miners' averages.
    public mutating func record(_ score: TextRoundScore, uids: [UInt16], hotkeys: [String], registered: Set<String>,
                                block: UInt32, alpha: Double) {
        func average(_ old: Double?, _ new: Double, count: Int) -> Double {
            guard let old else { return new }
            let rate = max(alpha, 1 / Double(count))
            return rate * new + (1 - rate) * old
        }
        for (index, hotkey) in hotkeys.enumerated() {
            let bits = score.bitsPerByte[index]
            let previous = miners[hotkey]
            let rounds = (previous?.rounds ?? 0) + 1
            miners[hotkey] = MinerScore(uid: uids[index], bitsPerByte: average(previous?.bitsPerByte, bits, count: rounds),
                                        lastBitsPerByte: bits, lastReward: score.rewards[index], rounds: rounds)
        }
        miners = miners.filter { registered.contains($0.key) }
        if let collective = score.collectiveBitsPerByte {
            collectiveRounds += 1
            collectiveBitsPerByte = average(collectiveBitsPerByte, collective, count: collectiveRounds)
        }
        bestSingleBitsPerByte = miners.values.map(\.bitsPerByte).min()
        steps += 1
        self.block = block
    }

    /// The rewards of the miners `hotkeys`, queried in a step where they spent `stepBitsPerByte`: the reward rule
    /// applied to their moving-average bits per byte, relative to the best average of every miner on the board,
    /// and 0 for a miner whose answer this step was no better than a uniform guess (failed, malformed, garbage).
    /// Averaging the bits before the rule (rather than averaging the rule's rewards) keeps the rule's convexity
    /// from favouring erratic miners: a miner a steady quarter bit behind earns half, whatever the noise.
    public func rewards(hotkeys: [String], stepBitsPerByte: [Double]) -> [Double] {
        let averages = miners.values.map(\.bitsPerByte)
        let best = averages.filter { $0 < BitsPerByteReward.uniformBitsPerByte }.min()
        return zip(hotkeys, stepBitsPerByte).map { hotkey, bits in
            guard bits < BitsPerByteReward.uniformBitsPerByte, let best, let average = miners[hotkey]?.bitsPerByte else {
                return 0
            }
            return BitsPerByteReward.rewards(bitsPerByte: [average], best: best)[0]
        }
    }

    /// The scoreboard as JSON (sorted keys).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// The scoreboard saved at `path`; an empty one when there is no file.
    /// - Throws: `ValidatorStateError` when the file exists but does not decode (it is left untouched).
    public static func load(from path: String) throws -> TextScoreboard {
        try ValidatorStateFile.load(TextScoreboard.self, from: path) ?? TextScoreboard()
    }

    /// Writes the scoreboard to `path` atomically.
    /// - Throws: `AtomicFile.WriteError`.
    public func save(to path: String) throws {
        try ValidatorStateFile.save(self, to: path)
    }
}
