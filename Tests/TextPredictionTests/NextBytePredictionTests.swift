import Foundation
@testable import Neurons
import Testing
@testable import TextPrediction

/// The reference subnet's synapse and its scoring: compact quantized answers, and every malformed answer scores
/// as the worst possible.
@Suite struct NextBytePredictionTests {
    static let text = Array("To be, or not to be, that is the question: whether 'tis nobler in the mind to suffer".utf8)

    @Test func quantizedWeightsAreNormalisedAndClose() throws {
        let model = NGramModel(order: 3, training: Self.text)
        let probabilities = model.distribution(after: Self.text[0..<10])
        let weights = QuantizedDistribution.weights(probabilities)
        #expect(weights.reduce(0) { $0 + Int($1) } == QuantizedDistribution.total)
        #expect(weights.allSatisfy { $0 >= 1 })
        for (weight, probability) in zip(weights, probabilities) {
            #expect(abs(Double(weight) / 65535 - probability) < 0.005)
        }
        let encoded = QuantizedDistribution.encode(weights)
        #expect(encoded.count == 684)
        #expect(QuantizedDistribution.decode(encoded) == weights)
        #expect(QuantizedDistribution.weights([Double](repeating: .nan, count: 256)).reduce(0) { $0 + Int($1) } == 65535)
    }

    @Test func malformedAnswersScoreWorst() {
        let worst = QuantizedDistribution.worstBits
        #expect(QuantizedDistribution.bits(nil, for: 1) == worst)
        #expect(QuantizedDistribution.bits("not base64!", for: 1) == worst)
        #expect(QuantizedDistribution.bits(Data(count: 512).base64EncodedString(), for: 1) == worst, "zero weights")
        var unnormalised = QuantizedDistribution.weights([Double](repeating: 1, count: 256))
        unnormalised[0] += 1
        #expect(QuantizedDistribution.bits(QuantizedDistribution.encode(unnormalised), for: 1) == worst)
        #expect(QuantizedDistribution.bits(QuantizedDistribution.encode(Array(unnormalised.prefix(255))), for: 1) == worst)
        var request = NextBytePrediction(windows: [Array(Self.text[0..<5]), Array(Self.text[5..<9])])
        #expect(request.bitsPerByte(truth: [1, 2]) == worst, "no answer")
        request.distributions = [QuantizedDistribution.encode(QuantizedDistribution.weights([Double](repeating: 1, count: 256)))]
        #expect(request.bitsPerByte(truth: [1, 2]) == worst, "one answer for two windows")
    }

    @Test func aBetterModelScoresFewerBits() throws {
        let windows = (0..<8).map { Array(Self.text[$0 * 5..<$0 * 5 + 10]) }
        let truth = (0..<8).map { Self.text[$0 * 5 + 10] }
        let request = NextBytePrediction(windows: windows)
        let uniform = try #require(request.answered(by: NGramModel(order: 1, training: [])))
        let trained = try #require(request.answered(by: NGramModel(order: 4, training: Self.text)))
        #expect(abs(uniform.bitsPerByte(truth: truth) - 8) < 0.01)
        #expect(trained.bitsPerByte(truth: truth) < 2)
    }

    @Test func theContextsAreSignedAndLimited() throws {
        let one = try SynapseMessage(NextBytePrediction(windows: [[1, 2, 3]])).bodyHash()
        let other = try SynapseMessage(NextBytePrediction(windows: [[1, 2, 4]])).bodyHash()
        #expect(one != other)
        let long = NextBytePrediction(windows: [[UInt8](repeating: 7, count: 2000)])
        #expect(long.windows?.first?.count == NextBytePrediction.maximumContextBytes)
        var tooMany = NextBytePrediction(windows: [])
        tooMany.contexts = [String](repeating: "AA==", count: 33)
        #expect(tooMany.windows == nil && tooMany.answered(by: NGramModel(order: 1, training: [])) == nil)
    }
}
