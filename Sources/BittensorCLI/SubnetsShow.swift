import ArgumentParser
import Client
import Primitives

/// `btcli subnets show`: one subnet at a glance, as Python btcli shows it: its owner, pool, price and emission,
/// then its neurons by stake, from the `get_dynamic_info` and `get_metagraph` runtime APIs.
struct SubnetsShow: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a subnet and its neurons.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption

    func run(on session: ChainSession) async throws {
        let graph = try await subnet.metagraph(session.client)
        guard let info = try await session.client.dynamicInfo(netuid: subnet.netuid) else {
            throw CLIError("subnet \(subnet.netuid) does not exist; see `btcli subnets list`")
        }
        let symbol = info.tokenSymbol.isEmpty ? "α" : String(decoding: info.tokenSymbol, as: UTF8.self)
        let byStake = graph.hotkeys.indices.sorted { (graph.alphaStake[safe: $0], $1) > (graph.alphaStake[safe: $1], $0) }
        var table = TextTable(
            headers: ["UID", "Stake (\(symbol))", "Dividends", "Incentive", "Emission (\(symbol))", "VPermit", "Hotkey",
                      "Coldkey"],
            alignments: [.right, .right, .right, .right, .right, .left, .left, .left])
        for uid in byStake {
            let neuron = graph.neuron(uid)
            table.rows.append(["\(uid)", Amount.display(graph.alphaStake[safe: uid], symbol: symbol),
                               String(format: "%.4f", neuron["dividends"] as? Double ?? 0),
                               String(format: "%.4f", neuron["incentive"] as? Double ?? 0),
                               Amount.display(graph.emission[safe: uid], symbol: symbol),
                               graph.validatorPermit[safe: uid] ? "*" : "", graph.hotkeys[uid].ss58Address,
                               graph.coldkeys[uid].ss58Address])
        }
        let summary = """
            Subnet \(info.netuid): \(info.displayName) (\(symbol)), registered at block \(info.networkRegisteredAt)
            Owner: \(info.ownerColdkey.ss58Address) (hotkey \(info.ownerHotkey.ss58Address))
            Price: \(String(format: "%.6f", info.price)) τ/\(symbol)   TAO pool: \(Amount.display(info.taoIn))   \
            Alpha pool: \(Amount.display(info.alphaIn, symbol: symbol))   Alpha out: \(Amount.display(info.alphaOut, symbol: symbol))
            Emission: \(Amount.display(info.taoInEmission)) per block   Tempo: \(info.blocksSinceLastStep)/\(info.tempo) \
            blocks   Neurons: \(graph.hotkeys.count)/\(graph.maxUids)
            """
        session.show([
            "netuid": Int(info.netuid), "name": info.displayName, "symbol": symbol,
            "owner_coldkey": info.ownerColdkey.ss58Address, "owner_hotkey": info.ownerHotkey.ss58Address,
            "registered_at": Int(info.networkRegisteredAt), "price": info.price, "tao_in_rao": Int(info.taoIn),
            "alpha_in_rao": Int(info.alphaIn), "alpha_out_rao": Int(info.alphaOut),
            "emission_rao": Int(info.taoInEmission), "tempo": Int(info.tempo),
            "blocks_since_last_step": Int(info.blocksSinceLastStep), "max_uids": Int(graph.maxUids),
            "neurons": byStake.map { graph.neuron($0) },
        ], text: summary + "\n\n" + table.render())
    }
}
