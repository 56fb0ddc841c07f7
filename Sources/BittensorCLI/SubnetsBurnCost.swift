import ArgumentParser

/// `btcli subnets burn-cost`: what registering a hotkey on a subnet burns now.
struct SubnetsBurnCost: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "burn-cost", abstract: "Show a subnet's registration cost.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption

    func run() async throws {
        try await reportingFailures(options.output) {
            let session = try ChainSession(options)
            guard let metagraph = try await session.client.metagraph(netuid: subnet.netuid) else {
                throw subnet.notFound
            }
            session.show(["netuid": Int(subnet.netuid), "burn_cost_rao": Int(metagraph.burn),
                          "burn_cost": Amount.tao(metagraph.burn)],
                         text: "Registering on subnet \(subnet.netuid) costs \(Amount.display(metagraph.burn))")
        }
    }
}
