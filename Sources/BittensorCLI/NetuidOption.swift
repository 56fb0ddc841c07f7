import ArgumentParser

/// `--netuid N`.
struct NetuidOption: ParsableArguments {
    @Option(name: [.customLong("netuid"), .customLong("subnet.netuid")], help: "The subnet's netuid.")
    var netuid: UInt16

    /// The error for a subnet the chain does not have.
    var notFound: CLIError { CLIError("subnet \(netuid) does not exist; see `btcli subnets list`") }
}
