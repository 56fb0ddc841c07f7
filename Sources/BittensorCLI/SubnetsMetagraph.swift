import ArgumentParser
import Client
import Primitives

/// `btcli subnets metagraph`: every neuron of a subnet with stake, incentive, dividends, emission, permits and axons,
/// from the `get_metagraph` runtime API; with `--weights`, also each neuron's weights and bonds, read with the
/// Client's `SubnetMetagraph` (full neurons).
struct SubnetsMetagraph: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "metagraph", abstract: "Show a subnet's metagraph.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @Flag(name: .customLong("weights"), help: "Also show each neuron's weights and bonds.") var showWeights = false

    func run(on session: ChainSession) async throws {
        let graph = try await subnet.metagraph(session.client)
        let full = showWeights ? try await SubnetMetagraph(netuid: subnet.netuid, client: session.client, lite: false) : nil
        var table = TextTable(
            headers: ["UID", "Hotkey", "Coldkey", "Stake (α)", "Incentive", "Dividends", "Emission (α)", "VPermit", "Axon"],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .left, .left])
        var neurons: [[String: Any]] = []
        var weightLines: [String] = []
        for uid in graph.hotkeys.indices {
            var neuron = graph.neuron(uid)
            if let full, uid < full.n {
                let nonZero = { (row: [UInt16]) in row.enumerated().filter { $0.element > 0 }.map { [$0.offset, Int($0.element)] } }
                neuron["weights"] = nonZero(full.weights?[uid] ?? [])
                neuron["bonds"] = nonZero(full.bonds?[uid] ?? [])
                let weights = nonZero(full.weights?[uid] ?? [])
                if !weights.isEmpty {
                    weightLines.append("uid \(uid) weights " + weights.map { "\($0[0]):\($0[1])" }.joined(separator: " "))
                }
            }
            neurons.append(neuron)
            table.rows.append(["\(uid)", graph.hotkeys[uid].ss58Address, graph.coldkeys[uid].ss58Address,
                               Amount.display(graph.alphaStake[safe: uid], symbol: "α"),
                               String(format: "%.4f", neuron["incentive"] as? Double ?? 0),
                               String(format: "%.4f", neuron["dividends"] as? Double ?? 0),
                               Amount.display(graph.emission[safe: uid], symbol: "α"),
                               graph.validatorPermit[safe: uid] ? "*" : "", neuron["axon"] as? String ?? ""])
        }
        let data: [String: Any] = [
            "netuid": Int(graph.netuid), "block": Int(graph.block), "tempo": Int(graph.tempo),
            "blocks_since_last_step": Int(graph.blocksSinceLastStep), "last_step": Int(graph.lastStep),
            "weights_rate_limit": Int(graph.weightsRateLimit), "burn_rao": Int(graph.burn), "neurons": neurons,
        ]
        session.show(data, text: "Subnet \(graph.netuid) at block \(graph.block) (tempo \(graph.tempo))\n"
            + table.render() + (weightLines.isEmpty ? "" : "\n" + weightLines.joined(separator: "\n")))
    }
}

extension Metagraph {
    /// One neuron's row for JSON: u16 proportions as fractions of 1, amounts in rao.
    func neuron(_ uid: Int) -> [String: Any] {
        let axon = axons.indices.contains(uid) ? axons[uid] : nil
        return [
            "uid": uid, "hotkey": hotkeys[uid].ss58Address, "coldkey": coldkeys[uid].ss58Address,
            "active": active[safe: uid], "validator_permit": validatorPermit[safe: uid],
            "stake_rao": Int(alphaStake[safe: uid]), "tao_stake_rao": Int(taoStake[safe: uid]),
            "total_stake_rao": Int(totalStake[safe: uid]),
            "incentive": Double(incentives[safe: uid]) / 65535, "dividends": Double(dividends[safe: uid]) / 65535,
            "consensus": Double(consensus[safe: uid]) / 65535, "trust": Double(trust[safe: uid]) / 65535,
            "rank": Double(rank[safe: uid]) / 65535, "emission_rao": Int(emission[safe: uid]),
            "last_update": Int(lastUpdate[safe: uid]), "block_at_registration": Int(blockAtRegistration[safe: uid]),
            "axon": axon.map { $0.port == 0 ? "" : "\(AxonIP.text(ip: $0.ip, type: $0.ipType)):\($0.port)" } ?? "",
        ]
    }
}

extension Array {
    /// The element at `index`, or the type's zero when the runtime sent a shorter vector.
    subscript(safe index: Int) -> Element where Element: AdditiveArithmetic {
        indices.contains(index) ? self[index] : .zero
    }
}

extension Array where Element == Bool {
    /// The flag at `index`, false when the vector is shorter.
    subscript(safe index: Int) -> Bool { indices.contains(index) && self[index] }
}
