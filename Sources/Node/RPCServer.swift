import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The JSON-RPC server: HTTP POST and WebSocket on one port (Hummingbird), bounded in connections, request size
/// and queued notifications per connection.
public final class RPCServer: Sendable {
    /// Where and how it listens.
    public struct Configuration: Sendable {
        /// The address to bind (`127.0.0.1` unless `--rpc-external`).
        public var host: String
        /// The port (9944).
        public var port: Int
        /// The most open WebSocket connections.
        public var maxConnections: Int
        /// The origin allowed by CORS (`--rpc-cors`): nil for none, `all` for any.
        public var corsOrigin: String?

        /// A configuration.
        public init(host: String = "127.0.0.1", port: Int = 9944, maxConnections: Int = 100, corsOrigin: String? = nil) {
            self.host = host
            self.port = port
            self.maxConnections = maxConnections
            self.corsOrigin = corsOrigin
        }
    }

    /// Frames queued for one slow WebSocket reader before it is disconnected.
    static let maximumQueuedFrames = 4096

    let node: NodeService
    let configuration: Configuration
    let logger: Logger
    private let openConnections = Atomic<Int>(0)
    private let nextConnection = Atomic<UInt64>(1)

    /// A server for `node`.
    public init(node: NodeService, configuration: Configuration, logger: Logger) {
        self.node = node
        self.configuration = configuration
        self.logger = logger
    }

    /// The Hummingbird application; run it as a service. `onServerRunning` reports the bound port.
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        let router = Router()
        if let allowed = configuration.corsOrigin {
            router.add(middleware: CORSMiddleware(allowOrigin: allowed == "all" ? .all : .custom(allowed),
                                                  allowHeaders: [.contentType], allowMethods: [.post, .get, .options]))
        }
        let node = node
        router.post("/") { request, _ -> Response in
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: RPCEnvelope.maximumRequestBytes)
            } catch {
                return Self.json(RPCEnvelope.responseObject(
                    id: .null, .failure(.invalidRequest("the request is larger than \(RPCEnvelope.maximumRequestBytes) bytes")))
                    .serialized, status: .contentTooLarge)
            }
            guard let response = await node.respond(to: Data(buffer: body)) else { return Response(status: .noContent) }
            return Self.json(response, status: .ok)
        }
        let webSocketRouter = Router(context: BasicWebSocketRequestContext.self)
        webSocketRouter.ws("/") { _, _ in
            self.reserveConnection() ? .upgrade([:]) : .dontUpgrade
        } onUpgrade: { inbound, outbound, _ in
            await self.serve(inbound: inbound, outbound: outbound)
        }
        return Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: webSocketRouter,
                                           configuration: .init(ws: .init(maxFrameSize: RPCEnvelope.maximumRequestBytes))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "subtensor"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    private static func json(_ data: Data, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(data: data)))
    }

    /// Takes one of the `maxConnections` WebSocket slots, at upgrade time so that simultaneous upgrades cannot
    /// overshoot; `serve` gives it back when the connection ends.
    private func reserveConnection() -> Bool {
        var open = openConnections.load(ordering: .relaxed)
        while open < configuration.maxConnections {
            let (exchanged, current) = openConnections.compareExchange(expected: open, desired: open + 1, ordering: .relaxed)
            if exchanged { return true }
            open = current
        }
        return false
    }

    /// One WebSocket: requests in, responses and notifications out in order through a bounded queue.
    private func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        node.metrics.webSocketConnections.set(Int64(openConnections.load(ordering: .relaxed)))
        defer {
            let open = openConnections.subtract(1, ordering: .relaxed).newValue
            node.metrics.webSocketConnections.set(Int64(open))
        }
        let (frames, continuation) = AsyncStream.makeStream(of: Data.self,
                                                            bufferingPolicy: .bufferingOldest(Self.maximumQueuedFrames))
        let connection = RPCConnection(id: nextConnection.add(1, ordering: .relaxed).oldValue) { data in
            // A reader too slow for its queue is cut off: the stream ends and the writer closes the socket.
            if case .dropped = continuation.yield(data) { continuation.finish() }
        }
        defer { continuation.finish() }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                // A write fails only when the connection is gone; the reading side then ends too.
                for await frame in frames {
                    guard (try? await outbound.write(.text(String(decoding: frame, as: UTF8.self)))) != nil else { return }
                }
                try? await outbound.close(.goingAway, reason: "too many queued notifications")
            }
            defer { group.cancelAll() }
            // A node shutting down closes its WebSockets instead of waiting for idle clients to leave.
            try? await cancelWhenGracefulShutdown {
                for try await message in inbound.messages(maxSize: RPCEnvelope.maximumRequestBytes) {
                    switch message {
                    case .text(let text): await self.node.receive(Data(text.utf8), from: connection)
                    case .binary(let buffer): await self.node.receive(Data(buffer: buffer), from: connection)
                    }
                }
            }
            await node.disconnect(connection)
        }
    }
}
