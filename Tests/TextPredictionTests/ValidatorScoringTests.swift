import Foundation
import Keys
@testable import Neurons
import Testing
import TestSupport
@testable import TextPrediction

/// How the reference validator turns answers into numbers: the reward rule, the windows it samples, the
/// collective model, and its scoreboard (averaging, persistence, damaged files).
@Suite struct ValidatorScoringTests {
    static let text = Array(String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 40).utf8)

    @Test func rewardsHalveEveryQuarterBitBehindTheStepsBest() {
        let rewards = BitsPerByteReward.rewards(bitsPerByte: [2.5, 2.25, 2.75, 3.25, 7.9, 8.0, 16, .nan, .infinity])
        #expect(rewards[1] == 1, "the step's best earns 1")
        #expect(rewards[0] == 0.5 && rewards[2] == 0.25 && rewards[3] == 1.0 / 16)
        #expect(rewards[4] > 0 && rewards[4] < 1e-6, "far behind: almost nothing, but something")
        #expect(rewards[5...].allSatisfy { $0 == 0 }, "no better than uniform, failed or malformed: nothing")
        let shifted = BitsPerByteReward.rewards(bitsPerByte: [1.5, 1.25, 1.75, 2.25])
        #expect(shifted == Array(rewards[0..<4]), "only the distance to the best counts, not how hard the text was")
        #expect(BitsPerByteReward.rewards(bitsPerByte: [8.5, 16]) == [0, 0])
        #expect(BitsPerByteReward.rewards(bitsPerByte: []) == [])
    }

    @Test func rewardsFollowTheAveragesNotOneStepsLuck() {
        var board = TextScoreboard()
        let record = { (board: inout TextScoreboard, bits: [Double]) in
            board.record(TextRoundScore(bitsPerByte: bits, rewards: BitsPerByteReward.rewards(bitsPerByte: bits),
                                        collectiveBitsPerByte: nil),
                         uids: [1, 2, 3], hotkeys: ["steady", "erratic", "broken"], registered: ["steady", "erratic", "broken"],
                         block: 1, alpha: 0.5)
        }
        record(&board, [2.0, 1.5, 16])
        record(&board, [2.0, 3.0, 16])
        #expect(board.miners["steady"]?.bitsPerByte == 2.0 && board.miners["erratic"]?.bitsPerByte == 2.25)
        let rewards = board.rewards(hotkeys: ["steady", "erratic", "broken"], stepBitsPerByte: [2.0, 3.0, 16])
        #expect(rewards == [1, 0.5, 0], "a quarter bit behind on average earns half; a failure this step earns 0")
        #expect(board.rewards(hotkeys: ["steady"], stepBitsPerByte: [9]) == [0], "no better than uniform this step")
        #expect(board.rewards(hotkeys: ["stranger"], stepBitsPerByte: [2]) == [0], "not on the board")
    }

    @Test func sampledWindowsEndRightBeforeTheirTruth() {
        var generator = SplitMix64(state: 7)
        let sample = ScoringWindows(sampling: 32, from: Self.text, using: &generator)
        #expect(sample.windows.count == 32 && sample.truths.count == 32)
        for (window, truth) in zip(sample.windows, sample.truths) {
            #expect(!window.isEmpty && window.count <= NextBytePrediction.maximumContextBytes)
            let needle = window + [truth]
            let found = (0...(Self.text.count - needle.count)).contains { Array(Self.text[$0..<$0 + needle.count]) == needle }
            #expect(found, "every window and its truth are consecutive bytes of the text")
        }
    }

    private func answer(_ probabilities: [[Double]]) -> [String] {
        probabilities.map { QuantizedDistribution.encode(QuantizedDistribution.weights($0)) }
    }

    private func peaked(on byte: UInt8, mass: Double) -> [Double] {
        (0..<256).map { $0 == Int(byte) ? mass : (1 - mass) / 255 }
    }

    @Test func collectiveMixesByWeightAndSkipsInvalidAnswers() throws {
        let truths: [UInt8] = [65, 66]
        let good = answer(truths.map { peaked(on: $0, mass: 0.5) })
        let poor = answer(truths.map { peaked(on: $0, mass: 0.1) })
        let mixed = try #require(CollectiveModel.bitsPerByte(answers: [good, poor], weights: [3, 1], truths: truths))
        let single = { (answer: [String]) in
            zip(answer, truths).reduce(0.0) { $0 + QuantizedDistribution.bits($1.0, for: $1.1) } / 2
        }
        let goodProbability = exp2(-single(good)), poorProbability = exp2(-single(poor))
        #expect(abs(mixed - -log2(0.75 * goodProbability + 0.25 * poorProbability)) < 1e-9)
        let broken = [good[0], "not a distribution"]
        #expect(CollectiveModel.bitsPerByte(answers: [good, broken, nil], weights: [1, 5, 5], truths: truths) == single(good),
                "malformed and missing answers are left out")
        let equal = try #require(CollectiveModel.bitsPerByte(answers: [good, poor], weights: [0, 0], truths: truths))
        #expect(abs(equal - -log2(0.5 * goodProbability + 0.5 * poorProbability)) < 1e-9, "no weight: equal shares")
        #expect(CollectiveModel.bitsPerByte(answers: [nil, broken], weights: [1, 1], truths: truths) == nil)
        #expect(CollectiveModel.bitsPerByte(answers: [[good[0]]], weights: [1], truths: truths) == nil, "too few answers")
    }

    @Test func scoreboardAveragesThenMovesAndForgetsDeregisteredMiners() throws {
        var board = TextScoreboard()
        let score = { (bits: [Double], collective: Double?) in
            TextRoundScore(bitsPerByte: bits, rewards: BitsPerByteReward.rewards(bitsPerByte: bits),
                           collectiveBitsPerByte: collective)
        }
        board.record(score([2, 4], 1.8), uids: [1, 2], hotkeys: ["a", "b"], registered: ["a", "b"], block: 10, alpha: 0.25)
        board.record(score([4, 6], 2.2), uids: [1, 2], hotkeys: ["a", "b"], registered: ["a", "b"], block: 11, alpha: 0.25)
        #expect(board.miners["a"]?.bitsPerByte == 3, "the plain mean while there are fewer than 1/alpha values")
        #expect(board.collectiveBitsPerByte == 2.0)
        for _ in 0..<3 {
            board.record(score([4, 6], 2.2), uids: [1, 2], hotkeys: ["a", "b"], registered: ["a", "b"], block: 12, alpha: 0.25)
        }
        #expect(abs((board.miners["a"]?.bitsPerByte ?? 0) - 3.625) < 1e-12,
                "the mean of the first four (3.5), then a moving average with rate alpha (3.5 + 0.25 × 0.5)")
        #expect(board.bestSingleBitsPerByte == board.miners["a"]?.bitsPerByte)
        #expect(board.miners["b"]?.rounds == 5 && board.steps == 5 && board.block == 12)
        board.record(score([5], nil), uids: [1], hotkeys: ["a"], registered: ["a"], block: 13, alpha: 0.25)
        #expect(board.miners["b"] == nil, "a miner no longer registered is dropped")
        #expect(board.collectiveRounds == 5, "a step without a collective leaves it be")
    }

    @Test func scoreboardSurvivesARestartAndRefusesADamagedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scoreboard-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/scoreboard.json"
        #expect(try TextScoreboard.load(from: path) == TextScoreboard(), "no file: an empty scoreboard")
        var board = TextScoreboard()
        board.record(TextRoundScore(bitsPerByte: [2.5], rewards: [44], collectiveBitsPerByte: 2.5), uids: [3],
                     hotkeys: ["a"], registered: ["a"], block: 9, alpha: 0.1)
        try board.save(to: path)
        #expect(try TextScoreboard.load(from: path) == board)
        let json = try #require(try JSONSerialization.jsonObject(with: board.json()) as? [String: Any])
        #expect(Set(json.keys) == ["miners", "steps", "block", "collective_bits_per_byte", "collective_rounds",
                                   "best_single_bits_per_byte"])
        let saved = try Data(contentsOf: URL(fileURLWithPath: path))
        try saved.prefix(saved.count / 2).write(to: URL(fileURLWithPath: path))
        #expect(throws: ValidatorStateError.self) { try TextScoreboard.load(from: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == saved.prefix(saved.count / 2), "left untouched")
    }
}
