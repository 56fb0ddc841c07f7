import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// One epoch of `yuma-public.json` as a `btcli sim epoch` input file and its `reference_output`.
struct FixtureEpoch: Sendable, CustomTestStringConvertible {
    let name: String
    let input: Data
    let expected: Data

    var testDescription: String { name }

    /// Every step of the epoch cases (and the single-epoch cases' inputs) that carry `sim_hyperparameters`.
    static func all() throws -> [FixtureEpoch] {
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.url("yuma-public.json")))
        let cases = (file as? [String: Any])?["cases"] as? [[String: Any]] ?? []
        var epochs = [FixtureEpoch]()
        for entry in cases {
            guard let name = entry["name"] as? String, let hyperparameters = entry["sim_hyperparameters"] else { continue }
            var steps = entry["steps"] as? [[String: Any]] ?? []
            if let inputs = entry["inputs"] as? [String: Any], inputs["epoch_input"] != nil, entry["reference_output"] != nil {
                steps.append(["epoch_input": inputs["epoch_input"]!, "reference_output": entry["reference_output"]!])
            }
            for (index, step) in steps.enumerated() {
                guard let input = step["epoch_input"], let expected = step["reference_output"] else { continue }
                epochs.append(FixtureEpoch(
                    name: "\(name) step \(index)",
                    input: try JSONSerialization.data(withJSONObject: ["hyperparameters": hyperparameters, "epoch_input": input]),
                    expected: try canonical(expected)))
            }
        }
        return epochs
    }

    /// JSON text with sorted keys, for exact comparison (`true` and `1` stay distinct).
    static func canonical(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

/// End-to-end tests of `btcli sim epoch` and `btcli sim run`.
@Suite("btcli sim commands")
final class SimCommandTests {
    let root: String

    init() throws { root = try ProcessRunner.temporaryDirectory() }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `contents` to a file under the temporary directory and returns its path.
    func file(_ name: String, _ contents: Data) throws -> String {
        let path = root + "/" + name
        try contents.write(to: URL(fileURLWithPath: path))
        return path
    }

    func btcli(_ arguments: [String], input: String? = nil) throws -> ProcessResult {
        try ProcessRunner.run(ProcessRunner.btcli, arguments, input: input)
    }

    /// `btcli sim run` on a shipped example scenario.
    func runExample(_ name: String, _ extra: [String]) throws -> ProcessResult {
        try btcli(["sim", "run", "--scenario", ProcessRunner.root.appendingPathComponent("Examples/scenarios/\(name).json").path] + extra)
    }

    @Test("sim epoch reproduces every fixture epoch's reference_output exactly", arguments: try FixtureEpoch.all())
    func fixtureEpoch(_ epoch: FixtureEpoch) throws {
        let result = try btcli(["sim", "epoch", "--input", try file("input.json", epoch.input)])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try FixtureEpoch.canonical(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        #expect(String(decoding: output, as: UTF8.self) == String(decoding: epoch.expected, as: UTF8.self))
    }

    @Test("the fixture has the expected epochs")
    func fixtureEpochCount() throws {
        #expect(try FixtureEpoch.all().count == 15)
    }

    @Test("sim epoch reads standard input and defaults to new-subnet hyperparameters")
    func standardInput() throws {
        let input = #"""
            {"epoch_input": {"n": 2, "current_block": 10, "tempo": 360, "activity_cutoff_blocks": 5000,
             "last_update": [10, 1], "block_at_registration": [1, 1], "alpha_stake_rao": [1000, 0],
             "validator_permit_prev": [true, false], "weights_u16_sparse": [[[1, 65535]], []],
             "bonds_u16_sparse_prev": [[], []], "last_mechanism_step_block": 0, "rao_emission": 1000}}
            """#
        let result = try btcli(["sim", "epoch", "--input", "-"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let output = try result.json()
        #expect(output["incentive"] as? [Int] == [0, 65535])
        #expect(output["dividends"] as? [Int] == [65535, 0])
        #expect(Set(output.keys) == [
            "stake_weight", "active", "consensus", "incentive", "dividends", "validator_trust", "validator_permit",
            "server_emission", "validator_emission", "emission", "bonds_u16_sparse",
        ])
    }

    @Test("bad sim epoch input exits non-zero with the problem on stderr and nothing on stdout", arguments: [
        (#"{"epoch_input": {"n": 1}, "extra": 1}"#, "extra: unknown key"),
        (#"{"epoch_input": {"n": 1, "current_block": 1, "tempo": 1, "activity_cutoff_blocks": 1, "last_update": [1, 2], "block_at_registration": [1], "alpha_stake_rao": [1], "validator_permit_prev": [false], "weights_u16_sparse": [[]], "bonds_u16_sparse_prev": [[]], "last_mechanism_step_block": 0, "rao_emission": 1}}"#,
         "epoch_input.last_update: has 2 entries, expected n = 1"),
        (#"{"epoch_input": {"n": 1, "current_block": 1, "tempo": 1, "activity_cutoff_blocks": 1, "last_update": [1], "block_at_registration": [1], "alpha_stake_rao": [1], "validator_permit_prev": [false], "weights_u16_sparse": [[[3, 1]]], "bonds_u16_sparse_prev": [[]], "last_mechanism_step_block": 0, "rao_emission": 1}}"#,
         "epoch_input.weights_u16_sparse[0]: names UID 3, which is not below n = 1"),
        (#"{"epoch_input": {"n": true}}"#, "epoch_input.n: expected an integer"),
        (#"{"epoch_input": "#, "not valid JSON"),
        ("{\n  \"epoch_input\": ]\n}", "(line 2, column 18)"),
        (#"{"hyperparameters": {"kappa": 70000}, "epoch_input": {"n": 1, "current_block": 1, "tempo": 1, "activity_cutoff_blocks": 1, "last_update": [1], "block_at_registration": [1], "alpha_stake_rao": [-5], "validator_permit_prev": [false], "weights_u16_sparse": [[]], "bonds_u16_sparse_prev": [[]], "last_mechanism_step_block": 0, "rao_emission": 1}}"#,
         "epoch_input.alpha_stake_rao[0]: the number -5 is out of range"),
        (#"{"hyperparameters": {"kappa": 70000}}"#, "hyperparameters.kappa: the number 70000 is out of range for this field's integer type"),
        (#"{"hyperparameters": {"kappa": 1.5}}"#, "hyperparameters.kappa: expected a whole number, found 1.5"),
    ])
    func badInput(_ json: String, _ message: String) throws {
        let result = try btcli(["sim", "epoch", "--input", try file("bad.json", Data(json.utf8))])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a missing input file is an error")
    func missingFile() throws {
        let result = try btcli(["sim", "epoch", "--input", root + "/absent.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("absent.json: no such file"), "\(result.stderr)")
    }

    @Test("sim run renders every epoch of both example scenarios and writes a well-formed SVG",
          arguments: ["honest-majority", "colluding-minority"])
    func runScenario(_ name: String) throws {
        let chart = root + "/\(name).svg"
        let result = try runExample(name, ["--plot", chart])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Epoch 30 · block 10830"))
        #expect(result.stdout.contains("Totals over 30 epochs"))
        let svg = try #require(FileManager.default.contents(atPath: chart))
        #expect(!svg.isEmpty)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(String(decoding: svg, as: UTF8.self).contains("<polyline"))
    }

    @Test("sim run --json prints every epoch's record")
    func runJSON() throws {
        let result = try runExample("colluding-minority", ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try result.json()
        let epochs = try #require(output["epochs"] as? [[String: Any]])
        #expect(epochs.count == 30)
        #expect(output["names"] as? [String] == ["h0", "h1", "h2", "c3", "c4", "m5", "m6", "cm7"])
        let last = try #require(epochs.last?["output"] as? [String: Any])
        #expect((last["incentive"] as? [Int])?[7] == 0)
    }

    @Test("a bad scenario names the field")
    func badScenario() throws {
        let path = try file("scenario.json", Data(#"{"n": 2, "stake_rao": [1, 0], "segments": [{"epochs": 1, "stakes": {}}]}"#.utf8))
        let result = try btcli(["sim", "run", "--scenario", path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("segments[0].stakes: unknown key"), "\(result.stderr)")
    }
}
