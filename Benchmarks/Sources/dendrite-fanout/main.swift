// The fan-out benchmark of scripts/bench-dendrite: one `Dendrite.query` to --axons axons (256 by default, a full
// subnet) that each answer after --delay-ms (200 by default), timed from the call to the last response; target:
// at most twice the delay. The axons are the project's `Axon`, all in this process on 127.0.0.1 (one port each,
// one ServiceGroup), so the process's CPU time covers the dendrite and the axons. The first round also opens a
// connection to every axon; later rounds reuse them (the dendrite's HTTP client keeps them alive). That client
// pools connections per host (ip:port, a soft limit of 64 each) with no cap over all hosts, so all 256 requests
// go out at once; the bound is CPU: signing, HTTP and JSON on both sides, here all on this machine. Prints one
// JSON object with every round's time, its ratio to the delay, its status counts, the spread of the responses'
// own times (dendrite.process_time), and the CPU time used. Any response other than a 200 with the right output,
// or running past --timeout, fails the run (exit 1).
//
// Usage: dendrite-fanout [--axons N (256)] [--delay-ms MS (200)] [--rounds N (5)] [--timeout SECONDS (60)]
import Foundation
import Keys
import LoadGeneration
import Neurons

func option(_ name: String, default value: String) -> String {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return value }
    return CommandLine.arguments[index + 1]
}

func exitFailing(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dendrite-fanout: FAILED: \(message)\n".utf8))
    exit(1)
}

guard let axonCount = Int(option("--axons", default: "256")), (1...4096).contains(axonCount),
      let delayMilliseconds = Int(option("--delay-ms", default: "200")), (1...10_000).contains(delayMilliseconds),
      let rounds = Int(option("--rounds", default: "5")), (1...100).contains(rounds),
      let timeout = Double(option("--timeout", default: "60")), timeout > 0 else {
    exitFailing("--axons 1...4096, --delay-ms 1...10000, --rounds 1...100, --timeout > 0 seconds")
}

// Everything, starting the axons included, must finish within --timeout.
DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [timeout] in
    exitFailing("not done after --timeout \(timeout) s")
}

func rounded(_ value: Double, _ places: Double = 3) -> Double {
    (value * pow(10, places)).rounded() / pow(10, places)
}

do {
    // The interop harness's hotkeys (`bt_common.py`): every axon signs as its axon, the dendrite as its dendrite.
    let axonMnemonic = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    let dendriteMnemonic = "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"
    let axonKeypair = try Keypair(mnemonic: axonMnemonic, cryptoType: .sr25519)
    let dendriteKeypair = try Keypair(mnemonic: dendriteMnemonic, cryptoType: .sr25519)
    let openFiles = try FileLimit.ensure(3 * axonCount + 256)
    let delay = Double(delayMilliseconds) / 1000
    let results = try await withDelayedAxons(count: axonCount, delay: .milliseconds(delayMilliseconds),
                                             keypair: axonKeypair) { targets in
        let dendrite = Dendrite(keypair: dendriteKeypair)
        var results: [[String: Any]] = []
        for round in 1...rounds {
            let cpuStart = CPUTime.ownSeconds()
            let start = ContinuousClock.now
            let responses = await dendrite.query(targets, Dummy(input: round), timeout: 12)
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let cpu = CPUTime.ownSeconds() - cpuStart
            let statuses = responses.reduce(into: [String: Int]()) { $0["\($1.statusCode ?? 0)", default: 0] += 1 }
            let right = responses.filter { $0.isSuccess && $0.synapse.output == 2 * round }.count
            if right < responses.count {
                let wrong = responses.first { !($0.isSuccess && $0.synapse.output == 2 * round) }
                throw Failure("round \(round): \(responses.count - right) of \(responses.count) not a right 200 "
                    + "(\(statuses)); first: \(wrong?.statusCode ?? 0) \(wrong?.statusMessage ?? "")")
            }
            let times = responses.compactMap(\.dendrite.processTime).sorted()
            results.append([
                "round": round, "connections": round == 1 ? "opened" : "reused", "seconds": rounded(seconds),
                "ratio_to_delay": rounded(seconds / delay, 2), "status_counts": statuses,
                "response_ms_min_median_max": [times[0], times[times.count / 2], times[times.count - 1]].map {
                    rounded($0 * 1000, 1)
                },
                "cpu_seconds": rounded(cpu),
            ])
        }
        return results
    }
    let worst = results.map { $0["ratio_to_delay"] as! Double }.max()!
    let output: [String: Any] = [
        "axons": axonCount, "delay_ms": delayMilliseconds, "rounds": results, "worst_ratio_to_delay": worst,
        "target_ratio": 2, "open_files_limit": openFiles,
    ]
    print(String(decoding: try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys]), as: UTF8.self))
} catch {
    exitFailing("\(error)")
}
