import Neurons

/// One validator step of the reference subnet, scored: each queried miner's bits per byte on the true next bytes
/// and its reward (`BitsPerByteReward`), the collective model's bits per byte (`CollectiveModel`, weighted by
/// the miners' incentive).
public struct TextRoundScore: Sendable, Equatable {
    /// Each miner's bits per byte, in query order; `QuantizedDistribution.worstBits` for failures.
    public let bitsPerByte: [Double]
    /// Each miner's reward, in query order; 0 for failures.
    public let rewards: [Double]
    /// The collective model's bits per byte; nil when no miner answered validly.
    public let collectiveBitsPerByte: Double?

    init(bitsPerByte: [Double], rewards: [Double], collectiveBitsPerByte: Double?) {
        (self.bitsPerByte, self.rewards, self.collectiveBitsPerByte) = (bitsPerByte, rewards, collectiveBitsPerByte)
    }

    /// Scores `responses` to the windows whose next bytes are `truths`; `incentive` weighs each miner in the
    /// collective. A response that did not succeed costs the worst bits per byte.
    public init(responses: [SynapseResponse<NextBytePrediction>], truths: [UInt8], incentive: [Double]) {
        let answers = responses.map { $0.isSuccess ? $0.synapse.distributions : nil }
        let bits = answers.map { distributions -> Double in
            var answer = NextBytePrediction(windows: [])
            answer.distributions = distributions
            return answer.bitsPerByte(truth: truths)
        }
        bitsPerByte = bits
        rewards = BitsPerByteReward.rewards(bitsPerByte: bits)
        collectiveBitsPerByte = CollectiveModel.bitsPerByte(answers: answers, weights: incentive, truths: truths)
    }
}
