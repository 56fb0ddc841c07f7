import Foundation
import Neurons

extension Axon {
    /// A request whose windows break `NextBytePrediction`'s limits or are not base64.
    public struct InvalidPredictionRequest: Error, CustomStringConvertible {
        public var description: String {
            "a NextBytePrediction carries at most \(NextBytePrediction.maximumWindows) base64 windows of at most "
                + "\(NextBytePrediction.maximumContextBytes) bytes"
        }
    }

    /// Serves `NextBytePrediction` with `model`, answering as `behaviour` says.
    public mutating func attachTextPrediction(model: TextModel, behaviour: MinerBehaviour = .honest) {
        attach(NextBytePrediction.self) { synapse, _ in
            guard let windows = synapse.windows else { throw InvalidPredictionRequest() }
            var answer = synapse
            switch behaviour {
            case .honest:
                answer = synapse.answered(by: model) ?? answer
            case .garbage:
                var generator = SystemRandomNumberGenerator()
                answer.distributions = windows.map { _ in
                    let noise = (0..<256).map { _ in Double.random(in: 0..<1, using: &generator) }
                    return QuantizedDistribution.encode(QuantizedDistribution.weights(noise))
                }
            case .sleep:
                try await Task.sleep(for: .seconds(MinerBehaviour.sleepSeconds))
                answer = synapse.answered(by: model) ?? answer
            }
            return answer
        }
    }
}
