import Foundation
import Testing
@testable import Dashboard
@testable import TextPrediction

@Suite struct HistoryTests {
    func sample(_ block: UInt32, stake: UInt64) -> SubnetHistory.Sample {
        .init(block: block, hotkeys: ["a", "b"], incentive: [0.25, 0.75], dividends: [1, 0], emission: [5, 6], stake: [stake, 1])
    }

    @Test func subnetHistoryKeepsChangesOnlyAndTheNewest() {
        var history = SubnetHistory()
        history.record(sample(1, stake: 10))
        history.record(sample(2, stake: 10))
        history.record(sample(3, stake: 11))
        #expect(history.samples.map(\.block) == [1, 3])
        for block in 4..<(4 + UInt32(SubnetHistory.capacity)) { history.record(sample(block, stake: UInt64(block))) }
        #expect(history.samples.count == SubnetHistory.capacity)
        #expect(history.samples.last?.block == 3 + UInt32(SubnetHistory.capacity))
    }

    /// The text validator's real scoreboard JSON decodes; each new step adds a sample, the same step does not.
    @Test func validatorScoresFromTheRealScoreboard() throws {
        var board = TextScoreboard()
        board.miners = ["5Hminer": .init(uid: 3, bitsPerByte: 2.25, lastBitsPerByte: 2.5, lastReward: 1, rounds: 4)]
        board.collectiveBitsPerByte = 2.2
        board.bestSingleBitsPerByte = 2.25
        board.steps = 4
        board.block = 40
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let scores = try decoder.decode(ValidatorScores.self, from: try board.json())
        #expect(scores.miners["5Hminer"] == .init(uid: 3, bitsPerByte: 2.25, lastBitsPerByte: 2.5, lastReward: 1, rounds: 4))
        #expect(scores.collectiveBitsPerByte == 2.2 && scores.steps == 4 && scores.block == 40)

        var history = ScoreHistory()
        history.record(scores)
        history.record(scores)
        #expect(history.samples.count == 1)
        board.steps = 5
        board.block = 41
        history.record(try decoder.decode(ValidatorScores.self, from: try board.json()))
        #expect(history.samples.map(\.steps) == [4, 5] && history.latest?.steps == 5)

        let json = try board.json()
        for cut in [0, 1, json.count / 2, json.count - 1] {
            #expect(throws: DecodingError.self) { try decoder.decode(ValidatorScores.self, from: json.prefix(cut)) }
        }
        #expect(throws: DecodingError.self) { try decoder.decode(ValidatorScores.self, from: Data(#"{"miners": 3}"#.utf8)) }
    }
}
