import Foundation

/// Adam (Kingma and Ba): each parameter steps against a running mean of its gradient, scaled by a running root
/// mean square, with both corrected for their start at zero.
struct AdamOptimizer {
    /// How much of the running gradient mean each step keeps.
    let firstMomentDecay: Double
    /// How much of the running squared-gradient mean each step keeps.
    let secondMomentDecay: Double
    /// Added to the root mean square so that parameters with tiny gradients do not take huge steps.
    let epsilon: Float
    /// The running gradient means.
    private var firstMoments: [Float]
    /// The running squared-gradient means.
    private var secondMoments: [Float]
    /// How many updates have been made.
    private(set) var step = 0

    /// An optimizer for `parameterCount` parameters, its running means at zero.
    init(parameterCount: Int, firstMomentDecay: Double = 0.9, secondMomentDecay: Double = 0.99, epsilon: Float = 1e-8) {
        (self.firstMomentDecay, self.secondMomentDecay, self.epsilon) = (firstMomentDecay, secondMomentDecay, epsilon)
        firstMoments = [Float](repeating: 0, count: parameterCount)
        secondMoments = [Float](repeating: 0, count: parameterCount)
    }

    /// Moves each of `parameters` one step of `learningRate` against its `gradients`, and shrinks it towards zero by
    /// `learningRate × weightDecay` of itself (decoupled weight decay, as in AdamW).
    mutating func update(
        _ parameters: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>, learningRate: Double,
        weightDecay: Double
    ) {
        step += 1
        let correctedRate = learningRate * (1 - pow(secondMomentDecay, Double(step))).squareRoot()
            / (1 - pow(firstMomentDecay, Double(step)))
        let (rate, beta1, beta2, epsilon) = (
            Float(correctedRate), Float(firstMomentDecay), Float(secondMomentDecay), epsilon
        )
        let kept = Float(1 - learningRate * weightDecay)
        firstMoments.withUnsafeMutableBufferPointer { first in
            secondMoments.withUnsafeMutableBufferPointer { second in
                for index in first.indices {
                    let gradient = gradients[index]
                    first[index] = beta1 * first[index] + (1 - beta1) * gradient
                    second[index] = beta2 * second[index] + (1 - beta2) * gradient * gradient
                    parameters[index] = kept * parameters[index]
                        - rate * first[index] / (second[index].squareRoot() + epsilon)
                }
            }
        }
    }
}
