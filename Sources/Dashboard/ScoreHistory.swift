/// The reference validator's scores over time: a sample per scored step, the newest `capacity` kept.
struct ScoreHistory: Sendable {
    /// How many samples are kept.
    static let capacity = 240

    /// The latest scores; nil before the first answer.
    private(set) var latest: ValidatorScores?
    /// Every kept answer that had a new step, oldest first.
    private(set) var samples: [ValidatorScores] = []

    /// Keeps `scores` as the latest; adds a sample when its step is new.
    mutating func record(_ scores: ValidatorScores) {
        latest = scores
        if samples.last.map({ $0.steps != scores.steps || $0.block != scores.block }) ?? true {
            samples.append(scores)
            if samples.count > Self.capacity { samples.removeFirst(samples.count - Self.capacity) }
        }
    }
}
