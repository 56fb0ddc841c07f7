import Foundation
import Hummingbird
import Keys
import Logging

/// A miner's server (Bittensor's `bt.Axon`): serves attached synapse types at `/<Name>` over HTTP/1.1, speaking
/// the Bittensor 10 wire protocol (specs/wire.md §1). Each request runs the pipeline in Python's order, and the
/// body is read only once the caller passed the checks:
///
/// route (404) → headers (500 when a required `bt_header_input_obj_*` is missing) → blacklist (403) →
/// signature and nonce (401) → per-hotkey rate limit (429) → body within the caller's timeout (408) and the size
/// limit (413) → a forward slot by priority (503 when the line is full) → decoding (422 not JSON; 500 when it
/// does not decode or its hash differs) → forward within the caller's timeout (408; 500 when it throws) → 200
/// with the synapse as JSON and its headers. Connections idle for `idleTimeout` seconds are closed.
///
/// `/Synapse` answers the built-in ping and `/metrics` the axon's Prometheus metrics.
public struct Axon: Sendable {
    /// The hotkey the axon signs as and verifies requests against.
    public let keypair: Keypair
    /// Where it listens and its bounds.
    public let configuration: AxonConfiguration
    /// Its metrics.
    public let metrics = AxonMetrics()
    /// Refuses callers before verification, for every synapse without a blacklist of its own: a reason to refuse
    /// (403), or nil to let the call on.
    public var blacklist: (@Sendable (AxonCall) async -> String?)?
    /// Orders callers waiting for a forward slot, for every synapse without a priority function of its own
    /// (higher first).
    public var priority: (@Sendable (AxonCall) async -> Double)?
    var routes: [String: AxonRoute] = [:]
    let nonces = NonceStore()
    let rateLimiter: HotkeyRateLimiter
    let limiter: ForwardLimiter

    /// An axon for `keypair`, serving the ping `/Synapse` until more synapses are attached.
    public init(keypair: Keypair, configuration: AxonConfiguration = AxonConfiguration()) {
        self.keypair = keypair
        self.configuration = configuration
        rateLimiter = HotkeyRateLimiter(perSecond: configuration.requestsPerSecondPerHotkey,
                                        burst: configuration.rateLimitBurst)
        limiter = ForwardLimiter(slots: configuration.maxConcurrentForwards, maxWaiting: configuration.maxWaitingForwards)
        attach(PingSynapse.self) { synapse, _ in synapse }
    }

    /// Serves `type` at `/<type.name>` with `forward`, optionally with its own blacklist and priority.
    public mutating func attach<S: Synapse>(
        _ type: S.Type, blacklist: (@Sendable (AxonCall) async -> String?)? = nil,
        priority: (@Sendable (AxonCall) async -> Double)? = nil,
        forward: @escaping @Sendable (S, AxonCall) async throws -> S
    ) {
        routes[S.name] = .unary(type, blacklist: blacklist, priority: priority, forward: forward)
    }

    /// Serves the streaming `type`: `forward` returns the chunks to send.
    public mutating func attachStreaming<S: StreamingSynapse>(
        _ type: S.Type, blacklist: (@Sendable (AxonCall) async -> String?)? = nil,
        priority: (@Sendable (AxonCall) async -> Double)? = nil,
        forward: @escaping @Sendable (S, AxonCall) async throws -> AsyncThrowingStream<[UInt8], any Error>
    ) {
        routes[S.name] = .streaming(type, blacklist: blacklist, priority: priority, forward: forward)
    }

    /// The names of the attached synapses, sorted.
    public var synapseNames: [String] { routes.keys.sorted() }

    /// The Hummingbird application; run it as a service. `onServerRunning` reports the bound port.
    public func application(logger: Logger = Logger(label: "axon"),
                            onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(responder: AxonResponder(axon: self),
                    server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeout)))),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                         serverName: "axon"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
                    logger: logger)
    }
}
