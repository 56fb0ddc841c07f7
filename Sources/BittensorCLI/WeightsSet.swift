import ArgumentParser
import Client
import Primitives

/// `btcli weights set`: sets the hotkey's weights on a subnet (beyond Python btcli, for scripts and validators).
struct WeightsSet: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a validator hotkey's weights.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var weightOptions: WeightOptions

    func run(on session: ChainSession) async throws {
        let arguments = try await weightOptions.arguments(subnet, client: session.client)
        let (uidList, values) = (arguments.uids, arguments.values)
        let hotkey = try session.hotkey()
        let account = try AccountId32(hotkey.publicKey)
        try options.prompt.confirm("Set weights \(zip(uidList, values).map { "\($0):\($1)" }.joined(separator: " ")) on subnet \(subnet.netuid)?")
        let receipt = try await session.submit(.subtensor(.setWeights(arguments)), signer: hotkey, action: "Set weights") { name in
            guard name == "SettingWeightsTooFast" else { return nil }
            return await blocksUntilWeights(session.client, hotkey: account).map {
                "this hotkey can set weights again in \($0) blocks"
            }
        }
        session.report(receipt, "Set weights on subnet \(subnet.netuid)",
                       data: ["netuid": Int(subnet.netuid), "uids": uidList.map(Int.init), "weights": values.map(Int.init)])
    }

    /// Blocks left before `hotkey` may set weights again: its last update plus the subnet's rate limit, minus now.
    private func blocksUntilWeights(_ client: Client, hotkey: AccountId32) async -> UInt64? {
        guard let graph = try? await client.metagraph(netuid: subnet.netuid),
              let uid = graph.hotkeys.firstIndex(of: hotkey), graph.lastUpdate.indices.contains(uid) else { return nil }
        let ready = graph.lastUpdate[uid] + graph.weightsRateLimit
        return ready > graph.block ? ready - graph.block : 1
    }
}

/// Weights as typed (`0.5,0.5`) into the chain's u16 form, scaled so the largest is 65535 as bittensor does.
enum WeightVector {
    /// Parses parallel uid and weight lists.
    /// - Throws: `CLIError` for unequal lengths, bad numbers, negative weights or all zeros.
    static func parse(uids: String, weights: String) throws -> ([UInt16], [UInt16]) {
        let uidList = try uids.split(separator: ",").map { text -> UInt16 in
            guard let uid = UInt16(text.trimmingCharacters(in: .whitespaces)) else { throw CLIError("--uids: '\(text)' is not a uid") }
            return uid
        }
        let raw = try weights.split(separator: ",").map { text -> Double in
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value >= 0, value.isFinite else {
                throw CLIError("--weights: '\(text)' is not a non-negative number")
            }
            return value
        }
        guard !uidList.isEmpty, uidList.count == raw.count else {
            throw CLIError("--uids and --weights must list the same number of entries (\(uidList.count) and \(raw.count))")
        }
        guard Set(uidList).count == uidList.count else { throw CLIError("--uids lists a uid twice") }
        guard let largest = raw.max(), largest > 0 else { throw CLIError("--weights are all zero") }
        return (uidList, raw.map { UInt16(($0 / largest * 65535).rounded()) })
    }
}
