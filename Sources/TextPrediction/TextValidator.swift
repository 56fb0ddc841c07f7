import Client
import Foundation
import Keys
import Logging
import Neurons

/// The reference subnet's validator: each step it samples `windowsPerStep` windows from its text, sends them to
/// the serving miners as one `NextBytePrediction`, scores every answer by bits per byte on the true next bytes
/// (which it never sends), measures the collective model, rewards each miner by `BitsPerByteReward` applied to
/// the miners' moving-average bits per byte (`TextScoreboard.rewards`), and lets the base `Validator` average
/// the rewards and set weights. Its `TextScoreboard` is saved beside the validator's state
/// after every step, so a restart keeps both.
public final class TextValidator: Sendable {
    /// The base validator doing the querying, averaging and weight setting.
    public let validator: Validator<NextBytePrediction>
    /// Where the scoreboard is saved.
    public let scoreboardPath: String
    private let board: Shared<TextScoreboard>

    /// A validator scoring on `text` (held-out text, ideally private; at least two bytes).
    /// - Throws: `ValidatorStateError` for an unreadable saved state or scoreboard, or what reading the
    ///   metagraph throws.
    public init(netuid: UInt16, hotkey: Keypair, client: Client, configuration: Validator<NextBytePrediction>.Configuration,
                text: [UInt8], windowsPerStep: Int = NextBytePrediction.maximumWindows,
                logger: Logger = Logger(label: "text-validator")) async throws {
        precondition(text.count >= 2, "scoring needs at least two bytes of text")
        precondition((1...NextBytePrediction.maximumWindows).contains(windowsPerStep), "1…32 windows per step")
        let scoreboardPath = (configuration.statePath as NSString).deletingLastPathComponent + "/scoreboard.json"
        let board = Shared(try TextScoreboard.load(from: scoreboardPath))
        let asked = Shared<[Int: ScoringWindows]>([:])
        let alpha = configuration.movingAverageAlpha
        validator = try await Validator(
            netuid: netuid, hotkey: hotkey, client: client, configuration: configuration,
            makeSynapse: { step in
                var generator = SystemRandomNumberGenerator()
                let windows = ScoringWindows(sampling: windowsPerStep, from: text, using: &generator)
                asked.withLock { $0 = [step: windows] }
                return NextBytePrediction(windows: windows.windows)
            },
            rewardRound: { round in
                guard let windows = asked.withLock({ $0.removeValue(forKey: round.step) }) else {
                    return round.responses.map { _ in 0 }
                }
                let incentive = round.uids.map { round.metagraph.incentive[Int($0)] }
                let score = TextRoundScore(responses: round.responses, truths: windows.truths, incentive: incentive)
                let registered = Set(round.metagraph.hotkeys.map(\.ss58Address))
                let updated = board.withLock { board in
                    board.record(score, uids: round.uids, hotkeys: round.hotkeys, registered: registered,
                                 block: round.metagraph.block, alpha: alpha)
                    return board
                }
                do {
                    try updated.save(to: scoreboardPath)
                } catch {
                    logger.error("\(error)")
                }
                return updated.rewards(hotkeys: round.hotkeys, stepBitsPerByte: score.bitsPerByte)
            })
        self.board = board
        self.scoreboardPath = scoreboardPath
    }

    /// What the validator has measured so far.
    public var scoreboard: TextScoreboard { board.withLock { $0 } }

    /// Runs steps until cancelled, pausing `pause` between them.
    public func run(logger: Logger, pause: Duration) async {
        await validator.run(logger: logger, pause: pause)
    }
}
