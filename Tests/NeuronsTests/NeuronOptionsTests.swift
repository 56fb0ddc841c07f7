import ArgumentParser
@testable import Neurons
import Testing

/// The base neurons' flags, spelled as Bittensor spells them.
@Suite struct NeuronOptionsTests {
    @Test func bittensorFlagsParse() throws {
        let options = try NeuronOptions.parse([
            "--netuid", "3", "--wallet.name", "v", "--wallet.hotkey", "h", "--wallet.path", "/tmp/w",
            "--subtensor.network", "ws://127.0.0.1:9955", "--axon.port", "8100", "--axon.ip", "0.0.0.0",
            "--axon.external_ip", "127.0.0.1", "--neuron.sample_size", "8", "--neuron.moving_average_alpha", "0.25",
            "--neuron.epoch_length", "50", "--logging.debug",
        ])
        #expect(options.netuid == 3 && options.walletName == "v" && options.walletHotkey == "h")
        #expect(options.wallet.directory == "/tmp/w/v")
        #expect(options.url == "ws://127.0.0.1:9955")
        #expect(options.axonPort == 8100 && options.axonIP == "0.0.0.0" && options.axonExternalIP == "127.0.0.1")
        #expect(options.sampleSize == 8 && options.movingAverageAlpha == 0.25 && options.epochLength == 50 && options.debug)
        let local = try NeuronOptions.parse(["--netuid", "1", "--subtensor.chain_endpoint", "local"])
        #expect(local.url == "ws://127.0.0.1:9944")
    }

    @Test func badValuesAreRefused() {
        #expect(throws: (any Error).self) { try NeuronOptions.parse([]) }
        #expect(throws: (any Error).self) { try NeuronOptions.parse(["--netuid", "1", "--subtensor.network", "finney"]) }
        #expect(throws: (any Error).self) {
            try NeuronOptions.parse(["--netuid", "1", "--neuron.moving_average_alpha", "2"])
        }
        #expect(throws: (any Error).self) { try NeuronOptions.parse(["--netuid", "1", "--neuron.sample_size", "0"]) }
    }
}
