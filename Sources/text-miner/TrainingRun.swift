import Foundation
import Neurons
import TextPrediction

/// Gets a miner its model: the checkpoint when there is one (it must hold the kind and order asked for),
/// otherwise a model trained on the corpus's training split, with progress on stderr, saved to the checkpoint.
struct TrainingRun {
    /// A checkpoint that holds another model than the flags ask for.
    struct CheckpointMismatch: Error, CustomStringConvertible {
        let path: String
        let found: String
        let wanted: String
        var description: String {
            "\(path) holds \(found), not \(wanted); pass another --checkpoint or move that file away"
        }
    }

    /// A checkpoint that exists but cannot be read.
    struct UnreadableCheckpoint: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String {
            "cannot load the checkpoint \(path): \(reason); move it away to train a new model"
        }
    }

    let kind: ModelKind
    let order: Int
    let trainMinutes: Double
    let checkpointPath: String

    func loadOrTrain() throws -> TextModel {
        let wanted = switch kind {
        case .ngram: "ngram-\(order)"
        case .neural: "neural"
        }
        if FileManager.default.fileExists(atPath: checkpointPath) {
            let model = try load()
            guard model.name == wanted else {
                throw CheckpointMismatch(path: checkpointPath, found: model.name, wanted: wanted)
            }
            report("loaded \(model.name) from \(checkpointPath)")
            return model
        }
        let corpus = try Corpus.shakespeare()
        report("training \(wanted) on \(corpus.training.count) bytes (no checkpoint at \(checkpointPath))")
        let model = train(on: corpus.training)
        try model.save(to: checkpointPath)
        let sample = Array(corpus.heldOut.prefix(20_000))
        report(String(format: "saved %@; held-out bits/byte %.3f (first %d held-out bytes)", checkpointPath,
                      model.bitsPerByte(on: sample, contextLength: NextBytePrediction.maximumContextBytes), sample.count))
        return model
    }

    private func load() throws -> TextModel {
        do {
            switch kind {
            case .ngram: return .ngram(try NGramModel(contentsOf: checkpointPath))
            case .neural: return .neural(try NeuralModel(checkpointAt: checkpointPath))
            }
        } catch {
            throw UnreadableCheckpoint(path: checkpointPath, reason: "\(error)")
        }
    }

    private func train(on text: [UInt8]) -> TextModel {
        let printer = ProgressPrinter()
        defer { printer.finish() }
        switch kind {
        case .ngram:
            let start = ContinuousClock.now
            return .ngram(NGramModel(order: order, training: text) { fraction in
                printer.show(TrainingProgress(bytesSeen: Int(fraction * Double(text.count)),
                                              elapsedSeconds: (ContinuousClock.now - start).seconds, fraction: fraction))
            })
        case .neural:
            var model = NeuralModel()
            model.train(on: text, seconds: trainMinutes * 60, progress: printer.show)
            return .neural(model)
        }
    }

    private func report(_ line: String) {
        FileHandle.standardError.write(Data("text-miner: \(line)\n".utf8))
    }
}

/// Shows training progress on stderr: one line redrawn in place on a terminal, a line every five seconds
/// otherwise (logs).
final class ProgressPrinter {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastShown: ContinuousClock.Instant?

    func show(_ progress: TrainingProgress) {
        let now = ContinuousClock.now
        if let lastShown, now - lastShown < (isTerminal ? .milliseconds(250) : .seconds(5)), progress.fraction < 1 { return }
        lastShown = now
        let line = isTerminal ? "\r\u{1B}[K" + progress.line : progress.line + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
