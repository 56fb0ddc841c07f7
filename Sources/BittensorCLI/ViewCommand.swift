import ArgumentParser

/// `btcli view …`: ways to look at the network.
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Look at the network in a browser.",
        subcommands: [ViewDashboard.self]
    )
}
