import ArgumentParser
import Primitives

/// `btcli stake transfer`: gives the coldkey's alpha on the wallet's hotkey to another coldkey, within or across subnets.
struct StakeTransfer: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: "Transfer stake to another coldkey.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var route: StakeRouteOptions
    @Option(name: .customLong("dest"), help: "The destination coldkey's SS58 address.") var destination: String

    func run(on session: ChainSession) async throws {
        let recipient = try AccountId32(argument: destination, flag: "--dest")
        let alpha = try Amount.rao(route.amount)
        let hotkey = try session.hotkeyAccount()
        let coldkey = try session.coldkey()
        try options.prompt.confirm("Transfer \(Amount.display(alpha, symbol: "α")) staked on \(hotkey) to coldkey \(recipient)?")
        let call = SubtensorCall.transferStake(destinationColdkey: recipient, hotkey: hotkey, originNetuid: route.originNetuid,
                                               destinationNetuid: route.destinationNetuid, alphaAmount: alpha)
        let receipt = try await session.submit(.subtensor(call), signer: coldkey, action: "Transfer stake")
        session.report(receipt, "Transferred \(Amount.display(alpha, symbol: "α")) of stake to \(recipient)",
                       data: ["destination_coldkey": recipient.ss58Address, "alpha_rao": Int(alpha)])
    }
}
