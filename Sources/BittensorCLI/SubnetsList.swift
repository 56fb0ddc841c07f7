import ArgumentParser
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

extension DynamicInfo {
    /// The subnet's name, or `subnet N` when it has none.
    var displayName: String {
        subnetName.isEmpty ? (netuid == 0 ? "root" : "subnet \(netuid)") : String(decoding: subnetName, as: UTF8.self)
    }

    /// TAO per alpha in the pool (1 for root and for an empty pool).
    var price: Double { netuid == 0 || alphaIn == 0 ? 1 : Double(taoIn) / Double(alphaIn) }
}
