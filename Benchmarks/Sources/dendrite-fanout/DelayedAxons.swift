import Hummingbird
import Keys
import LoadGeneration
import Logging
import Neurons
import ServiceLifecycle
import Synchronization

/// Runs `body` with `count` axons serving in this process, each on a port of its own on 127.0.0.1, all signing as
/// `keypair` and answering `Dummy` (output = 2 × input) after sleeping `delay`; one `ServiceGroup` runs them and is
/// shut down when `body` returns or throws.
/// - Throws: `Failure` when the axons are not all listening within 30 s; what `body` or the axons throw.
func withDelayedAxons<Value>(count: Int, delay: Duration, keypair: Keypair,
                             _ body: ([AxonTarget]) async throws -> Value) async throws -> Value {
    var logger = Logger(label: "dendrite-fanout")
    logger.logLevel = .warning
    let ports = Mutex<[Int]>([])
    let services: [any Service] = (0..<count).map { _ in
        var axon = Axon(keypair: keypair, configuration: AxonConfiguration(port: 0))
        axon.attach(Dummy.self) { synapse, _ in
            try await Task.sleep(for: delay)
            var answer = synapse
            answer.output = 2 * synapse.input
            return answer
        }
        return axon.application(logger: logger) { port in ports.withLock { $0.append(port) } }
    }
    let group = ServiceGroup(services: services, logger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        do {
            let deadline = ContinuousClock.now + .seconds(30)
            while ports.withLock({ $0.count }) < count {
                guard ContinuousClock.now < deadline else {
                    throw Failure("only \(ports.withLock { $0.count }) of \(count) axons listening after 30 s")
                }
                try await Task.sleep(for: .milliseconds(10))
            }
            let hotkey = keypair.ss58Address
            let targets = ports.withLock { $0 }.map { AxonTarget(ip: "127.0.0.1", port: $0, hotkey: hotkey) }
            let result = try await body(targets)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
    }
}
