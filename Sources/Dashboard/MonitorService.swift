import ServiceLifecycle

/// The monitor as a service: follows the node until graceful shutdown, then ends every browser's event stream.
struct MonitorService: Service {
    let monitor: NetworkMonitor

    func run() async throws {
        await cancelWhenGracefulShutdown { await monitor.run() }
        await monitor.endUpdates()
    }
}
