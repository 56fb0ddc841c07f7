import Foundation

/// A typed JSON-RPC client for a subtensor node (ours or Substrate's).
///
/// Plain calls go over HTTP POST for `http://` URLs and over one multiplexed WebSocket for `ws://` URLs;
/// subscriptions (submit-and-watch) always use the WebSocket, on the same port for an `http://` URL. A dropped
/// WebSocket is reopened by the next call. Every call has a timeout.
///
/// ```swift
/// let client = try Client(url: "ws://127.0.0.1:9944")
/// let receipt = try await client.submit(.balances(.transferKeepAlive(dest: .id(bob), value: 1_000_000_000)),
///                                       signer: alice)
/// ```
public final class Client: Sendable {
    /// Where the node listens.
    public let endpoint: Endpoint
    /// The longest any single call waits for its reply.
    public let timeout: Duration
    private let http: HTTPTransport?
    private let socket: WebSocketSession

    /// A client for the node at `url` (`ws://`, `wss://`, `http://` or `https://`). Nothing connects until the first call.
    /// - Throws: `ClientError` `.invalidURL`.
    public init(url: String, timeout: Duration = .seconds(30)) throws {
        endpoint = try Endpoint(url)
        self.timeout = timeout
        http = endpoint.usesHTTP ? HTTPTransport(url: endpoint.url) : nil
        socket = WebSocketSession(url: endpoint.webSocketURL)
    }

    /// Calls `method` with `params` and returns its result.
    /// - Throws: `ClientError`: `.rpc` with the node's code and data when it answers with an error.
    public func call(_ method: String, _ params: [JSONValue] = []) async throws -> JSONValue {
        if let http { return try await http.call(method, params, timeout: timeout) }
        do {
            return try await socket.connection(timeout: timeout).request(method, params, timeout: timeout)
        } catch let error as ClientError where error.code == .connectionClosed && !method.hasPrefix("author_") {
            // The socket died under the request (a node restart noticed late): reads are safe to send once more,
            // on a fresh connection. Submissions are not resent.
            return try await socket.connection(timeout: timeout).request(method, params, timeout: timeout)
        }
    }

    /// Opens a subscription and returns its notifications' results, in order. The stream ends with an error if the
    /// connection drops; the caller bounds how long it waits for each element.
    /// - Throws: `ClientError` when the subscription is refused.
    public func subscribe(_ method: String, _ params: [JSONValue] = []) async throws -> AsyncThrowingStream<JSONValue, any Error> {
        let connection = try await socket.connection(timeout: timeout)
        let (stream, continuation) = AsyncThrowingStream<JSONValue, any Error>.makeStream(bufferingPolicy: .bufferingNewest(1024))
        let id = try await connection.request(method, params, timeout: timeout, stream: continuation)
        if let id = id.string {
            continuation.onTermination = { _ in connection.forget(subscription: id) }
        }
        return stream
    }

    /// Closes the WebSocket, if one is open. Later calls open a new one.
    public func close() {
        socket.close()
    }
}
