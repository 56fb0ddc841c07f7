import ArgumentParser

/// `btcli sudo get`: one hyperparameter of a subnet, or all of them.
struct SudoGet: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a subnet's hyperparameters.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @Option(name: .customLong("param"), help: "Only this hyperparameter (btcli's snake_case name).") var param: String?

    func run(on session: ChainSession) async throws {
        let fields = try await subnet.hyperparameters(session.client).namedValues
        let chosen = param.map { name in fields.filter { $0.name == name } } ?? fields
        guard !chosen.isEmpty else {
            throw CLIError("subnet hyperparameters have no '\(param ?? "")'; known: \(fields.map(\.name).joined(separator: ", "))")
        }
        session.show(hyperparameters: chosen, title: "Subnet \(subnet.netuid)")
    }
}
