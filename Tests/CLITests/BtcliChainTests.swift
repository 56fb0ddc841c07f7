import Foundation
import Testing

/// btcli against a real `subtensor --dev --sealing instant` process, through `--json` only: fund wallets, create and
/// start a subnet, register a validator and two miners, stake, serve axons, set weights, and watch an epoch pay
/// incentive to the miners and dividends to the validator.
@Suite("btcli chain commands against a dev node", .serialized)
final class BtcliChainTests {
    let root: String
    let node: LocalNode

    init() throws {
        root = try ProcessRunner.temporaryDirectory()
        node = try LocalNode(["--dev", "--sealing", "instant"])
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Runs btcli with `--json`, the node and the test's wallet directory; returns `data` of a successful result.
    @discardableResult
    private func btcli(_ arguments: [String], wallet: String, hotkey: String = "default") throws -> [String: Any] {
        let result = try run(arguments, wallet: wallet, hotkey: hotkey)
        let object = try result.json()
        guard result.status == 0, object["success"] as? Bool == true else {
            throw TestFailure("btcli \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stdout) \(result.stderr)")
        }
        return object["data"] as? [String: Any] ?? ["items": object["data"] as Any]
    }

    private func run(_ arguments: [String], wallet: String, hotkey: String = "default") throws -> ProcessResult {
        let offline = arguments.starts(with: ["wallet", "create"])
        return try ProcessRunner.run(ProcessRunner.btcli, arguments + [
            "--wallet.path", root, "--wallet.name", wallet, "--wallet.hotkey", hotkey, "--json",
        ] + (offline ? [] : ["--subtensor.network", node.url, "--no-prompt"]), timeout: 60)
    }

    private func metagraph(_ netuid: Int) throws -> [[String: Any]] {
        try btcli(["subnets", "metagraph", "--netuid", "\(netuid)"], wallet: "alice")["neurons"] as? [[String: Any]] ?? []
    }

    /// Produces one block with a tiny transfer from Alice (instant sealing seals a block per transaction).
    private func advance(to destination: String) throws {
        try btcli(["wallet", "transfer", "--dest", destination, "--amount", "0.001"], wallet: "alice")
    }

    /// Advances a block at a time, at most `limit` blocks, until `done` holds.
    private func advance(to destination: String, limit: Int, until done: () throws -> Bool) throws {
        for _ in 0..<limit {
            if try done() { return }
            try advance(to: destination)
        }
        guard try done() else { throw TestFailure("condition not met within \(limit) blocks") }
    }

    @Test("with commit-reveal on, weights are committed, refused before their reveal epoch, then revealed")
    func commitReveal() throws {
        try btcli(["wallet", "create", "--uri", "alice", "--no-use-password"], wallet: "alice")
        let owner = try btcli(["wallet", "create", "--no-use-password"], wallet: "cr-owner")
        try btcli(["wallet", "transfer", "--dest", try #require(owner["coldkey_ss58"] as? String), "--amount", "1000"],
                  wallet: "alice")
        try btcli(["wallet", "transfer", "--dest", try #require(owner["hotkey_ss58"] as? String), "--amount", "1"],
                  wallet: "alice")
        let netuid = try #require(try btcli(["subnets", "create"], wallet: "cr-owner")["netuid"] as? Int)
        try btcli(["subnets", "start", "--netuid", "\(netuid)"], wallet: "cr-owner")
        try btcli(["sudo", "set", "--netuid", "\(netuid)", "--param", "commit_reveal_weights_enabled", "--value", "true"],
                  wallet: "alice")
        try btcli(["sudo", "set", "--netuid", "\(netuid)", "--param", "weights_rate_limit", "--value", "0"], wallet: "alice")
        // The owner's hotkey (uid 0) may weight itself without a validator permit.
        let weights = ["--netuid", "\(netuid)", "--uids", "0", "--weights", "1"]
        let refused = try run(["weights", "set"] + weights, wallet: "cr-owner")
        #expect(refused.status == 1)
        #expect(try refused.json()["error_name"] as? String == "CommitRevealEnabled")
        let commit = try btcli(["weights", "commit"] + weights + ["--salt", "7,8,9"], wallet: "cr-owner")
        #expect((commit["commit_hash"] as? String)?.count == 66 && commit["salt"] as? [Int] == [7, 8, 9])
        let early = try run(["weights", "reveal"] + weights + ["--salt", "7,8,9"], wallet: "cr-owner")
        #expect(early.status == 1)
        #expect(try early.json()["error_name"] as? String == "RevealTooEarly")
        let wrongSalt = try run(["weights", "reveal"] + weights + ["--salt", "1"], wallet: "cr-owner")
        #expect(wrongSalt.status == 1)
        var revealed = false
        for _ in 0..<30 where !revealed {
            let attempt = try run(["weights", "reveal"] + weights + ["--salt", "7,8,9"], wallet: "cr-owner")
            revealed = attempt.status == 0
            if !revealed {
                #expect(try attempt.json()["error_name"] as? String == "RevealTooEarly", "\(attempt.stdout)")
                try advance(to: try #require(owner["coldkey_ss58"] as? String))
            }
        }
        #expect(revealed)
    }

    @Test("fund, create a subnet, register, stake, serve, set weights, and see an epoch pay incentive and dividends")
    func subnetLifecycle() throws {
        let alice = try btcli(["wallet", "create", "--uri", "alice", "--no-use-password"], wallet: "alice")
        #expect(alice["coldkey_ss58"] as? String == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        var coldkeys: [String: String] = [:]
        var hotkeys: [String: String] = [:]
        for name in ["owner", "validator", "miner1", "miner2"] {
            let created = try btcli(["wallet", "create", "--no-use-password"], wallet: name)
            coldkeys[name] = try #require(created["coldkey_ss58"] as? String)
            hotkeys[name] = try #require(created["hotkey_ss58"] as? String)
            try btcli(["wallet", "transfer", "--dest", coldkeys[name]!, "--amount", name == "owner" ? "1000" : "50"],
                      wallet: "alice")
            // Hotkeys keep no TAO: set_weights and serve_axon are free (subtensor's Pays::No).
        }
        let faucet = try btcli(["wallet", "faucet"], wallet: "validator")
        #expect(faucet["amount_rao"] as? Int == 1_000_000_000_000)
        let balance = try btcli(["wallet", "balance"], wallet: "validator")
        #expect(balance["free_rao"] as? Int == 1_050_000_000_000 - (faucet["fee_rao"] as? Int ?? 0))

        let netuid = try #require(try btcli(["subnets", "create"], wallet: "owner")["netuid"] as? Int)
        let listed = try btcli(["subnets", "list"], wallet: "alice")["items"] as? [[String: Any]] ?? []
        #expect(listed.contains { $0["netuid"] as? Int == netuid && $0["owner_coldkey"] as? String == coldkeys["owner"] })
        try btcli(["subnets", "start", "--netuid", "\(netuid)"], wallet: "owner")
        try btcli(["sudo", "set", "--netuid", "\(netuid)", "--param", "weights_rate_limit", "--value", "0"], wallet: "alice")
        let parameters = try btcli(["subnets", "hyperparameters", "--netuid", "\(netuid)"], wallet: "alice")
        #expect(parameters["weights_rate_limit"] as? Int == 0)
        #expect(parameters["tempo"] as? Int == 10)
        let one = try btcli(["sudo", "get", "--netuid", "\(netuid)", "--param", "weights_rate_limit"], wallet: "alice")
        #expect(one.count == 1 && one["weights_rate_limit"] as? Int == 0)

        var uids: [String: Int] = [:]
        for name in ["validator", "miner1", "miner2"] {
            #expect(try btcli(["subnets", "burn-cost", "--netuid", "\(netuid)"], wallet: name)["burn_cost_rao"] as? Int ?? 0 > 0)
            uids[name] = try #require(try btcli(["subnets", "register", "--netuid", "\(netuid)"], wallet: name)["uid"] as? Int)
        }
        try btcli(["stake", "add", "--netuid", "\(netuid)", "--amount", "100"], wallet: "validator")
        let stakes = try btcli(["stake", "list"], wallet: "validator")["items"] as? [[String: Any]] ?? []
        #expect(stakes.contains { $0["netuid"] as? Int == netuid && ($0["stake_rao"] as? Int ?? 0) > 0 })
        for (name, port) in [("miner1", 8091), ("miner2", 8092)] {
            try btcli(["axon", "set", "--netuid", "\(netuid)", "--ip", "127.0.0.1", "--port", "\(port)"], wallet: name)
        }

        let overdrawn = try run(["stake", "add", "--netuid", "\(netuid)", "--amount", "1000"], wallet: "miner1")
        #expect(overdrawn.status == 1)
        #expect(try overdrawn.json()["error_name"] as? String == "NotEnoughBalanceToStake")

        let validator = uids["validator"]!, miners = [uids["miner1"]!, uids["miner2"]!]
        try advance(to: coldkeys["owner"]!, limit: 25) {
            try metagraph(netuid)[validator]["validator_permit"] as? Bool == true
        }
        try btcli(["weights", "set", "--netuid", "\(netuid)", "--uids", miners.map(String.init).joined(separator: ","),
                   "--weights", "0.5,0.5"], wallet: "validator")
        try advance(to: coldkeys["owner"]!, limit: 40) {
            let neurons = try metagraph(netuid)
            return miners.allSatisfy { (neurons[$0]["incentive"] as? Double ?? 0) > 0 }
                && (neurons[validator]["dividends"] as? Double ?? 0) > 0
        }
        let neurons = try metagraph(netuid)
        #expect(neurons[miners[0]]["axon"] as? String == "127.0.0.1:8091")
        let withWeights = try btcli(["subnets", "metagraph", "--netuid", "\(netuid)", "--weights"], wallet: "alice")
        let validatorRow = (withWeights["neurons"] as? [[String: Any]])?[validator]
        #expect((validatorRow?["weights"] as? [[Int]])?.map { $0[0] } == miners, "the validator's weights to the miners")
        let shown = try btcli(["subnets", "show", "--netuid", "\(netuid)"], wallet: "alice")
        #expect(shown["owner_coldkey"] as? String == coldkeys["owner"])
        let shownNeurons = shown["neurons"] as? [[String: Any]] ?? []
        #expect(shownNeurons.count == neurons.count)
        let shownStakes = shownNeurons.map { $0["stake_rao"] as? Int ?? -1 }
        #expect(shownStakes == shownStakes.sorted(by: >), "neurons by stake: \(shownStakes)")
        #expect(neurons[validator]["hotkey"] as? String == hotkeys["validator"])
        #expect(miners.allSatisfy { (neurons[$0]["emission_rao"] as? Int ?? 0) > 0 })
        let overview = try btcli(["wallet", "overview"], wallet: "validator")["neurons"] as? [[String: Any]] ?? []
        #expect(overview.count == 1)
        #expect(overview.first?["netuid"] as? Int == netuid && overview.first?["uid"] as? Int == validator)
        #expect(overview.first?["dividends"] as? Double ?? 0 > 0)

        let unstaked = try btcli(["stake", "remove", "--netuid", "\(netuid)", "--amount", "1"], wallet: "validator")
        #expect(unstaked["tao_rao"] as? Int ?? 0 > 0)
        try btcli(["stake", "move", "--origin-netuid", "\(netuid)", "--dest", hotkeys["miner1"]!, "--amount", "1"],
                  wallet: "validator")
        try btcli(["stake", "transfer", "--origin-netuid", "\(netuid)", "--dest", coldkeys["owner"]!, "--amount", "1"],
                  wallet: "validator")
        let ownerStakes = try btcli(["stake", "list"], wallet: "owner")["items"] as? [[String: Any]] ?? []
        #expect(ownerStakes.contains { $0["hotkey"] as? String == hotkeys["validator"] && ($0["stake_rao"] as? Int ?? 0) > 0 })
        try btcli(["sudo", "set", "--netuid", "\(netuid)", "--param", "weights_rate_limit", "--value", "100"], wallet: "alice")
        let tooFast = try run(["weights", "set", "--netuid", "\(netuid)", "--uids", "\(miners[0])", "--weights", "1"],
                              wallet: "validator")
        #expect(tooFast.status == 1)
        let refusal = try tooFast.json()
        #expect(refusal["error_name"] as? String == "SettingWeightsTooFast")
        #expect((refusal["error"] as? String ?? "").contains("can set weights again in"))
    }
}
