import ArgumentParser

/// `btcli subnets start`: the owner's `start_call`, which turns on the subnet's emission and subtoken.
struct SubnetsStart: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a subnet's emission.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption

    func run(on session: ChainSession) async throws {
        let coldkey = try session.coldkey()
        try options.prompt.confirm("Start subnet \(subnet.netuid)?")
        let receipt = try await session.submit(.subtensor(.startCall(netuid: subnet.netuid)), signer: coldkey,
                                               action: "Start subnet")
        session.report(receipt, "Started subnet \(subnet.netuid)", data: ["netuid": Int(subnet.netuid)])
    }
}
