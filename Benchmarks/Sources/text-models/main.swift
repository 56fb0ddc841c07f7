import Foundation
import Neurons
import TextPrediction

/// `text-models`: the reference subnet's models on the whole held-out split (bits per byte, through the wire's
/// quantization), how long each trains, how fast each serves 32-window requests through an axon, the collective
/// mixture weighted as one validator's incentive would weigh it, and `bzip2 -9` / `xz -9e` on the same text.
/// Prints a Markdown table, then the same figures as one JSON line. Options: `--orders 1,3,5,6,7`,
/// `--requests 100`, `--neural-minutes 5` (0 leaves the neural model out).
struct Row {
    let name: String
    let trainingSeconds: Double
    let trainingBytesPerSecond: Double
    let evaluation: HeldOutEvaluation
    let latencies: [Double]

    var p50: Double { latencies.sorted()[latencies.count / 2] }
    var p99: Double { latencies.sorted()[min(latencies.count - 1, latencies.count * 99 / 100)] }
    var bytesServedPerSecond: Double { Double(32 * latencies.count) / (latencies.reduce(0, +) / 1000) }
}

func option(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

func seconds(since start: ContinuousClock.Instant) -> Double { (ContinuousClock.now - start).seconds }

func log(_ line: String) { FileHandle.standardError.write(Data("text-models: \(line)\n".utf8)) }

let orders = option("--orders", default: "1,3,5,6,7").split(separator: ",").compactMap { Int($0) }
let requests = Int(option("--requests", default: "100")) ?? 100
let neuralMinutes = Double(option("--neural-minutes", default: "5")) ?? 5
let corpus = try Corpus.shakespeare()
log("training split \(corpus.training.count) bytes, held-out split \(corpus.heldOut.count) bytes")

var rows: [Row] = []
for order in orders {
    let start = ContinuousClock.now
    let model = NGramModel(order: order, training: corpus.training)
    let trainingSeconds = seconds(since: start)
    let evaluation = HeldOutEvaluation(model: model, text: corpus.heldOut)
    let latencies = try await servingLatencies(model: .ngram(model), windowsFrom: corpus.heldOut, requests: requests)
    rows.append(Row(name: "ngram-\(order)", trainingSeconds: trainingSeconds,
                    trainingBytesPerSecond: Double(corpus.training.count) / trainingSeconds,
                    evaluation: evaluation, latencies: latencies))
    log(String(format: "ngram-%d: %.3f bits/byte", order, evaluation.bitsPerByte))
}

if neuralMinutes > 0 {
    var model = NeuralModel()
    var lastShown = ContinuousClock.now
    var bytesSeen = 0
    let start = ContinuousClock.now
    model.train(on: corpus.training, seconds: neuralMinutes * 60) { progress in
        bytesSeen = progress.bytesSeen
        guard ContinuousClock.now - lastShown > .seconds(10) || progress.fraction >= 1 else { return }
        lastShown = ContinuousClock.now
        log("neural: \(progress.line)")
    }
    let trainingSeconds = seconds(since: start)
    let evaluation = HeldOutEvaluation(model: model, text: corpus.heldOut)
    let latencies = try await servingLatencies(model: .neural(model), windowsFrom: corpus.heldOut, requests: requests)
    let configuration = model.configuration
    rows.append(Row(name: "neural", trainingSeconds: trainingSeconds,
                    trainingBytesPerSecond: Double(bytesSeen) / trainingSeconds,
                    evaluation: evaluation, latencies: latencies))
    let hidden = configuration.hiddenWidths.map(String.init).joined(separator: "×")
    log(String(format: "neural (context %d, embedding %d, hidden \(hidden), %d parameters): %.3f bits/byte",
               configuration.contextLength, configuration.embeddingWidth, model.parameterCount, evaluation.bitsPerByte))
}

/// The mixture one validator's weights would make: each model weighted by its reward under the rule at
/// `sharpness` (the validator's own is `BitsPerByteReward.sharpness`).
func collective(_ members: [Row], sharpness: Double = BitsPerByteReward.sharpness) -> Double {
    HeldOutEvaluation.mixtureBitsPerByte(
        members.map(\.evaluation),
        weights: BitsPerByteReward.rewards(bitsPerByte: members.map(\.evaluation.bitsPerByte), sharpness: sharpness))
}
let localnetNames: Set = ["ngram-1", "ngram-3", "ngram-5", "neural"]
let localnetMembers = rows.filter { localnetNames.contains($0.name) }
let collectiveLocalnet = collective(localnetMembers)
let collectiveAll = collective(rows)
let sharpnesses = [0.0, 1, 2, 4, 8, 16]
let bySharpness = sharpnesses.map { (sharpness: $0, localnet: collective(localnetMembers, sharpness: $0),
                                     all: collective(rows, sharpness: $0)) }

var compressors: [String: [String: Double]] = [:]
let whole = corpus.training + corpus.heldOut
for compressor in Compressor.allCases {
    let wholeSize = try compressor.compressedSize(whole)
    let heldOutSize = try compressor.compressedSize(corpus.heldOut)
    let trainingSize = try compressor.compressedSize(corpus.training)
    compressors[compressor.rawValue] = [
        "whole_file": Double(8 * wholeSize) / Double(whole.count),
        "held_out_alone": Double(8 * heldOutSize) / Double(corpus.heldOut.count),
        "held_out_after_training": Double(8 * (wholeSize - trainingSize)) / Double(corpus.heldOut.count),
    ]
}

print("| model | training s | training kB/s | held-out bits/byte | 32-window request p50 / p99 ms | bytes/s served |")
print("|---|---|---|---|---|---|")
for row in rows {
    print(String(format: "| \(row.name) | %.1f | %.0f | **%.3f** | %.2f / %.2f | %.0f |", row.trainingSeconds,
                 row.trainingBytesPerSecond / 1000, row.evaluation.bitsPerByte, row.p50, row.p99, row.bytesServedPerSecond))
}
let best = rows.min { $0.evaluation.bitsPerByte < $1.evaluation.bitsPerByte }!
let localnetList = localnetMembers.map(\.name).joined(separator: ", ")
print(String(format: "| collective of \(localnetList) (incentive-weighted) | | | **%.3f** | | |", collectiveLocalnet))
print(String(format: "| collective of all models above (incentive-weighted) | | | **%.3f** | | |", collectiveAll))
for entry in bySharpness where entry.sharpness != BitsPerByteReward.sharpness {
    print(String(format: "| (collectives if the reward rule's sharpness were %g: %.3f and %.3f) | | | | | |",
                 entry.sharpness, entry.localnet, entry.all))
}
for compressor in Compressor.allCases {
    let figures = compressors[compressor.rawValue]!
    let name = compressor == .bzip2 ? "bzip2 -9" : "xz -9e"
    print(String(format: "| \(name) (whole file / held-out alone / held-out after the training text) | | | %.3f / %.3f / %.3f | | |",
                 figures["whole_file"]!, figures["held_out_alone"]!,
                 figures["held_out_after_training"]!))
}
let summary: [String: Any] = [
    "models": rows.map { row in
        ["name": row.name, "training_seconds": row.trainingSeconds, "held_out_bits_per_byte": row.evaluation.bitsPerByte,
         "request_p50_ms": row.p50, "request_p99_ms": row.p99, "bytes_served_per_second": row.bytesServedPerSecond] as [String: Any]
    },
    "best_single": ["name": best.name, "bits_per_byte": best.evaluation.bitsPerByte],
    "collective_localnet_bits_per_byte": collectiveLocalnet, "collective_all_bits_per_byte": collectiveAll,
    "reward_sharpness": BitsPerByteReward.sharpness,
    "collectives_by_sharpness": bySharpness.map { ["sharpness": $0.sharpness, "localnet": $0.localnet, "all": $0.all] },
    "compressors": compressors,
]
print(String(decoding: try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys]), as: UTF8.self))
