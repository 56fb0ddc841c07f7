import Foundation
import Keys
import Logging
import Neurons
import ServiceLifecycle
import Synchronization
import Testing
@testable import TextPrediction

/// Reference-subnet miners behind real axons on loopback, queried by a real dendrite and scored as the validator
/// scores them: an honest n-gram miner beats one answering noise, and one that cannot be reached costs the
/// worst bits and earns nothing.
@Suite struct TextMinerAxonTests {
    static let text = Array(String(repeating: "To be, or not to be, that is the question. ", count: 60).utf8)
    static let validatorKey = try! Keypair(uri: "//TextValidatorTest", cryptoType: .sr25519)

    /// Serves `model` as `behaviour` on a free port until `body` returns; `body` gets the axon's target.
    private func withMiner(_ name: String, behaviour: MinerBehaviour,
                           _ body: @Sendable (AxonTarget) async throws -> Void) async throws {
        let key = try Keypair(uri: "//\(name)", cryptoType: .sr25519)
        var axon = Axon(keypair: key, configuration: AxonConfiguration(port: 0))
        axon.attachTextPrediction(model: .ngram(NGramModel(order: 4, training: Self.text)), behaviour: behaviour)
        let port = Mutex<Int?>(nil)
        var logger = Logger(label: "text-miner-test")
        logger.logLevel = .critical
        let group = ServiceGroup(services: [axon.application(logger: logger) { bound in port.withLock { $0 = bound } }],
                                 gracefulShutdownSignals: [], logger: logger)
        let running = Task { try await group.run() }
        for _ in 0..<500 where port.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(10)) }
        let bound = try #require(port.withLock { $0 })
        try await body(AxonTarget(ip: "127.0.0.1", port: bound, hotkey: key.ss58Address))
        await group.triggerGracefulShutdown()
        _ = await running.result
    }

    @Test func honestMinersBeatNoiseAndSilence() async throws {
        try await withMiner("HonestMiner", behaviour: .honest) { honest in
            try await withMiner("NoisyMiner", behaviour: .garbage) { noisy in
                var generator = SystemRandomNumberGenerator()
                let windows = ScoringWindows(sampling: 32, from: Self.text, using: &generator)
                let dead = AxonTarget(ip: "127.0.0.1", port: 1, hotkey: noisy.hotkey)
                let dendrite = Dendrite(keypair: Self.validatorKey)
                let responses = await dendrite.query([honest, noisy, dead], NextBytePrediction(windows: windows.windows),
                                                     timeout: 30)
                #expect(responses.map(\.statusCode) == [200, 200, 503])
                let score = TextRoundScore(responses: responses, truths: windows.truths, incentive: [1, 1, 1])
                #expect(score.bitsPerByte[0] < 1, "the text repeats, so an order-4 model predicts it well: \(score.bitsPerByte)")
                #expect(score.bitsPerByte[1] > 8, "noise costs more than a uniform guess")
                #expect(score.bitsPerByte[2] == QuantizedDistribution.worstBits)
                #expect(score.rewards == [1, 0, 0])
                let collective = try #require(score.collectiveBitsPerByte)
                #expect(collective > score.bitsPerByte[0] && collective < score.bitsPerByte[0] + 1.01,
                        "an equal mixture with noise costs the honest miner at most one bit")
            }
        }
    }

    @Test func aMalformedRequestIsRefused() async throws {
        try await withMiner("StrictMiner", behaviour: .honest) { miner in
            var request = NextBytePrediction(windows: [[1, 2, 3]])
            request.contexts = ["%%% not base64"]
            let response = await Dendrite(keypair: Self.validatorKey).call(miner, request, timeout: 30)
            #expect(response.statusCode == 500)
            #expect(response.synapse.distributions == nil)
        }
    }
}
