import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Neurons
import ServiceLifecycle
import TextPrediction

/// `text-validator`: the reference subnet's validator. Scores miners on windows of held-out text (the corpus's
/// last 10 %, or `--data PATH`), sets weights on schedule, and serves its scoreboard as JSON on
/// `GET /scores` at `--scores.port`. Prints one JSON line `{"ready": true, "hotkey": …, "scores_port": …}` once
/// that endpoint listens.
@main
struct TextValidatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text-validator", abstract: "Score the reference subnet's miners by bits per byte and set weights.")

    @OptionGroup var neuron: NeuronOptions
    @Option(name: .customLong("data"),
            help: "Score on this text file instead of the public held-out split (see README: a public test set can be memorised).")
    var data: String?
    @Option(name: .customLong("neuron.timeout"), help: "Seconds a miner has to answer.") var timeout = 4.0
    @Option(name: .customLong("neuron.step_seconds"), help: "Pause between steps, in seconds.") var stepSeconds = 1.0
    @Option(name: .customLong("neuron.full_path"), help: "Where the state and scoreboard are kept.") var fullPath: String?
    @Option(name: .customLong("scores.ip"), help: "The address the scores endpoint binds.") var scoresIP = "127.0.0.1"
    @Option(name: .customLong("scores.port"), help: "The scores endpoint's port (0 picks a free one).") var scoresPort = 8100

    func validate() throws {
        guard timeout > 0, timeout <= 60 else { throw ValidationError("--neuron.timeout must be in (0, 60] seconds") }
        guard stepSeconds >= 0, stepSeconds <= 3600 else { throw ValidationError("--neuron.step_seconds must be 0…3600") }
    }

    /// Bittensor's neuron folder: `<wallet.path>/<wallet>/<hotkey>/netuid<N>/text-validator`.
    var statePath: String {
        let folder = fullPath.map { ($0 as NSString).expandingTildeInPath }
            ?? "\(neuron.wallet.path)/\(neuron.walletName)/\(neuron.walletHotkey)/netuid\(neuron.netuid)/text-validator"
        return folder + "/state.json"
    }

    func run() async throws {
        var logger = Logger(label: "text-validator")
        logger.logLevel = neuron.debug ? .debug : .info
        let text = try scoringText()
        let hotkey = try neuron.hotkey()
        let configuration = Validator<NextBytePrediction>.Configuration(
            sampleSize: neuron.sampleSize, movingAverageAlpha: neuron.movingAverageAlpha,
            epochLength: neuron.epochLength, queryTimeout: timeout, statePath: statePath)
        let validator = try await TextValidator(netuid: neuron.netuid, hotkey: hotkey, client: try neuron.client(),
                                                configuration: configuration, text: text, logger: logger)
        let router = Router()
        router.get("scores") { _, _ -> Response in
            let body = (try? validator.scoreboard.json()) ?? Data("{}".utf8)
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        let address = hotkey.ss58Address
        let scores = Application(
            router: router, configuration: .init(address: .hostname(scoresIP, port: scoresPort)),
            onServerRunning: { channel in
                let line = ["ready": true, "hotkey": address, "scores_port": channel.localAddress?.port ?? -1] as [String: Any]
                if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
                    FileHandle.standardOutput.write(data + Data("\n".utf8))
                }
            }, logger: logger)
        let steps = ValidatorLoop(validator: validator, logger: logger, pause: .milliseconds(Int(stepSeconds * 1000)))
        let group = ServiceGroup(services: [scores, steps], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }

    /// The text scored on: `--data`, or the corpus's held-out split.
    func scoringText() throws -> [UInt8] {
        guard let data else { return try Corpus.shakespeare().heldOut }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: (data as NSString).expandingTildeInPath)))
        guard bytes.count >= 2 else { throw ValidationError("--data \(data) has \(bytes.count) bytes; scoring needs at least 2") }
        return bytes
    }
}

/// The validator's steps as a service that stops on graceful shutdown.
struct ValidatorLoop: Service {
    let validator: TextValidator
    let logger: Logger
    let pause: Duration

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await validator.run(logger: logger, pause: pause)
        }
    }
}
