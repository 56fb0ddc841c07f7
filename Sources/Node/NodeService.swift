import Foundation
import NodeCore
import Primitives
import Runtime

/// A client connection that can receive subscription notifications (a WebSocket). `send` must deliver frames in
/// the order it is called.
public struct RPCConnection: Sendable {
    /// Unique per connection.
    public let id: UInt64
    /// Sends one text frame.
    public let send: @Sendable (Data) -> Void

    /// A connection.
    public init(id: UInt64, send: @escaping @Sendable (Data) -> Void) {
        self.id = id
        self.send = send
    }
}

/// The node: the chain, block sealing, and the JSON-RPC methods with their subscriptions. One actor, so the chain
/// is only ever touched by one task; transports call `respond` (HTTP) or `receive` (WebSocket).
public actor NodeService {
    /// How blocks are sealed.
    public enum Sealing: Sendable, Equatable {
        /// A block per submitted transaction, right after it enters the pool.
        case instant
        /// A block every so many milliseconds.
        case interval(milliseconds: UInt64)
    }

    /// What a subscription watches.
    enum Watch {
        case newHeads
        case finalizedHeads
        case runtimeVersion
        case storage(keys: [[UInt8]]?)
        case extrinsic(H256)
    }

    struct Subscription {
        let watch: Watch
        let connection: RPCConnection
    }

    /// This node's version string.
    public static let defaultVersion = "4.0.0-swift"

    /// The node's name (`system_name`).
    public nonisolated let nodeName: String
    /// The node's version (`system_version`).
    public nonisolated let version: String
    let spec: ChainSpec
    let sealing: Sealing
    var chain: Chain
    var subscriptions: [String: Subscription] = [:]
    /// Submissions of the current request whose signatures were verified together.
    var verifiedSubmissions: Set<H256> = []
    /// The runtime's metadata, once something asked for it.
    var metadata: RuntimeMetadataAPI?
    /// Notifications waiting for the current request's response to go out first.
    var deferred: [(subscription: String, method: String, result: JSON)] = []
    private var nextSubscription: UInt64 = 1
    private var sealScheduled = false
    /// The node's metrics.
    public nonisolated let metrics: NodeMetrics
    private let now: @Sendable () -> UInt64
    private let onBlock: @Sendable (AuthoredBlock) -> Void

    /// A node over `chain`.
    /// - Parameters:
    ///   - now: the wall clock in milliseconds since the Unix epoch, for the timestamp inherent.
    ///   - onBlock: called after each authored block (the node's log line).
    public init(chain: Chain, spec: ChainSpec, sealing: Sealing, nodeName: String = "Subtensor Node",
                version: String = defaultVersion, metrics: NodeMetrics = NodeMetrics(),
                now: @escaping @Sendable () -> UInt64, onBlock: @escaping @Sendable (AuthoredBlock) -> Void = { _ in }) {
        self.metrics = metrics
        self.chain = chain
        self.spec = spec
        self.sealing = sealing
        self.nodeName = nodeName
        self.version = version
        self.now = now
        self.onBlock = onBlock
    }

    /// The best block's header.
    public var best: Header { chain.best }

    /// Answers an HTTP request body; subscriptions are refused there.
    public func respond(to data: Data) -> Data? {
        defer {
            deferred = []
            verifiedSubmissions = []
        }
        return RPCEnvelope.respond(to: data, prepare: { self.verifySubmissions($0) }) { self.dispatch($0, connection: nil) }
    }

    /// Answers a WebSocket frame from `connection`; the response goes out through the connection before any
    /// notification the request causes.
    public func receive(_ data: Data, from connection: RPCConnection) {
        defer { verifiedSubmissions = [] }
        if let response = RPCEnvelope.respond(to: data, prepare: { self.verifySubmissions($0) },
                                              { self.dispatch($0, connection: connection) }) {
            connection.send(response)
        }
        flushDeferred()
    }

    /// Verifies the signatures of a request's submissions together, batched and on every core, before they are
    /// validated one by one.
    private func verifySubmissions(_ calls: [RPCCall]) {
        let extrinsics = calls.compactMap { call -> UncheckedExtrinsic? in
            guard call.method == "author_submitExtrinsic" || call.method == "author_submitAndWatchExtrinsic",
                  let bytes = try? call.bytes(0, name: "") else { return nil }
            return try? UncheckedExtrinsic(scaleEncoded: bytes)
        }
        guard extrinsics.count > 1 else { return }
        let workers = max(ProcessInfo.processInfo.activeProcessorCount - 1, 1)
        for (extrinsic, valid) in zip(extrinsics, chain.verifySignatures(extrinsics, workers: workers)) where valid {
            verifiedSubmissions.insert(extrinsic.hash)
        }
    }

    /// Forgets a closed connection's subscriptions.
    public func disconnect(_ connection: RPCConnection) {
        subscriptions = subscriptions.filter { $0.value.connection.id != connection.id }
    }

    /// The number of live subscriptions.
    public var subscriptionCount: Int { subscriptions.count }

    /// Authors a block now and notifies subscribers.
    @discardableResult
    public func sealBlock() throws -> AuthoredBlock {
        let started = ContinuousClock.now
        let authored = try chain.author(timestamp: now())
        metrics.authoring.record(ContinuousClock.now - started)
        metrics.bestBlock.set(Int64(authored.block.header.number))
        metrics.finalizedBlock.set(Int64(authored.block.header.number))
        metrics.importedBlocks.increment()
        metrics.includedExtrinsics.increment(by: Int64(authored.included.count))
        metrics.readyTransactions.set(Int64(chain.pool.count))
        notify(authored)
        onBlock(authored)
        return authored
    }

    /// Seals after the current request has been answered (instant sealing).
    func scheduleInstantSeal() {
        guard sealing == .instant, !sealScheduled else { return }
        sealScheduled = true
        Task {
            self.runScheduledSeal()
        }
    }

    private func runScheduledSeal() {
        sealScheduled = false
        guard chain.pool.count > 0 else { return }
        _ = try? sealBlock()
    }

    func addSubscription(_ watch: Watch, connection: RPCConnection?) throws(RPCError) -> String {
        guard let connection else {
            throw RPCError(code: -32601, message: "Subscriptions need a WebSocket connection")
        }
        let id = String(nextSubscription, radix: 16)
        nextSubscription += 1
        subscriptions[id] = Subscription(watch: watch, connection: connection)
        return id
    }

    func removeSubscription(_ call: RPCCall) throws(RPCError) -> JSON {
        guard let id = call.optional(0)?.stringValue else { throw .invalidParams("the subscription id must be a string") }
        return .bool(subscriptions.removeValue(forKey: id) != nil)
    }

    func send(_ subscription: String, method: String, _ result: JSON) {
        guard let target = subscriptions[subscription] else { return }
        target.connection.send(RPCEnvelope.notification(method: method, subscription: subscription, result: result))
    }
}
