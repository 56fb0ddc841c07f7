import ArgumentParser
import Primitives

/// `btcli stake list`: every stake the coldkey holds, per hotkey and subnet.
struct StakeList: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a coldkey's stakes.")

    @OptionGroup var options: ChainOptions

    func run(on session: ChainSession) async throws {
        let coldkey = try session.coldkeyAccount()
        let stakes = try await session.client.stakeInfo(coldkey: coldkey)
        var table = TextTable(headers: ["Netuid", "Hotkey", "Stake (α)", "Emission (α)", "Registered"],
                              alignments: [.right, .left, .right, .right, .left])
        for stake in stakes {
            table.rows.append(["\(stake.netuid)", stake.hotkey.ss58Address, Amount.display(stake.stake, symbol: "α"),
                               Amount.display(stake.emission, symbol: "α"), stake.isRegistered ? "yes" : "no"])
        }
        session.show(stakes.map { stake -> [String: Any] in
            ["netuid": Int(stake.netuid), "hotkey": stake.hotkey.ss58Address, "stake_rao": Int(stake.stake),
             "emission_rao": Int(stake.emission), "is_registered": stake.isRegistered]
        }, text: "Stakes of \(coldkey)\n" + table.render())
    }
}
