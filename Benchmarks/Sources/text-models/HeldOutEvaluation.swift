import Foundation
import TextPrediction

/// How a model does on the whole held-out split, scored the way validators score: each byte predicted from up to
/// `NextBytePrediction.maximumContextBytes` bytes of held-out text before it, through the wire's quantization.
struct HeldOutEvaluation {
    /// The probability the model's quantized answer gave each true byte.
    let truthProbabilities: [Double]

    /// Evaluates `model` on `text`, in batches of `batch` contexts.
    init(model: some NextByteModel, text: [UInt8], batch: Int = 256) {
        var probabilities: [Double] = []
        probabilities.reserveCapacity(text.count)
        for start in stride(from: 0, to: text.count, by: batch) {
            let positions = start..<min(start + batch, text.count)
            let contexts = positions.map { text[max(0, $0 - NextBytePrediction.maximumContextBytes)..<$0] }
            for (position, distribution) in zip(positions, model.distributions(after: contexts)) {
                let weights = QuantizedDistribution.weights(distribution)
                probabilities.append(Double(weights[Int(text[position])]) / Double(QuantizedDistribution.total))
            }
        }
        truthProbabilities = probabilities
    }

    /// Cross-entropy in bits per byte.
    var bitsPerByte: Double { Self.bitsPerByte(truthProbabilities) }

    static func bitsPerByte(_ probabilities: [Double]) -> Double {
        probabilities.reduce(0) { $0 - log2($1) } / Double(probabilities.count)
    }

    /// The bits per byte of the mixture of `evaluations` weighted by `weights` (normalised here).
    static func mixtureBitsPerByte(_ evaluations: [HeldOutEvaluation], weights: [Double]) -> Double {
        let total = weights.reduce(0, +)
        let count = evaluations[0].truthProbabilities.count
        var bits = 0.0
        for index in 0..<count {
            var probability = 0.0
            for (evaluation, weight) in zip(evaluations, weights) { probability += weight / total * evaluation.truthProbabilities[index] }
            bits -= log2(probability)
        }
        return bits / Double(count)
    }
}
