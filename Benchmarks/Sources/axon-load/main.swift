// The load generator of scripts/bench-axon: signed `Dummy` requests per second and their latency on loopback, the
// same for our axon and Bittensor 10.5's, from a generator built not to be the bottleneck (the idea of
// `bench_axon.py --mode raw`, without Python's cost per request). Before the clock starts it signs every request
// with the interop harness's dendrite hotkey for the axon hotkey --hotkey, one uuid per connection and strictly
// increasing nonces from the time that connection's signing began, and builds the bytes our Dendrite sends
// (SynapseMessage's headers and body). The axon checks a key's freshness only the first time it sees it (4 s plus
// the 12 s timeout) and afterwards only that its nonces increase, so as soon as a connection's requests are signed
// its first --warmup requests (at least 1) go out untimed over a connection of their own, which registers the key
// while its first nonce is fresh and shows a refusal at once, with the axon's answer. Then every connection opens
// its keep-alive POSIX socket and, for --duration seconds (or until its pre-signed requests run out), sends the
// rest from a thread of its own, one request in flight, timing each exchange and checking each answer by byte
// search. Prints one JSON object: requests per second, p50/p90/p99/max latency, the status counts,
// and the CPU time per request of the generator (getrusage) and of the axon (--pid, /proc/PID/stat). Any answer
// that is not a 200 with the right output, a broken connection, or running past --timeout fails the run (exit 1).
//
// All requests come from one hotkey, as from one validator. Our axon limits each hotkey to 200 requests per
// second by default (429 beyond a burst of 400); Python's has no limit. scripts/bench-axon therefore starts
// example-axon with `--axon.rate-limit` raised far above what it can serve, so that both axons do the same work
// per request (the limiter still runs) rather than spreading the load over many hotkeys.
//
// Usage: axon-load --port PORT [--host 127.0.0.1] [--hotkey AXON_SS58 (the harness axon's)] [--connections N (16)]
//        [--duration SECONDS (5)] [--requests N (30000, pre-signed, over all connections)] [--warmup N (10 per
//        connection)] [--pid AXON_PID] [--timeout SECONDS (120)]
import Foundation
import Keys
import LoadGeneration
import Neurons

func option(_ name: String, default value: String) -> String {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return value }
    return CommandLine.arguments[index + 1]
}

func exitFailing(_ message: String) -> Never {
    FileHandle.standardError.write(Data("axon-load: FAILED: \(message)\n".utf8))
    exit(1)
}

/// The interop harness's dendrite mnemonic (`bt_common.py`), hotkey 5EtaiguVmKZ9Vewv7HkS86hWTS8Lf4twTSADg29PH5rM5Wng.
let dendriteMnemonic = "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"
/// The most seconds one connection's signing may take before its warm-up: the axon's freshness window for a new key
/// is 16 s.
let signingLimit = 12.0

guard let port = Int(option("--port", default: "")), (1...65535).contains(port),
      let connectionCount = Int(option("--connections", default: "16")), (1...1024).contains(connectionCount),
      let duration = Double(option("--duration", default: "5")), duration > 0,
      let total = Int(option("--requests", default: "30000")), (connectionCount...2_000_000).contains(total),
      let warmup = Int(option("--warmup", default: "10")), warmup >= 1, warmup < total / connectionCount,
      let timeout = Double(option("--timeout", default: "120")), timeout > duration,
      let axonPID = Int32(option("--pid", default: "0")) else {
    exitFailing("--port 1...65535, --connections 1...1024, --duration > 0 seconds, --requests ≥ --connections "
        + "(at most 2000000), --warmup 1 or more, below the requests per connection, --timeout > --duration, "
        + "--pid a process id")
}
let host = option("--host", default: "127.0.0.1")
let axonHotkey = option("--hotkey", default: "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe")

// Everything, signing included, must finish within --timeout.
DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [timeout] in
    exitFailing("not done after --timeout \(timeout) s")
}

/// The load averages over 1, 5 and 15 minutes (`/proc/loadavg`): how busy the machine was.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

do {
    let keypair = try Keypair(mnemonic: dendriteMnemonic, cryptoType: .sr25519)
    let axon = AxonTarget(ip: host, port: port, hotkey: axonHotkey)
    let loadBefore = loadAverage()

    // Untimed: sign each connection's requests and warm up with them at once, then connect.
    var signingSeconds = 0.0
    let workers = try (0..<connectionCount).map { connection in
        let count = total / connectionCount + (connection < total % connectionCount ? 1 : 0)
        let signingStart = ContinuousClock.now
        let worker = LoadWorker(requests: try SignedRequest.connection(
            count: count, uuid: UUID().uuidString.lowercased(), firstNonce: Int(Date().timeIntervalSince1970 * 1e9),
            keypair: keypair, axon: axon))
        let seconds = (ContinuousClock.now - signingStart) / .seconds(1)
        guard seconds < signingLimit else {
            throw Failure("signing one connection's requests took \(seconds) s, so its first nonce would be stale: "
                + "lower --requests")
        }
        signingSeconds += seconds
        try worker.warmUp(warmup, over: RawHTTPConnection(host: host, port: UInt16(port)))
        return worker
    }
    let connections = try workers.map { _ in try RawHTTPConnection(host: host, port: UInt16(port)) }

    // Timed.
    let group = DispatchGroup()
    let axonCPUStart = axonPID > 0 ? try CPUTime.processSeconds(axonPID) : nil
    let ownCPUStart = CPUTime.ownSeconds()
    let start = ContinuousClock.now
    for (worker, connection) in zip(workers, connections) {
        worker.start(over: connection, until: start + .seconds(duration), group: group)
    }
    group.wait()
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let ownCPU = CPUTime.ownSeconds() - ownCPUStart
    let axonCPU = try axonCPUStart.map { try CPUTime.processSeconds(axonPID) - $0 }

    if let failure = workers.lazy.compactMap(\.failure).first { throw failure }
    let latencies = workers.flatMap(\.latencies)
    guard !latencies.isEmpty else { throw Failure("no request completed within --duration") }
    let statuses = workers.reduce(into: [Int: Int]()) { $0.merge($1.statuses, uniquingKeysWith: +) }
    let wrongAnswers = workers.reduce(0) { $0 + $1.wrongAnswers }
    let summary = LatencySummary(seconds: latencies)
    func rounded(_ value: Double, _ places: Double = 3) -> Double {
        (value * pow(10, places)).rounded() / pow(10, places)
    }
    var result: [String: Any] = [
        "connections": connectionCount, "requests": latencies.count, "seconds": rounded(seconds),
        "requests_per_second": rounded(Double(latencies.count) / seconds, 1),
        "p50_ms": rounded(summary.percentile(50)), "p90_ms": rounded(summary.percentile(90)),
        "p99_ms": rounded(summary.percentile(99)), "max_ms": rounded(summary.largest), "mean_ms": rounded(summary.mean),
        "status_counts": Dictionary(uniqueKeysWithValues: statuses.map { ("\($0.key)", $0.value) }),
        "wrong_answers": wrongAnswers, "ran_out_of_requests": workers.filter(\.ranOut).count,
        "warmup_per_connection": warmup, "signing_seconds_not_counted": rounded(signingSeconds),
        "generator_cpu_us_per_request": rounded(ownCPU * 1e6 / Double(latencies.count), 1),
        "load_average_before": loadBefore,
    ]
    if let axonCPU {
        result["axon_cpu_us_per_request"] = rounded(axonCPU * 1e6 / Double(latencies.count), 1)
        result["axon_cpu_cores"] = rounded(axonCPU / seconds, 2)
    }
    print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    if let rejection = workers.lazy.compactMap(\.firstRejection).first {
        throw Failure("\(latencies.count - statuses[200, default: 0]) non-200 and \(wrongAnswers) wrong answers; "
            + "first: \(rejection)")
    }
} catch {
    exitFailing("\(error)")
}
