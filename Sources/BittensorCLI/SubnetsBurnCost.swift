import ArgumentParser

/// `btcli subnets burn-cost`: what registering a hotkey on a subnet burns now.
struct SubnetsBurnCost: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "burn-cost", abstract: "Show a subnet's registration cost.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption

    func run(on session: ChainSession) async throws {
        let metagraph = try await subnet.metagraph(session.client)
        session.show(["netuid": Int(subnet.netuid), "burn_cost_rao": Int(metagraph.burn),
                      "burn_cost": Amount.tao(metagraph.burn)],
                     text: "Registering on subnet \(subnet.netuid) costs \(Amount.display(metagraph.burn))")
    }
}
