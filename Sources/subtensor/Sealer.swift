import Logging
import Node
import ServiceLifecycle

/// Interval sealing: a block every `interval` milliseconds until shutdown.
struct Sealer: Service {
    let node: NodeService
    let interval: UInt64
    let logger: Logger

    func run() async throws {
        // Shutdown cancels the sleep; that ends the loop, not the node with an error.
        try? await cancelWhenGracefulShutdown {
            let clock = ContinuousClock()
            var deadline = clock.now
            while !Task.isCancelled {
                deadline = deadline.advanced(by: .milliseconds(interval))
                try await Task.sleep(until: deadline, clock: clock)
                do {
                    try await node.sealBlock()
                } catch {
                    logger.error("block authoring failed: \(error)")
                }
            }
        }
    }
}
