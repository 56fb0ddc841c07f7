import ArgumentParser
import Client
import Primitives

/// `--netuid N`, and the subnet queries that fail with a clear error when the subnet does not exist.
struct NetuidOption: ParsableArguments {
    @Option(name: [.customLong("netuid"), .customLong("subnet.netuid")], help: "The subnet's netuid.")
    var netuid: UInt16

    /// The subnet's metagraph.
    /// - Throws: `CLIError` when the chain has no such subnet.
    func metagraph(_ client: Client) async throws -> Metagraph {
        guard let graph = try await client.metagraph(netuid: netuid) else { throw notFound }
        return graph
    }

    /// The subnet's hyperparameters.
    /// - Throws: `CLIError` when the chain has no such subnet.
    func hyperparameters(_ client: Client) async throws -> SubnetHyperparameters {
        guard let parameters = try await client.hyperparameters(netuid: netuid) else { throw notFound }
        return parameters
    }

    private var notFound: CLIError { CLIError("subnet \(netuid) does not exist; see `btcli subnets list`") }
}
