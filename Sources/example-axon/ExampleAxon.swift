import ArgumentParser
import Client
import ExampleSynapses
import Foundation
import Hummingbird
import Keys
import Logging
import Neurons
import ServiceLifecycle
import Wallet

/// `example-axon`: serves `Dummy`, `TextEcho` and `StreamText` as Bittensor's interop harness axon does
/// (`python_axon.py`), for trying a dendrite against it and for the interop tests. With `--no-chain` it serves
/// anyone who signs; otherwise it is a base `Miner` on `--netuid`: registered, announced with `serve_axon`, and
/// refusing callers that are not registered validators. Prints one JSON line
/// `{"ready": true, "port": …, "hotkey": …}` once it listens.
@main
struct ExampleAxon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example-axon", abstract: "Serve the example synapses Dummy, TextEcho and StreamText.")

    @Option(name: .customLong("axon.port"), help: "The port (0 picks a free one).") var port = 8091
    @Option(name: .customLong("axon.ip"), help: "The address to bind.") var ip = "127.0.0.1"
    @Option(name: .customLong("wallet.name")) var walletName = "default"
    @Option(name: .customLong("wallet.hotkey")) var walletHotkey = "default"
    @Option(name: .customLong("wallet.path")) var walletPath = Wallet.defaultPath
    @Flag(name: .customLong("no-chain"), help: "Serve without registering or reading a metagraph.") var noChain = false
    @Option(name: .customLong("netuid"), help: "The subnet to mine on (without --no-chain).") var netuid: UInt16?
    @Option(name: [.customLong("subtensor.network"), .customLong("subtensor.chain_endpoint")],
            help: "The node: local (ws://127.0.0.1:9944) or a ws:// or http:// URL.")
    var network = "local"
    @Option(name: .customLong("axon.external_ip"), help: "The address announced on the chain.") var externalIP: String?
    @Option(name: .customLong("blacklist-hotkey"), help: "Refuse this dendrite hotkey (403); repeatable.")
    var blacklisted: [String] = []
    @Option(name: .customLong("fail-on"), help: "Dummy's forward fails (500) on this input.") var failOn: Int?
    @Option(name: .customLong("sleep-on"), help: "Dummy's forward sleeps 3 s on this input.") var sleepOn: Int?
    @Option(name: .customLong("axon.rate-limit"),
            help: ArgumentHelp("Requests per second per dendrite hotkey, with a burst of twice that; beyond it 429 "
                + "(default 200). Load tests from one hotkey (scripts/bench-axon) raise it."))
    var rateLimit: Double?

    func validate() throws {
        guard noChain || netuid != nil else { throw ValidationError("give --netuid, or --no-chain to serve without a chain") }
        if let rateLimit, !(rateLimit >= 1 && rateLimit <= 1e9) {
            throw ValidationError("--axon.rate-limit must be between 1 and 1e9 requests per second")
        }
    }

    func run() async throws {
        let wallet = Wallet(name: walletName, hotkey: walletHotkey, path: (walletPath as NSString).expandingTildeInPath)
        let keypair = try wallet.hotkeyFile.read().keypair()
        var configuration = AxonConfiguration(host: ip, port: port)
        if let rateLimit {
            configuration.requestsPerSecondPerHotkey = rateLimit
            configuration.rateLimitBurst = Int(2 * rateLimit)
        }
        var axon = Axon(keypair: keypair, configuration: configuration)
        let blocked = Set(blacklisted)
        let (failOn, sleepOn) = (failOn, sleepOn)
        let refuse: @Sendable (AxonCall) async -> String? = { call in
            blocked.contains(call.dendrite.hotkey ?? "") ? "hotkey blocked" : nil
        }
        let blacklist = blocked.isEmpty ? nil : refuse
        axon.attach(Dummy.self, blacklist: blacklist) { synapse, _ in
            if synapse.input == failOn { throw ForcedFailure(input: synapse.input) }
            if synapse.input == sleepOn { try await Task.sleep(for: .seconds(3)) }
            var answer = synapse
            answer.output = synapse.input * 2
            return answer
        }
        axon.attach(TextEcho.self) { synapse, _ in
            var answer = synapse
            answer.response = synapse.text.uppercased()
            return answer
        }
        axon.attachStreaming(StreamText.self) { synapse, _ in
            let words = synapse.text.split(separator: " ").map { Array(($0 + " ").utf8) }
            return AsyncThrowingStream { continuation in
                for word in words { continuation.yield(word) }
                continuation.finish()
            }
        }
        var logger = Logger(label: "example-axon")
        logger.logLevel = .warning
        let hotkey = keypair.ss58Address
        let names = axon.synapseNames
        let ready: @Sendable (Int) async -> Void = { boundPort in
            let line = ["ready": true, "port": boundPort, "hotkey": hotkey, "synapses": names] as [String: Any]
            if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
        if let netuid, !noChain {
            let client = try Client(url: network == "local" ? "ws://127.0.0.1:9944" : network, timeout: .seconds(30))
            let miner = try await Miner(netuid: netuid, client: client, axon: axon, externalIP: externalIP)
            try await miner.run(logger: logger, handleSignals: true, onServing: ready)
            return
        }
        let application = axon.application(logger: logger, onServerRunning: ready)
        let group = ServiceGroup(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }
}

/// The failure `--fail-on` asks Dummy's forward function for (the axon answers it with 500).
struct ForcedFailure: Error {
    /// The input that triggered it.
    let input: Int
}
