import ArgumentParser
import Primitives

/// `btcli subnets create`: registers a new subnet owned by the coldkey, with the wallet's hotkey as owner hotkey.
struct SubnetsCreate: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a subnet (locks TAO).")

    @OptionGroup var options: ChainOptions

    func run(on session: ChainSession) async throws {
        let hotkey = try session.hotkeyAccount()
        let coldkey = try session.coldkey()
        let cost = try await session.client.networkRegistrationCost()
        try options.prompt.confirm("Create a subnet for \(Amount.display(cost)) (locked) with owner hotkey \(hotkey)?")
        let receipt = try await session.submit(.subtensor(.registerNetwork(hotkey: hotkey)), signer: coldkey,
                                               action: "Create subnet")
        let netuid = receipt.subtensorEvents.compactMap { event -> UInt16? in
            if case .networkAdded(let netuid, _) = event { netuid } else { nil }
        }.first
        guard let netuid else { throw CLIError("the subnet was registered but no NetworkAdded event names its netuid") }
        session.report(receipt, "Created subnet \(netuid) (locked \(Amount.display(cost)))",
                       data: ["netuid": Int(netuid), "lock_cost_rao": Int(cost), "owner_hotkey": hotkey.ss58Address])
    }
}
