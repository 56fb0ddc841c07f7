import ArgumentParser
import Client
import Foundation
import Logging
import Neurons
import TextPrediction

/// `text-miner`: a reference-subnet miner. Loads its model from `--checkpoint`, or trains one on the corpus's
/// training split (progress on stderr) and saves it there, then serves `NextBytePrediction` as a base `Miner`:
/// registered on `--netuid`, announced with `serve_axon`, answering registered validators. Prints one JSON line
/// `{"ready": true, "port": …, "hotkey": …, "model": …}` once it serves.
@main
struct TextMiner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text-miner", abstract: "Train (or load) a next-byte model and serve it on the reference subnet.")

    @OptionGroup var neuron: NeuronOptions
    @Option(name: .customLong("model"), help: "ngram or neural.") var model: ModelKind = .ngram
    @Option(name: .customLong("order"), help: "The n-gram model's order, 1…\(NGramModel.maximumOrder).") var order = 5
    @Option(name: .customLong("checkpoint"), help: "The model's checkpoint: loaded when it exists, written after training.")
    var checkpoint: String?
    @Option(name: .customLong("train-minutes"), help: "How long the neural model trains when there is no checkpoint.")
    var trainMinutes = 5.0
    @Option(name: .customLong("misbehave"),
            help: "Answer with noise (garbage) or past every timeout (sleep), to see validators zero such miners.")
    var misbehave: MinerBehaviour = .honest

    func validate() throws {
        guard (1...NGramModel.maximumOrder).contains(order) else {
            throw ValidationError("--order must be 1…\(NGramModel.maximumOrder)")
        }
        guard trainMinutes > 0, trainMinutes.isFinite else { throw ValidationError("--train-minutes must be positive") }
    }

    /// The checkpoint's path: `--checkpoint`, or one per model beside the hotkey.
    var checkpointPath: String {
        if let checkpoint { return (checkpoint as NSString).expandingTildeInPath }
        let file = switch model {
        case .ngram: "ngram-\(order).ckpt"
        case .neural: "neural.ckpt"
        }
        return "\(neuron.wallet.path)/\(neuron.walletName)/text-miner/\(neuron.walletHotkey)/\(file)"
    }

    func run() async throws {
        var logger = Logger(label: "text-miner")
        logger.logLevel = neuron.debug ? .debug : .info
        let hotkey = try neuron.hotkey()
        let textModel = try TrainingRun(kind: model, order: order, trainMinutes: trainMinutes, checkpointPath: checkpointPath)
            .loadOrTrain()
        var axon = Axon(keypair: hotkey, configuration: AxonConfiguration(
            host: neuron.axonIP, port: neuron.axonPort, externalIP: neuron.axonExternalIP))
        axon.attachTextPrediction(model: textModel, behaviour: misbehave)
        let miner = try await Miner(netuid: neuron.netuid, client: try neuron.client(), axon: axon,
                                    externalIP: neuron.axonExternalIP)
        let name = textModel.name
        try await miner.run(logger: logger, handleSignals: true) { port in
            let line = ["ready": true, "port": port, "hotkey": hotkey.ss58Address, "model": name] as [String: Any]
            if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
    }
}

/// The model families `--model` names.
enum ModelKind: String, ExpressibleByArgument, CaseIterable {
    case ngram, neural
}

extension MinerBehaviour: ExpressibleByArgument {}
