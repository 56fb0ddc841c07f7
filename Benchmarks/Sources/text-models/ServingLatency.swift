import Foundation
import Keys
import Logging
import Neurons
import ServiceLifecycle
import Synchronization
import TextPrediction

/// A model served the way a miner serves it (our `Axon` on loopback) and asked by our `Dendrite` for `requests`
/// requests of 32 windows of 512 bytes, one after another: each request's wall time.
func servingLatencies(model: TextModel, windowsFrom text: [UInt8], requests: Int) async throws -> [Double] {
    let minerKey = try Keypair(uri: "//TextModelsMiner", cryptoType: .sr25519)
    var axon = Axon(keypair: minerKey, configuration: AxonConfiguration(port: 0))
    axon.attachTextPrediction(model: model)
    var logger = Logger(label: "text-models")
    logger.logLevel = .warning
    let port = Mutex<Int?>(nil)
    let group = ServiceGroup(services: [axon.application(logger: logger) { bound in port.withLock { $0 = bound } }],
                             gracefulShutdownSignals: [], logger: logger)
    let running = Task { try await group.run() }
    defer { running.cancel() }
    let deadline = ContinuousClock.now + .seconds(30)
    while port.withLock({ $0 }) == nil {
        guard ContinuousClock.now < deadline else { throw Failure("the axon did not listen within 30 s") }
        try await Task.sleep(for: .milliseconds(10))
    }
    let target = AxonTarget(ip: "127.0.0.1", port: port.withLock { $0 }!, hotkey: minerKey.ss58Address)
    let dendrite = Dendrite(keypair: try Keypair(uri: "//TextModelsValidator", cryptoType: .sr25519))
    var generator = SystemRandomNumberGenerator()
    var latencies: [Double] = []
    for _ in 0..<requests + 1 {
        let windows = ScoringWindows(sampling: NextBytePrediction.maximumWindows, from: text, using: &generator)
        let start = ContinuousClock.now
        let response = await dendrite.call(target, NextBytePrediction(windows: windows.windows), timeout: 10)
        let elapsed = ContinuousClock.now - start
        guard response.isSuccess, response.synapse.distributions?.count == windows.windows.count else {
            throw Failure("the axon answered \(response.statusCode ?? -1): \(response.statusMessage ?? "")")
        }
        latencies.append(Double(elapsed.components.attoseconds) * 1e-15 + Double(elapsed.components.seconds) * 1e3)
    }
    await group.triggerGracefulShutdown()
    _ = await running.result
    return Array(latencies.dropFirst())
}
