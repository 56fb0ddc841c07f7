import ArgumentParser

/// `btcli subnets …`: subnets on a node.
struct SubnetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subnets",
        abstract: "List, create, start and inspect subnets; register hotkeys.",
        subcommands: [
            SubnetsList.self, SubnetsCreate.self, SubnetsStart.self, SubnetsRegister.self, SubnetsBurnCost.self,
            SubnetsHyperparameters.self, SubnetsMetagraph.self, SubnetsShow.self,
        ]
    )
}

/// `btcli stake …`: staking TAO into subnets.
struct StakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stake", abstract: "Add, remove, list, move and transfer stake.",
        subcommands: [StakeAdd.self, StakeRemove.self, StakeList.self, StakeMove.self, StakeTransfer.self]
    )
}

/// `btcli weights …`: a validator's weights.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights", abstract: "Set, commit and reveal weights.",
        subcommands: [WeightsSet.self, WeightsCommit.self, WeightsReveal.self]
    )
}

/// `btcli sudo …`: hyperparameters, as root or as a subnet's owner.
struct SudoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sudo", abstract: "Set and show hyperparameters.", subcommands: [SudoSet.self, SudoGet.self]
    )
}

/// `btcli axon …`: where a neuron's axon listens.
struct AxonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "axon", abstract: "Serve an axon's address.", subcommands: [AxonSet.self]
    )
}
