import Foundation
import Testing
@testable import TextPrediction

/// The n-gram model: proper distributions, better with more context on held-out Shakespeare, and checkpoints
/// that reload to identical predictions and refuse damaged files.
@Suite struct NGramModelTests {
    static let corpus = try! Corpus.shakespeare()
    static let training = Array(corpus.training.prefix(200_000))
    static let heldOut = Array(corpus.heldOut.prefix(3_000))

    @Test func theCorpusSplitsAtNinetyPercent() {
        #expect(Self.corpus.training.count == 1_003_854 && Self.corpus.heldOut.count == 111_540)
    }

    @Test(arguments: [1, 3, 5])
    func everyDistributionSumsToOne(order: Int) {
        let model = NGramModel(order: order, training: Self.training)
        for start in stride(from: 0, to: 2_000, by: 97) {
            let distribution = model.distribution(after: Self.heldOut[start..<start + 10])
            #expect(abs(distribution.reduce(0, +) - 1) < 1e-9)
            #expect(distribution.allSatisfy { $0 > 0 })
        }
        #expect(abs(model.distribution(after: []).reduce(0, +) - 1) < 1e-9)
    }

    @Test func moreContextPredictsHeldOutTextBetter() {
        let bits = [1, 3, 5].map { NGramModel(order: $0, training: Self.training).bitsPerByte(on: Self.heldOut) }
        #expect(bits[0] > bits[1] && bits[1] > bits[2], "\(bits)")
        #expect(bits[0] < 8 && bits[2] < 3.2, "\(bits)")
    }

    @Test func aCheckpointReloadsToIdenticalPredictions() throws {
        let model = NGramModel(order: 4, training: Array(Self.training.prefix(50_000)))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ngram-\(UUID().uuidString).ckpt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        let loaded = try NGramModel(contentsOf: path)
        #expect(loaded == model)
        for start in stride(from: 0, to: 1_000, by: 101) {
            #expect(loaded.distribution(after: Self.heldOut[start..<start + 8]) == model.distribution(after: Self.heldOut[start..<start + 8]))
        }
        #expect(loaded.checkpoint() == model.checkpoint())
    }

    @Test func damagedCheckpointsAreRefused() throws {
        let bytes = NGramModel(order: 2, training: Array("the cat sat on the mat".utf8)).checkpoint()
        for length in [0, 3, 7, 8, 9, bytes.count / 2, bytes.count - 1] {
            #expect(throws: CheckpointError.self) { try NGramModel(checkpoint: Array(bytes.prefix(length))) }
        }
        #expect(throws: CheckpointError(description: "trailing bytes after the checkpoint")) {
            try NGramModel(checkpoint: bytes + [0])
        }
        var newer = bytes
        newer[7] = 9
        #expect(throws: CheckpointError(description: "checkpoint format 9 is newer than this program's 2")) {
            try NGramModel(checkpoint: newer)
        }
        newer[7] = 1
        #expect(throws: CheckpointError(description: "checkpoint format 1 is older than this program's 2")) {
            try NGramModel(checkpoint: newer)
        }
        var wrong = bytes
        wrong[0] = 0
        #expect(throws: CheckpointError(description: "not an n-gram checkpoint")) { try NGramModel(checkpoint: wrong) }
    }
}
