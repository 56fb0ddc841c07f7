import Foundation

extension NeuralModel {
    /// How a neural model is trained: the batch, the learning-rate schedule (a linear warm-up, then a cosine decay
    /// over the planned run), the regularisation (weight decay and dropout) and the seed that picks the training
    /// windows and the dropped outputs.
    public struct TrainingOptions: Sendable, Equatable {
        /// How many windows each step learns from.
        public var batchSize: Int
        /// The learning rate at the end of the warm-up.
        public var peakLearningRate: Double
        /// The learning rate at the end of the run, as a fraction of the peak.
        public var finalLearningRateFraction: Double
        /// How many steps the learning rate takes to rise linearly from near zero to its peak.
        public var warmupSteps: Int
        /// How strongly every parameter is pulled towards zero each step, relative to the learning rate (AdamW's
        /// decoupled weight decay).
        public var weightDecay: Double
        /// The probability with which each hidden output is dropped (set to 0) in training, 0 ..< 1.
        public var dropout: Double
        /// The seed of the generator that picks the training windows and the dropped outputs.
        public var seed: UInt64
        /// How often, in seconds, training reports its progress.
        public var reportInterval: Double

        /// Options; the defaults were tuned with the default `Configuration` for about five minutes of training on
        /// two CPU cores.
        public init(
            batchSize: Int = 512, peakLearningRate: Double = 3e-3, finalLearningRateFraction: Double = 0.05,
            warmupSteps: Int = 200, weightDecay: Double = 0.1, dropout: Double = 0.2, seed: UInt64 = 1,
            reportInterval: Double = 1
        ) {
            (self.batchSize, self.peakLearningRate, self.finalLearningRateFraction) =
                (batchSize, peakLearningRate, finalLearningRateFraction)
            (self.warmupSteps, self.weightDecay, self.dropout) = (warmupSteps, weightDecay, dropout)
            (self.seed, self.reportInterval) = (seed, reportInterval)
        }

        /// The learning rate of step `step` (from 0), `fraction` of the way through the planned run.
        func learningRate(step: Int, fraction: Double) -> Double {
            let warmup = min(1, Double(step + 1) / Double(max(1, warmupSteps)))
            let decay = finalLearningRateFraction
                + (1 - finalLearningRateFraction) * 0.5 * (1 + cos(Double.pi * min(max(fraction, 0), 1)))
            return peakLearningRate * warmup * decay
        }
    }
}
