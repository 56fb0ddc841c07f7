/// What a validator asks about in one step: windows of text and, kept to itself, the byte that follows each.
public struct ScoringWindows: Sendable, Equatable {
    /// The contexts sent to miners.
    public let windows: [[UInt8]]
    /// The true next byte after each window; never sent.
    public let truths: [UInt8]

    /// `count` windows sampled uniformly from `text` (at least two bytes): each a position in it, the up to
    /// `NextBytePrediction.maximumContextBytes` bytes before it as the window and the byte there as the truth.
    public init<R: RandomNumberGenerator>(sampling count: Int, from text: [UInt8], using generator: inout R) {
        precondition(text.count >= 2, "scoring needs at least two bytes of text")
        var windows: [[UInt8]] = []
        var truths: [UInt8] = []
        for _ in 0..<count {
            let position = Int.random(in: 1..<text.count, using: &generator)
            windows.append(Array(text[max(0, position - NextBytePrediction.maximumContextBytes)..<position]))
            truths.append(text[position])
        }
        (self.windows, self.truths) = (windows, truths)
    }
}
