import Client
import ExampleSynapses
import Foundation
import Keys
import Logging
import Neurons
import Primitives
import Synchronization
import Testing
import Wallet

/// The base miner and validator against a real `subtensor --dev` (250 ms blocks, tempo 10): the miner announces
/// its axon, refuses callers that are not registered validators, the validator queries and scores it, sets
/// weights, the chain pays the miner incentive, and a restarted validator keeps its scores.
@Suite("Base miner and validator on a dev chain", .serialized)
final class BaseNeuronsTests {
    let root: String
    let node: LocalNode

    init() throws {
        root = try ProcessRunner.temporaryDirectory()
        node = try LocalNode(["--dev"])
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    private func btcli(_ arguments: [String], wallet: String) throws -> [String: Any] {
        let offline = arguments.starts(with: ["wallet", "create"])
        let result = try ProcessRunner.run(ProcessRunner.btcli, arguments + [
            "--wallet.path", root, "--wallet.name", wallet, "--json",
        ] + (offline ? [] : ["--subtensor.network", node.url, "--no-prompt"]), timeout: 60)
        let object = try result.json()
        guard result.status == 0, object["success"] as? Bool == true else {
            throw TestFailure("btcli \(arguments.joined(separator: " ")) failed: \(result.stdout) \(result.stderr)")
        }
        return object["data"] as? [String: Any] ?? [:]
    }

    private func hotkey(_ wallet: String) throws -> Keypair {
        try Wallet(name: wallet, path: root).hotkeyFile.read().keypair()
    }

    /// A subnet with an owner, a validator staking 100 TAO and a miner, weights unlimited in rate; its netuid.
    private func subnetWithValidatorAndMiner(prefix: String, commitReveal: Bool = false) throws -> Int {
        try btcli(["wallet", "create", "--uri", "alice", "--no-use-password", "--overwrite"], wallet: "alice")
        for name in ["owner", "validator", "miner"] {
            let created = try btcli(["wallet", "create", "--no-use-password"], wallet: prefix + name)
            try btcli(["wallet", "transfer", "--dest", try #require(created["coldkey_ss58"] as? String), "--amount",
                       name == "owner" ? "1000" : "200"], wallet: "alice")
        }
        let netuid = try #require(try btcli(["subnets", "create"], wallet: prefix + "owner")["netuid"] as? Int)
        try btcli(["subnets", "start", "--netuid", "\(netuid)"], wallet: prefix + "owner")
        try btcli(["sudo", "set", "--netuid", "\(netuid)", "--param", "weights_rate_limit", "--value", "0"], wallet: "alice")
        if commitReveal {
            try btcli(["sudo", "set", "--netuid", "\(netuid)", "--param", "commit_reveal_weights_enabled", "--value",
                       "true"], wallet: "alice")
        }
        for name in ["validator", "miner"] {
            try btcli(["subnets", "register", "--netuid", "\(netuid)"], wallet: prefix + name)
        }
        try btcli(["stake", "add", "--netuid", "\(netuid)", "--amount", "100"], wallet: prefix + "validator")
        return netuid
    }

    /// A miner serving `Dummy` (doubling) on `netuid` until the returned task is cancelled, and the port it bound.
    private func startMiner(_ wallet: String, netuid: Int, client: Client) async throws -> (Task<Void, any Error>, BoundPort) {
        var axon = Axon(keypair: try hotkey(wallet), configuration: AxonConfiguration(port: 0))
        axon.attach(Dummy.self) { synapse, _ in Dummy(input: synapse.input, output: synapse.input * 2) }
        let miner = try await Miner(netuid: UInt16(netuid), client: client, axon: axon, resyncInterval: .seconds(1))
        var logger = Logger(label: "test-miner")
        logger.logLevel = .critical
        let servedPort = BoundPort()
        let serving = Task { try await miner.run(logger: logger) { port in servedPort.value.withLock { $0 = port } } }
        return (serving, servedPort)
    }

    @Test func withCommitRevealTheValidatorCommitsThenReveals() async throws {
        let netuid = try subnetWithValidatorAndMiner(prefix: "cr-", commitReveal: true)
        let client = try Client(url: node.url, timeout: .seconds(30))
        let (serving, _) = try await startMiner("cr-miner", netuid: netuid, client: client)
        defer { serving.cancel() }
        let validator = try await Validator<Dummy>(
            netuid: UInt16(netuid), hotkey: try hotkey("cr-validator"), client: client,
            configuration: .init(sampleSize: 4, movingAverageAlpha: 0.5, epochLength: 1, queryTimeout: 5,
                                 statePath: root + "/cr-validator/state.json"),
            makeSynapse: { Dummy(input: $0 + 1) },
            reward: { responses in responses.map { $0.isSuccess ? 1 : 0 } })
        var actions: [String] = []
        for _ in 0..<160 where !actions.contains("reveal") {
            let report = try await validator.step()
            if let action = report.weightsAction { actions.append(action) }
            if let error = report.weightsError { actions.append("error \(error)") }
            try await Task.sleep(for: .milliseconds(250))
        }
        #expect(actions.first == "commit" && actions.contains("reveal"), "\(actions)")
        #expect(!actions.contains("set"), "commit-reveal subnets never take set_weights")
    }

    @Test func minerAndValidatorEarnOnAChain() async throws {
        let netuid = try subnetWithValidatorAndMiner(prefix: "")

        let client = try Client(url: node.url, timeout: .seconds(30))
        let (serving, servedPort) = try await startMiner("miner", netuid: netuid, client: client)
        defer { serving.cancel() }

        let statePath = root + "/validator/state.json"
        let configuration = Validator<Dummy>.Configuration(sampleSize: 4, movingAverageAlpha: 0.5, epochLength: 1,
                                                            queryTimeout: 5, statePath: statePath)
        let makeValidator = { [root] in
            try await Validator<Dummy>(
                netuid: UInt16(netuid), hotkey: try Wallet(name: "validator", path: root).hotkeyFile.read().keypair(),
                client: client, configuration: configuration, makeSynapse: { Dummy(input: $0 + 1) },
                reward: { responses in responses.map { $0.isSuccess && $0.synapse.output == 2 * $0.synapse.input ? 1 : 0 } })
        }
        let validator = try await makeValidator()
        let minerHotkey = try AccountId32(try hotkey("miner").publicKey)
        var earned = false
        for _ in 0..<120 where !earned {
            let report = try await validator.step()
            let graph = try await SubnetMetagraph(netuid: UInt16(netuid), client: client)
            let uid = try #require(graph.uid(of: minerHotkey))
            earned = graph.incentive[Int(uid)] > 0 && report.queried.contains(uid)
            if !earned { try await Task.sleep(for: .milliseconds(250)) }
        }
        #expect(earned, "the miner earned incentive from the validator's weights")
        let graph = try await SubnetMetagraph(netuid: UInt16(netuid), client: client)
        let minerUID = Int(try #require(graph.uid(of: minerHotkey)))
        #expect(graph.axons[minerUID].port == UInt16(servedPort.value.withLock { $0 } ?? -1), "the miner announced its axon")
        let validatorUID = Int(try #require(graph.uid(of: try AccountId32(try hotkey("validator").publicKey))))
        #expect(graph.dividends[validatorUID] > 0)
        let score = try #require(validator.currentState.scores[minerHotkey.ss58Address])
        #expect(score > 0.5)

        let stranger = Dendrite(keypair: try Keypair(uri: "//Stranger", cryptoType: .sr25519))
        let target = AxonTarget(ip: "127.0.0.1", port: Int(graph.axons[minerUID].port), hotkey: minerHotkey.ss58Address)
        let refused = await stranger.call(target, Dummy(input: 1))
        #expect(refused.statusCode == 403, "an unregistered caller is blacklisted: \(refused.statusMessage ?? "")")

        let restarted = try await makeValidator()
        #expect(restarted.currentState.scores[minerHotkey.ss58Address] == score, "a restarted validator keeps its scores")
        #expect(restarted.currentState.steps == validator.currentState.steps)
    }
}

/// The port an axon bound, once it has.
final class BoundPort: Sendable {
    let value = Mutex<Int?>(nil)
}
