import ArgumentParser
import Client
import Foundation
import Keys
import Wallet

/// The flags of Bittensor's base miner and validator: which subnet, which wallet, which chain, where the axon
/// listens, and the validator's sampling, averaging and weight-setting cadence.
public struct NeuronOptions: ParsableArguments {
    @Option(name: .customLong("netuid"), help: "The subnet.") public var netuid: UInt16
    @Option(name: .customLong("wallet.name"), help: "The wallet's name.") public var walletName = "default"
    @Option(name: .customLong("wallet.hotkey"), help: "The hotkey's name.") public var walletHotkey = "default"
    @Option(name: .customLong("wallet.path"), help: "Where wallets live.") public var walletPath = Wallet.defaultPath
    @Option(name: [.customLong("subtensor.network"), .customLong("subtensor.chain_endpoint")],
            help: "The node: local (ws://127.0.0.1:9944) or a ws:// or http:// URL.")
    public var network = "local"
    @Option(name: .customLong("axon.port"), help: "The axon's port.") public var axonPort = 8091
    @Option(name: .customLong("axon.ip"), help: "The address the axon binds.") public var axonIP = "127.0.0.1"
    @Option(name: .customLong("axon.external_ip"), help: "The address announced on the chain (the bound one by default).")
    public var axonExternalIP: String?
    @Option(name: .customLong("neuron.sample_size"), help: "Miners a validator queries per step.")
    public var sampleSize = 16
    @Option(name: .customLong("neuron.moving_average_alpha"), help: "Weight of a step's rewards in the moving average.")
    public var movingAverageAlpha = 0.1
    @Option(name: .customLong("neuron.epoch_length"), help: "Blocks between a validator's weight settings.")
    public var epochLength = 100
    @Flag(name: .customLong("logging.debug"), help: "Log every step.") public var debug = false

    public init() {}

    public func validate() throws {
        guard network == "local" || network.contains("://") else {
            throw ValidationError("--subtensor.network must be local or a ws:// or http:// URL, not '\(network)'")
        }
        guard (0...1).contains(movingAverageAlpha) else { throw ValidationError("--neuron.moving_average_alpha must be in 0…1") }
        guard sampleSize > 0, epochLength > 0 else { throw ValidationError("--neuron.sample_size and --neuron.epoch_length must be positive") }
    }

    /// The node's URL.
    public var url: String { network == "local" ? "ws://127.0.0.1:9944" : network }

    /// The wallet the flags name.
    public var wallet: Wallet {
        Wallet(name: walletName, hotkey: walletHotkey, path: (walletPath as NSString).expandingTildeInPath)
    }

    /// The hotkey (an encrypted one needs its password in the environment, as bittensor-wallet does).
    /// - Throws: `WalletError` when the file is missing or cannot be read.
    public func hotkey() throws -> Keypair { try wallet.hotkeyFile.read().keypair() }

    /// A client for the node.
    public func client() throws -> Client { try Client(url: url, timeout: .seconds(30)) }
}
