import ArgumentParser
import Primitives

/// `btcli wallet transfer`: sends TAO from the coldkey to another account.
struct WalletTransfer: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: "Send TAO to another account.")

    @OptionGroup var options: ChainOptions
    @Option(name: [.customLong("dest"), .customLong("destination")], help: "The recipient's SS58 address.")
    var destination: String
    @Option(name: .customLong("amount"), help: "TAO to send.") var amount: String
    @Flag(name: .customLong("allow-death"), help: "Allow the transfer to empty the sending account.")
    var allowDeath = false

    func run(on session: ChainSession) async throws {
        let dest = try AccountId32(argument: destination, flag: "--dest")
        let rao = try Amount.rao(amount)
        let coldkey = try session.coldkey()
        try options.prompt.confirm("Transfer \(Amount.display(rao)) from \(coldkey.ss58Address) to \(dest)?")
        let call: RuntimeCall = .balances(allowDeath ? .transferAllowDeath(dest: .id(dest), value: rao)
                                                     : .transferKeepAlive(dest: .id(dest), value: rao))
        let receipt = try await session.submit(call, signer: coldkey, action: "Transfer")
        session.report(receipt, "Transferred \(Amount.display(rao)) to \(dest)",
                       data: ["destination": dest.ss58Address, "amount_rao": Int(rao), "amount": Amount.tao(rao)])
    }
}
