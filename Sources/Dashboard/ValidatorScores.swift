/// The reference validator's `GET /scores` JSON (text-validator's scoreboard): each miner's bits per byte, the
/// collective model's and the best single miner's.
struct ValidatorScores: Decodable, Sendable, Equatable {
    /// One miner's measurements.
    struct Miner: Decodable, Sendable, Equatable {
        /// Its uid when last scored.
        let uid: UInt16
        /// Moving average of its bits per byte.
        let bitsPerByte: Double
        /// Its bits per byte in the last step.
        let lastBitsPerByte: Double
        /// Its reward in the last step.
        let lastReward: Double
        /// Steps it was scored in.
        let rounds: Int
    }

    /// Miners by hotkey (SS58).
    let miners: [String: Miner]
    /// Moving average of the collective model's bits per byte.
    let collectiveBitsPerByte: Double?
    /// The lowest of the miners' averages.
    let bestSingleBitsPerByte: Double?
    /// Steps the validator has scored.
    let steps: Int
    /// The block of its last step.
    let block: UInt32
}
