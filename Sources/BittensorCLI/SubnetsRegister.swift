import ArgumentParser
import Primitives

/// `btcli subnets register`: registers the wallet's hotkey on a subnet by burning the registration cost.
struct SubnetsRegister: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "register", abstract: "Register a hotkey on a subnet.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption

    func run(on session: ChainSession) async throws {
        let cost = try await subnet.metagraph(session.client).burn
        let hotkey = try session.hotkeyAccount()
        let coldkey = try session.coldkey()
        try options.prompt.confirm("Register \(hotkey) on subnet \(subnet.netuid) for \(Amount.display(cost))?")
        let receipt = try await session.submit(.subtensor(.burnedRegister(netuid: subnet.netuid, hotkey: hotkey)),
                                               signer: coldkey, action: "Register")
        let uid = receipt.subtensorEvents.compactMap { event -> UInt16? in
            if case .neuronRegistered(_, let uid, _) = event { uid } else { nil }
        }.first
        session.report(receipt, "Registered \(hotkey) on subnet \(subnet.netuid) as uid \(uid.map(String.init) ?? "?")",
                       data: ["netuid": Int(subnet.netuid), "uid": uid.map { Int($0) } as Any,
                              "hotkey": hotkey.ss58Address, "cost_rao": Int(cost)])
    }
}
