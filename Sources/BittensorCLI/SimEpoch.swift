import ArgumentParser
import Consensus

/// `btcli sim epoch --input FILE`: one Yuma epoch on `{"hyperparameters": {…}, "epoch_input": {…}}`.
struct SimEpoch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "epoch",
        abstract: "Run one epoch on a JSON subnet state and print its outputs as JSON.",
        discussion: """
            FILE holds {"hyperparameters": {…}, "epoch_input": {…}} with the shapes of sim_hyperparameters and \
            epoch_input in the Yuma vector file. Absent hyperparameters take a new production subnet's values \
            (Yuma3 on, 64 validators). Prints the keys of reference_output: stake_weight, active, consensus, \
            incentive, dividends, validator_trust, validator_permit, server_emission, validator_emission, \
            emission, bonds_u16_sparse.
            """)

    @Option(name: .customLong("input"), help: "The input JSON file, or - for standard input.")
    var input: String

    func run() throws {
        let request = try SimInput.load(EpochRequest.self, path: input)
        print(try SimInput.json(request.run()))
    }
}
