import ArgumentParser
import Consensus
import Foundation

/// `btcli sim run --scenario FILE`: many epochs with stakes and weights changing per segment.
struct SimRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a multi-epoch scenario and print a table per epoch (or JSON), optionally an SVG chart.",
        discussion: """
            The scenario format is described in docs/consensus.md ("Simulating epochs"); examples are in \
            Examples/scenarios. Absent hyperparameters take a new production subnet's values.
            """)

    @Option(name: .customLong("scenario"), help: "The scenario JSON file, or - for standard input.")
    var scenario: String
    @Option(name: .customLong("plot"), help: "Write an SVG chart of incentive and dividends per UID to this file.")
    var plot: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let scenario = try SimInput.load(SimulationScenario.self, path: self.scenario)
        let epochs = EpochSimulation.run(scenario)
        if let plot {
            let svg = SimChart(scenario: scenario, epochs: epochs).svg()
            do {
                try svg.write(toFile: plot, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError("\(plot): cannot write the chart (\(error.localizedDescription))")
            }
        }
        if output.json {
            print(try SimInput.json(SimulationResult(scenario: scenario, epochs: epochs)))
        } else {
            print(SimReport(scenario: scenario, epochs: epochs).render())
            if let plot { print("\nChart written to \(plot)") }
        }
    }
}

/// The `--json` output of `btcli sim run`: the names and every epoch's record.
struct SimulationResult: Encodable {
    let names: [String]
    let epochs: [SimulatedEpoch]

    init(scenario: SimulationScenario, epochs: [SimulatedEpoch]) {
        names = (0..<scenario.n).map(scenario.name(of:))
        self.epochs = epochs
    }
}
