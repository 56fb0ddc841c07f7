import Hummingbird
import Logging
import Prometheus

/// The node's Prometheus metrics, with Substrate's names where Substrate has one.
public final class NodeMetrics: Sendable {
    /// The registry the `/metrics` endpoint renders.
    public let registry = PrometheusCollectorRegistry()
    let bestBlock: Gauge
    let finalizedBlock: Gauge
    let importedBlocks: Counter
    let includedExtrinsics: Counter
    let readyTransactions: Gauge
    let rpcCalls: Counter
    let rpcErrors: Counter
    let webSocketConnections: Gauge
    let authoring: DurationHistogram

    /// Fresh metrics.
    public init() {
        let name = { (name: String, help: String) in MetricNameDescriptor(metricName: name, unitName: "", helpText: help) }
        let height = name("substrate_block_height", "Block height info of the chain")
        bestBlock = registry.makeGauge(descriptor: height, labels: [("status", "best")])
        finalizedBlock = registry.makeGauge(descriptor: height, labels: [("status", "finalized")])
        importedBlocks = registry.makeCounter(descriptor: name("substrate_sub_libp2p_blocks_imported_total",
                                                               "Blocks authored and committed by this node"))
        includedExtrinsics = registry.makeCounter(descriptor: name("subtensor_included_extrinsics_total",
                                                                   "Pooled transactions included in blocks"))
        readyTransactions = registry.makeGauge(descriptor: name("substrate_ready_transactions_number",
                                                                "Transactions in the pool"))
        rpcCalls = registry.makeCounter(descriptor: name("substrate_rpc_calls_total", "JSON-RPC calls answered"))
        rpcErrors = registry.makeCounter(descriptor: name("subtensor_rpc_errors_total",
                                                          "JSON-RPC calls answered with an error"))
        webSocketConnections = registry.makeGauge(descriptor: name("substrate_rpc_sessions_opened",
                                                                   "Open WebSocket connections"))
        authoring = registry.makeDurationHistogram(
            descriptor: name("substrate_proposer_block_constructed", "Time to build, commit and store one block"),
            buckets: [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250), .seconds(1)])
    }

    /// A Hummingbird application serving `GET /metrics` on `host:port`.
    public func application(host: String, port: Int, logger: Logger,
                            onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        let registry = registry
        router.get("/metrics") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "subtensor"),
                           onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
                           logger: logger)
    }
}
