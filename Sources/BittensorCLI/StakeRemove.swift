import ArgumentParser
import Primitives

/// `btcli stake remove`: unstakes alpha from a hotkey in a subnet back to the coldkey as TAO.
struct StakeRemove: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Unstake alpha from a hotkey on a subnet.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @Option(name: .customLong("amount"), help: "Alpha to unstake.") var amount: String?
    @Flag(name: .customLong("all"), help: "Unstake everything this coldkey has on the hotkey in the subnet.")
    var all = false

    func validate() throws {
        guard (amount == nil) != !all else { throw ValidationError("give exactly one of --amount or --all") }
    }

    func run(on session: ChainSession) async throws {
        let hotkey = try session.hotkeyAccount()
        let coldkey = try session.coldkey()
        let alpha: UInt64
        if let amount {
            alpha = try Amount.rao(amount)
        } else {
            let stakes = try await session.client.stakeInfo(coldkey: try AccountId32(coldkey.publicKey))
            alpha = stakes.filter { $0.hotkey == hotkey && $0.netuid == subnet.netuid }.reduce(0) { $0 + $1.stake }
            guard alpha > 0 else { throw CLIError("no stake on \(hotkey) in subnet \(subnet.netuid)") }
        }
        try options.prompt.confirm("Unstake \(Amount.display(alpha, symbol: "α")) from \(hotkey) on subnet \(subnet.netuid)?")
        let receipt = try await session.submit(
            .subtensor(.removeStake(hotkey: hotkey, netuid: subnet.netuid, amount: alpha)), signer: coldkey, action: "Unstake")
        let tao = receipt.subtensorEvents.reduce(UInt64(0)) { sum, event in
            if case .stakeRemoved(_, _, let tao, _, _, _) = event { sum + tao } else { sum }
        }
        session.report(receipt, "Unstaked \(Amount.display(alpha, symbol: "α")) for \(Amount.display(tao))",
                       data: ["netuid": Int(subnet.netuid), "hotkey": hotkey.ss58Address, "alpha_rao": Int(alpha),
                              "tao_rao": Int(tao)])
    }
}
