import Foundation

/// The subnet's collective model: the mixture of the miners' answers weighted by their incentive, so the network
/// predicts as well as its miners together do. Miners whose answer is missing or malformed are left out and the
/// others' weights renormalised; when none of those who answered has any weight, they count equally.
public enum CollectiveModel {
    /// The mixture's bits per byte on `truths` given each miner's answers (one base64 distribution per window, or
    /// nil) and weight; nil when no miner gave a complete valid answer.
    public static func bitsPerByte(answers: [[String]?], weights: [Double], truths: [UInt8]) -> Double? {
        precondition(answers.count == weights.count, "one weight per answer")
        guard !truths.isEmpty else { return nil }
        var members: [(weights: [[UInt16]], share: Double)] = []
        for (answer, weight) in zip(answers, weights) {
            guard let answer, answer.count == truths.count else { continue }
            let decoded = answer.compactMap(QuantizedDistribution.decode)
            guard decoded.count == truths.count else { continue }
            members.append((decoded, weight.isFinite ? max(weight, 0) : 0))
        }
        guard !members.isEmpty else { return nil }
        let total = members.reduce(0) { $0 + $1.share }
        let shares = total > 0 ? members.map { $0.share / total } : members.map { _ in 1 / Double(members.count) }
        var bits = 0.0
        for (window, truth) in truths.enumerated() {
            let probability = zip(members, shares).reduce(0.0) { sum, member in
                sum + member.1 * Double(member.0.weights[window][Int(truth)]) / Double(QuantizedDistribution.total)
            }
            bits -= log2(probability)
        }
        return bits / Double(truths.count)
    }
}
