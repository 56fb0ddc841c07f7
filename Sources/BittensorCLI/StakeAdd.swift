import ArgumentParser
import Primitives

/// `btcli stake add`: stakes TAO from the coldkey onto a hotkey in a subnet (swapped into the subnet's alpha).
struct StakeAdd: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Stake TAO to a hotkey on a subnet.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @Option(name: .customLong("amount"), help: "TAO to stake.") var amount: String

    func run(on session: ChainSession) async throws {
        let hotkey = try session.hotkeyAccount()
        let rao = try Amount.rao(amount)
        let coldkey = try session.coldkey()
        try options.prompt.confirm("Stake \(Amount.display(rao)) to \(hotkey) on subnet \(subnet.netuid)?")
        let receipt = try await session.submit(.subtensor(.addStake(hotkey: hotkey, netuid: subnet.netuid, amount: rao)),
                                               signer: coldkey, action: "Stake")
        let alpha = receipt.subtensorEvents.reduce(UInt64(0)) { sum, event in
            if case .stakeAdded(_, _, _, let alpha, _, _) = event { sum + alpha } else { sum }
        }
        session.report(receipt, "Staked \(Amount.display(rao)) to \(hotkey) on subnet \(subnet.netuid) for \(Amount.display(alpha, symbol: "α"))",
                       data: ["netuid": Int(subnet.netuid), "hotkey": hotkey.ss58Address, "amount_rao": Int(rao),
                              "alpha_rao": Int(alpha)])
    }
}
