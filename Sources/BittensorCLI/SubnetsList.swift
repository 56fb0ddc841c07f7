import ArgumentParser
import Client
import Primitives

/// `btcli subnets list`: every subnet with its pool, price and emission.
struct SubnetsList: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the subnets.")

    @OptionGroup var options: ChainOptions

    func run(on session: ChainSession) async throws {
        let subnets = try await session.client.allDynamicInfo()
        var table = TextTable(headers: ["Netuid", "Name", "Price (τ/α)", "Emission (τ)", "TAO pool", "Alpha pool", "Tempo"],
                              alignments: [.right, .left, .right, .right, .right, .right, .right])
        for subnet in subnets {
            table.rows.append(["\(subnet.netuid)", subnet.displayName, String(format: "%.6f", subnet.price),
                               Amount.display(subnet.taoInEmission), Amount.display(subnet.taoIn),
                               Amount.display(subnet.alphaIn, symbol: "α"),
                               "\(subnet.blocksSinceLastStep)/\(subnet.tempo)"])
        }
        session.show(subnets.map { subnet -> [String: Any] in
            ["netuid": Int(subnet.netuid), "name": subnet.displayName, "price": subnet.price,
             "owner_coldkey": subnet.ownerColdkey.ss58Address, "owner_hotkey": subnet.ownerHotkey.ss58Address,
             "tao_in_rao": Int(subnet.taoIn), "alpha_in_rao": Int(subnet.alphaIn), "alpha_out_rao": Int(subnet.alphaOut),
             "tempo": Int(subnet.tempo), "blocks_since_last_step": Int(subnet.blocksSinceLastStep),
             "emission_rao": Int(subnet.taoInEmission)]
        }, text: table.render())
    }
}
