import Foundation
import Neurons
import Testing
@testable import TextPrediction

/// The neural model: proper distributions for any context, training that learns, deterministic runs, and
/// checkpoints that reload to identical predictions and refuse damaged files by name.
@Suite struct NeuralModelTests {
    static let corpus = try! Corpus.shakespeare()
    static let training = Array(corpus.training.prefix(20_000))
    static let heldOut = Array(corpus.heldOut.prefix(2_000))
    static let tiny = NeuralModel.Configuration(contextLength: 8, embeddingWidth: 8, hiddenWidths: [64])
    static let options = NeuralModel.TrainingOptions(batchSize: 64, peakLearningRate: 1e-2, warmupSteps: 20, seed: 3)

    /// A tiny model trained for `steps` steps on the start of the training text.
    static func trained(steps: Int, configuration: NeuralModel.Configuration = tiny) -> NeuralModel {
        var model = NeuralModel(configuration: configuration, seed: 11)
        model.train(on: training, maximumSteps: steps, options: options)
        return model
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("neural-\(UUID().uuidString).ckpt").path
    }

    @Test(arguments: [0, 1, 5, 8, 9, 300])
    func everyDistributionSumsToOne(contextLength: Int) {
        let configurations = [Self.tiny, .init(contextLength: 4, embeddingWidth: 3, hiddenWidths: [16, 8])]
        for model in configurations.map({ NeuralModel(configuration: $0, seed: 5) }) + [Self.trained(steps: 30)] {
            let distribution = model.distribution(after: Self.heldOut[100..<100 + contextLength])
            #expect(distribution.count == 256)
            #expect(abs(distribution.reduce(0, +) - 1) < 1e-12)
            #expect(distribution.allSatisfy { $0.isFinite && $0 >= 0 })
        }
    }

    @Test func trainingLowersTheLoss() throws {
        let untrained = NeuralModel(configuration: Self.tiny, seed: 11)
        let before = untrained.bitsPerByte(on: Self.training.prefix(2_000).map { $0 }, contextLength: untrained.configuration.contextLength)
        var reports: [TrainingProgress] = []
        var model = untrained
        let steps = model.train(on: Self.training, maximumSteps: 400, options: Self.options) { reports.append($0) }
        let after = model.bitsPerByte(on: Self.training.prefix(2_000).map { $0 }, contextLength: untrained.configuration.contextLength)
        #expect(steps == 400)
        #expect(abs(before - 8) < 0.5, "untrained: \(before) bits/byte")
        #expect(after < 4.5, "after 400 steps: \(after) bits/byte")
        let last = try #require(reports.last)
        #expect(last.fraction == 1 && last.bytesSeen == 400 * 64)
        #expect(try #require(last.lossBitsPerByte) < 5)
    }

    @Test func trainingIsDeterministicGivenSeedsAndSteps() {
        let first = Self.trained(steps: 25)
        #expect(first == Self.trained(steps: 25))
        #expect(first.checkpoint() == Self.trained(steps: 25).checkpoint())
        var reseeded = NeuralModel(configuration: Self.tiny, seed: 11)
        var options = Self.options
        options.seed = 4
        reseeded.train(on: Self.training, maximumSteps: 25, options: options)
        #expect(reseeded != first)
        #expect(NeuralModel(configuration: Self.tiny, seed: 12) != NeuralModel(configuration: Self.tiny, seed: 11))
    }

    @Test func batchedAndSingleDistributionsAgree() {
        let model = Self.trained(steps: 30)
        let contexts = [0, 1, 3, 8, 40].map { Self.heldOut[500..<500 + $0] }
        for (batched, context) in zip(model.distributions(after: contexts), contexts) {
            let single = model.distribution(after: context)
            let largestRelativeDifference = zip(batched, single).map { abs($0 - $1) / $1 }.max() ?? 0
            #expect(largestRelativeDifference < 1e-5, "float32 sums may run in another order in a batch")
        }
        #expect(model.distributions(after: []).isEmpty)
    }

    @Test func concurrentInferenceGivesTheSameAnswers() async {
        let model = Self.trained(steps: 10)
        let contexts = (0..<32).map { Self.heldOut[$0 * 50..<$0 * 50 + 20] }
        let expected = model.distributions(after: contexts)
        let answers = await withTaskGroup(of: [[Double]].self) { group in
            for _ in 0..<8 { group.addTask { model.distributions(after: contexts) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 8 && answers.allSatisfy { $0 == expected })
    }

    @Test func aCheckpointReloadsToIdenticalPredictions() throws {
        let configuration = NeuralModel.Configuration(contextLength: 6, embeddingWidth: 5, hiddenWidths: [32, 16])
        let model = Self.trained(steps: 20, configuration: configuration)
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        let loaded = try NeuralModel(checkpointAt: path)
        #expect(loaded == model)
        #expect(loaded.configuration == model.configuration)
        let contexts = [0, 2, 6, 30].map { Self.heldOut[700..<700 + $0] }
        #expect(loaded.distributions(after: contexts) == model.distributions(after: contexts))
        #expect(loaded.checkpoint() == model.checkpoint())
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(model.checkpoint()))
        try model.save(to: path)
        #expect(try NeuralModel(checkpointAt: path) == model, "saving over an existing checkpoint")
    }

    @Test func damagedCheckpointsAreRefusedByName() {
        let bytes = NeuralModel(configuration: .init(contextLength: 2, embeddingWidth: 2, hiddenWidths: [4]), seed: 1)
            .checkpoint()
        for length in [0, 3, 8, 9, 12, 17, 20, 30, bytes.count / 2, bytes.count - 8, bytes.count - 1] {
            #expect(throws: NeuralCheckpointError.truncated, "cut at \(length)") {
                try NeuralModel(checkpoint: Array(bytes.prefix(length)))
            }
        }
        #expect(throws: NeuralCheckpointError.trailingBytes(count: 1)) { try NeuralModel(checkpoint: bytes + [0]) }
        var damaged = bytes
        damaged[0] = UInt8(ascii: "X")
        #expect(throws: NeuralCheckpointError.notANeuralCheckpoint) { try NeuralModel(checkpoint: damaged) }
        damaged = bytes
        damaged[8] = 2
        #expect(throws: NeuralCheckpointError.unsupportedFormat(version: 2)) { try NeuralModel(checkpoint: damaged) }
        #expect(NeuralCheckpointError.unsupportedFormat(version: 2).description
            == "checkpoint format 2 is newer than this program's 1")
        damaged[8] = 0
        #expect(throws: NeuralCheckpointError.unsupportedFormat(version: 0)) { try NeuralModel(checkpoint: damaged) }
        #expect(NeuralCheckpointError.unsupportedFormat(version: 0).description
            == "checkpoint format 0 is older than this program's 1")
        damaged = bytes
        damaged[9] = 0
        #expect(throws: NeuralCheckpointError.invalidConfiguration(reason: "context length 0 out of range")) {
            try NeuralModel(checkpoint: damaged)
        }
        damaged = bytes
        damaged[22] &+= 1
        #expect(throws: NeuralCheckpointError.parameterCountMismatch(expected: 257 * 2 + 4 * 4 + 4 + 4 * 256 + 256,
                                                                     stored: 257 * 2 + 4 * 4 + 4 + 4 * 256 + 256 + 1)) {
            try NeuralModel(checkpoint: damaged)
        }
        damaged = bytes
        damaged[bytes.count - 20] ^= 0x01
        #expect(throws: NeuralCheckpointError.checksumMismatch) { try NeuralModel(checkpoint: damaged) }
    }

    @Test func nonFiniteParametersAreRefused() throws {
        let model = NeuralModel(configuration: .init(contextLength: 2, embeddingWidth: 2, hiddenWidths: [4]), seed: 1)
        for value in [Float.nan, .infinity, -.infinity] {
            var parameters = model.parameters
            parameters[600] = value
            let broken = NeuralModel(configuration: model.configuration, parameters: parameters)
            #expect(throws: NeuralCheckpointError.nonFiniteParameter(index: 600)) {
                try NeuralModel(checkpoint: broken.checkpoint())
            }
            #expect(broken.distribution(after: [1, 2]).allSatisfy { $0 == 1.0 / 256 }, "non-finite scores give uniform")
        }
    }

    @Test func aMissingFileIsAFileSystemError() throws {
        #expect(throws: (any Error).self) { try NeuralModel(checkpointAt: "/nonexistent/neural.ckpt") }
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("neural-blocker-\(UUID())").path
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        let model = NeuralModel(configuration: Self.tiny)
        #expect(throws: AtomicFile.WriteError.self) { try model.save(to: blocker + "/neural.ckpt") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: blocker)) == Data("a file, not a folder".utf8))
    }
}
