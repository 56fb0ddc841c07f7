import ArgumentParser
import AsyncHTTPClient
import Client
import Foundation
import Keys
import Primitives

/// `localnet`: a whole Bittensor network on this machine. Starts a development chain (`subtensor --dev`),
/// creates and starts the reference subnet, registers and stakes its validators and registers its miners (n-gram
/// models of different orders and a neural model), starts them, and after every epoch of the subnet prints the
/// metagraph (uid, role, model, stake, incentive, dividends, emission, bits per byte) and the collective model's
/// bits per byte, as a table or, with `--json`, as one JSON object per line. Logs go to files under the work
/// folder; Ctrl-C stops every process it started.
@main
struct Localnet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "localnet", abstract: "Run a chain, the reference subnet, its validators and miners on this machine.")

    @Option(name: .customLong("epochs"), help: "Stop after this many epochs (default: run until Ctrl-C).") var epochs: Int?
    @Flag(name: .customLong("json"), help: "Print one JSON object per epoch on stdout, nothing else.") var json = false
    @Option(name: .customLong("validators"), help: "How many validators (1 or 2).") var validatorCount = 2
    @Option(name: .customLong("miners"),
            help: "The miners: comma-separated ngram:ORDER, neural, garbage (answers noise) or sleep (answers too late).")
    var miners = "ngram:1,ngram:3,ngram:5,neural"
    @Option(name: .customLong("train-minutes"), help: "How long a neural miner trains when it has no checkpoint.")
    var trainMinutes = 3.0
    @Option(name: .customLong("work-dir"), help: "Where logs, wallets, validator state and model checkpoints go.")
    var workDirectory = "~/.bittensor/localnet"
    @Option(name: .customLong("rpc-port"), help: "The node's JSON-RPC port (0 picks a free one).") var rpcPort = 9944
    @Option(name: .customLong("block-time"), help: "Milliseconds between blocks (the dev chain's 250 by default).")
    var blockTime: Int?
    @Option(name: .customLong("validator-timeout"), help: "Seconds a miner has to answer a validator.")
    var validatorTimeout = 2.0
    @Option(name: .customLong("dashboard-port"), help: "The dashboard's port (0 picks a free one).") var dashboardPort = 8080
    @Flag(name: .customLong("no-dashboard"), help: "Do not start the dashboard.") var noDashboard = false
    @Option(name: .customLong("restart-validator-after"),
            help: "Stop the first validator after this epoch and start it again (it keeps its scores).")
    var restartValidatorAfter: Int?

    func validate() throws {
        guard (1...2).contains(validatorCount) else { throw ValidationError("--validators must be 1 or 2") }
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        guard !(try NeuronPlan.miners(miners)).isEmpty else { throw ValidationError("--miners lists no miner") }
    }

    func run() async throws {
        let folders = try WorkFolders(root: (workDirectory as NSString).expandingTildeInPath)
        guard let binaries = Bundle.main.executableURL?.deletingLastPathComponent().path else {
            throw ValidationError("cannot tell where localnet's own executable is, so cannot find subtensor beside it")
        }
        let registry = ChildRegistry()
        do {
            try await runNetwork(folders: folders, binaries: binaries, registry: registry)
            registry.stopAll()
        } catch {
            registry.stopAll()
            throw error
        }
    }

    private func runNetwork(folders: WorkFolders, binaries: String, registry: ChildRegistry) async throws {
        let validators = (1...validatorCount).map { NeuronPlan(name: "validator-\($0)", role: .validator) }
        let minerPlans = try NeuronPlan.miners(miners)
        try ChainSetup.writeWallets(validators + minerPlans, path: folders.wallets)

        note("starting the chain node (logs: \(folders.logs)/subtensor.log)")
        let node = try ChildProcess(
            name: "subtensor", executable: "\(binaries)/subtensor",
            arguments: ["--dev", "--rpc-port", "\(rpcPort)", "--prometheus-port", "0"]
                + (blockTime.map { ["--block-time", "\($0)"] } ?? []),
            logPath: "\(folders.logs)/subtensor.log")
        registry.add(node)
        let port = try await node.waitForLogLine(prefix: "Running JSON-RPC server: addr=", timeout: 60)
        let url = "ws://127.0.0.1:\(port)"
        note("chain RPC at \(url)")
        let client = try Client(url: url, timeout: .seconds(30))

        note("creating the subnet, registering \(validators.count) validator(s) and \(minerPlans.count) miner(s)")
        let setup = ChainSetup(client: client, alice: try Keypair(uri: "//Alice", cryptoType: .sr25519))
        let stakes: [UInt64] = Array(repeating: 100, count: validators.count)
        let netuid = try await setup.run(validators: validators, miners: minerPlans, stakes: stakes)
        let tempo = try await client.metagraph(netuid: netuid).map { Int($0.tempo) } ?? 10
        note("subnet \(netuid) (tempo \(tempo) blocks) is open")

        let launcher = NeuronLauncher(binaries: binaries, folders: folders, netuid: netuid, url: url, tempo: tempo,
                                      trainMinutes: trainMinutes, validatorTimeout: validatorTimeout)
        var plans: [String: NeuronPlan] = [:]
        for plan in validators + minerPlans { plans[try plan.hotkey().ss58Address] = plan }
        for miner in minerPlans { registry.add(try launcher.start(miner)) }
        var firstValidator = try launcher.start(validators[0])
        registry.add(firstValidator)
        for validator in validators.dropFirst() { registry.add(try launcher.start(validator)) }
        var scoresPort = try await firstValidator.waitUntilReady(timeout: 120)["scores_port"] as? Int
        note("validator-1 serves its scores at http://127.0.0.1:\(scoresPort ?? 0)/scores; miners train, then serve")
        if !noDashboard {
            await startDashboard(binaries: binaries, folders: folders, node: url, scoresPort: scoresPort, registry: registry)
        }

        var lastStep = try await client.metagraph(netuid: netuid)?.lastStep
        var epoch = 0
        var reportedExits: Set<String> = []
        while epochs.map({ epoch < $0 }) ?? true {
            try await Task.sleep(for: .milliseconds(200))
            for child in registry.exited where !reportedExits.contains(child.name) {
                reportedExits.insert(child.name)
                note("\(child.name) exited with status \(child.exitStatus ?? -1); see \(child.logPath)")
                if child === node { throw ChildProcess.Failure(description: "the chain node stopped") }
            }
            guard let step = try await client.metagraph(netuid: netuid)?.lastStep, step != lastStep else { continue }
            lastStep = step
            epoch += 1
            let metagraph = try await SubnetMetagraph(netuid: netuid, client: client)
            let report = EpochReport(epoch: epoch, metagraph: metagraph, plans: plans,
                                     scoreboard: await Self.scoreboard(port: scoresPort))
            FileHandle.standardOutput.write(Data((json ? report.json + "\n" : report.table + "\n\n").utf8))
            if epoch == restartValidatorAfter {
                note("restarting validator-1")
                firstValidator.stop()
                registry.remove(firstValidator)
                firstValidator = try launcher.start(validators[0], scoresPort: scoresPort ?? 0)
                registry.add(firstValidator)
                scoresPort = try await firstValidator.waitUntilReady(timeout: 120)["scores_port"] as? Int
            }
        }
    }

    /// Starts `btcli view dashboard` for the node and validator-1's scores and prints its address; a dashboard that
    /// cannot start (its port taken) is reported, and the network runs on without it.
    private func startDashboard(binaries: String, folders: WorkFolders, node: String, scoresPort: Int?,
                                registry: ChildRegistry) async {
        do {
            let dashboard = try ChildProcess(
                name: "dashboard", executable: "\(binaries)/btcli",
                arguments: ["view", "dashboard", "--port", "\(dashboardPort)", "--network", node]
                    + (scoresPort.map { ["--validator-url", "http://127.0.0.1:\($0)/scores"] } ?? []),
                logPath: "\(folders.logs)/dashboard.log")
            registry.add(dashboard)
            let port = try await dashboard.waitForLogLine(prefix: "Dashboard: http://", timeout: 30)
            note("dashboard at http://127.0.0.1:\(port)/")
        } catch {
            note("the dashboard did not start (\(error)); the network runs without it")
        }
    }

    /// The first validator's `/scores` JSON, or nil when it does not answer.
    static func scoreboard(port: Int?) async -> [String: Any]? {
        guard let port else { return nil }
        do {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/scores"),
                                                               timeout: .seconds(5))
            let body = try await response.body.collect(upTo: 16 << 20)
            return try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        } catch {
            return nil
        }
    }
}

/// A progress line on stderr.
func note(_ line: String) {
    FileHandle.standardError.write(Data("localnet: \(line)\n".utf8))
}
