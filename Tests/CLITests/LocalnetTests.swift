import Foundation
import Testing

/// `localnet` end to end, shortened: a dev chain, the reference subnet, one validator and five miners (n-gram
/// orders 1, 3 and 5, one answering noise, one answering too late) run as real processes for 24 epochs, the
/// validator restarted after the fourteenth. Its JSON lines must show the incentive following bits per byte, the two
/// misbehaving miners at zero, and the restarted validator carrying on from its saved scores.
@Suite("localnet", .serialized)
struct LocalnetTests {
    static var executable: String {
        ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_LOCALNET"]
            ?? ProcessRunner.root.appendingPathComponent(".build/debug/localnet").path
    }

    @Test func incentiveFollowsBitsPerByteAndMisbehaviourEarnsNothing() async throws {
        let folder = try ProcessRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = Task.detached {
            try ProcessRunner.run(Self.executable, [
                "--validators", "1", "--miners", "ngram:1,ngram:3,ngram:5,garbage,sleep", "--epochs", "24", "--json",
                "--rpc-port", "0", "--work-dir", folder, "--restart-validator-after", "14", "--validator-timeout", "2",
                "--dashboard-port", "0",
            ], timeout: 420)
        }
        try await checkDashboard(logs: folder + "/run/logs")
        let result = try await run.value
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let epochs = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "stdout holds only JSON lines")
        }
        #expect(epochs.map { $0["epoch"] as? Int } == (1...24).map { $0 })
        for epoch in epochs {
            let neurons = try #require(epoch["neurons"] as? [[String: Any]])
            #expect(neurons.count == 6)
            for neuron in neurons {
                #expect(Set(neuron.keys) == ["uid", "hotkey", "role", "model", "stake", "incentive", "dividends",
                                             "emission", "bits_per_byte"])
                #expect(["validator", "miner"].contains(neuron["role"] as? String))
                #expect((0...1).contains(neuron["incentive"] as? Double ?? -1) && (0...1).contains(neuron["dividends"] as? Double ?? -1))
            }
        }
        let last = try #require(epochs.last?["neurons"] as? [[String: Any]])
        let byModel = Dictionary(uniqueKeysWithValues: last.compactMap { neuron in
            (neuron["model"] as? String).map { ($0, neuron) }
        })
        let honest = try ["ngram-5", "ngram-3", "ngram-1"].map { try #require(byModel[$0]) }
        let bits = honest.map { $0["bits_per_byte"] as? Double ?? .infinity }
        let incentive = honest.map { $0["incentive"] as? Double ?? 0 }
        #expect(bits[0] < bits[1] && bits[1] < bits[2], "more context predicts better: \(bits)")
        #expect(incentive[0] > incentive[1] && incentive[1] > incentive[2] && incentive[2] > 0,
                "incentive follows bits per byte: \(incentive)")
        for misbehaving in ["ngram-1 (garbage)", "ngram-1 (sleep)"] {
            let neuron = try #require(byModel[misbehaving])
            #expect(neuron["incentive"] as? Double == 0, "\(misbehaving) earns nothing")
            #expect((neuron["bits_per_byte"] as? Double ?? 0) > 8, "\(misbehaving) costs more than a uniform guess")
        }
        let validator = try #require(last.first { $0["role"] as? String == "validator" })
        #expect(validator["dividends"] as? Double == 1)
        #expect((epochs.last?["collective_bits_per_byte"] as? Double).map { $0 < 8 } == true)

        let steps = epochs.map { $0["validator_steps"] as? Int ?? 0 }
        #expect(steps[14] >= steps[13] && steps[23] > steps[13], "the restarted validator continues its step count: \(steps)")
        let afterRestart = try #require(epochs[14]["neurons"] as? [[String: Any]])
        #expect(afterRestart.filter { $0["role"] as? String == "miner" }.allSatisfy { $0["bits_per_byte"] is Double },
                "right after the restart the validator still has every miner's scores")
    }

    /// While the network runs: the dashboard localnet started shows the reference validator's scores for all five
    /// miners with the bits-per-byte chart, and the subnet's weights heat map, in Chromium without console errors.
    func checkDashboard(logs: String) async throws {
        var base: String?
        let giveUp = Date().addingTimeInterval(120)
        while base == nil, Date() < giveUp {
            let log = String(decoding: FileManager.default.contents(atPath: logs + "/dashboard.log") ?? Data(), as: UTF8.self)
            if let range = log.range(of: "Dashboard: ") {
                base = log[range.upperBound...].prefix { !$0.isWhitespace }.description
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        let url = try #require(base, "localnet printed no dashboard address").trimmingCharacters(in: ["/"])
        let result = try BrowserCheck.run([
            .init(name: "localnet-reference", url: url + "/reference",
                  waitFor: "document.querySelectorAll('table#reference-miners tbody tr').length === 5 && document.querySelectorAll('#chart-bits polyline[points]:not([points=\"\"])').length > 0",
                  evaluate: ["miners": "document.querySelectorAll('table#reference-miners tbody tr').length"], timeout: 120),
            // The dev chain's genesis holds subnets 0 and 1, so the one localnet creates is 2.
            .init(name: "localnet-subnet", url: url + "/subnets/2",
                  waitFor: "document.querySelectorAll('.heatmap rect title').length > 0",
                  evaluate: ["rows": "document.querySelectorAll('table#metagraph tbody tr').length"], timeout: 120),
        ], timeout: 280)
        #expect(result["ok"] as? Bool == true, "\(result)")
        let pages = BrowserCheck.pages(result)
        #expect((pages["localnet-reference"]?["values"] as? [String: Any])?["miners"] as? Int == 5)
        #expect((pages["localnet-subnet"]?["values"] as? [String: Any])?["rows"] as? Int == 6)
    }
}
