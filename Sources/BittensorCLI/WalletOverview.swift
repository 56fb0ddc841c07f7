import ArgumentParser
import Primitives

/// `btcli wallet overview`: the coldkey's balance and every neuron its hotkeys hold, subnet by subnet.
struct WalletOverview: ChainCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview", abstract: "Show a coldkey's balance and its hotkeys' neurons on every subnet.")

    @OptionGroup var options: ChainOptions

    func run(on session: ChainSession) async throws {
        let coldkey = try session.coldkeyAccount()
        let info = try await session.client.accountInfo(coldkey)
        var table = TextTable(
            headers: ["Netuid", "UID", "Hotkey", "Stake (α)", "Incentive", "Dividends", "Emission (α)", "VPermit"],
            alignments: [.right, .right, .left, .right, .right, .right, .right, .left])
        var neurons: [[String: Any]] = []
        for subnet in try await session.client.allDynamicInfo() {
            guard let graph = try await session.client.metagraph(netuid: subnet.netuid) else { continue }
            for uid in graph.coldkeys.indices where graph.coldkeys[uid] == coldkey {
                let value = { (vector: [UInt64]) in uid < vector.count ? vector[uid] : 0 }
                let fraction = { (vector: [UInt16]) in uid < vector.count ? Double(vector[uid]) / 65535 : 0 }
                let permit = uid < graph.validatorPermit.count && graph.validatorPermit[uid]
                table.rows.append(["\(subnet.netuid)", "\(uid)", graph.hotkeys[uid].ss58Address,
                                   Amount.display(value(graph.alphaStake), symbol: "α"),
                                   String(format: "%.4f", fraction(graph.incentives)),
                                   String(format: "%.4f", fraction(graph.dividends)),
                                   Amount.display(value(graph.emission), symbol: "α"), permit ? "*" : ""])
                neurons.append(["netuid": Int(subnet.netuid), "uid": uid, "hotkey": graph.hotkeys[uid].ss58Address,
                                "stake_rao": Int(value(graph.alphaStake)), "incentive": fraction(graph.incentives),
                                "dividends": fraction(graph.dividends), "emission_rao": Int(value(graph.emission)),
                                "validator_permit": permit])
            }
        }
        session.show(["coldkey": coldkey.ss58Address, "free_rao": Int(info.free), "neurons": neurons],
                     text: "Wallet \(options.wallet.name) (\(coldkey.ss58Address)): \(Amount.display(info.free)) free\n"
                         + (neurons.isEmpty ? "No registered hotkeys." : table.render()))
    }
}
