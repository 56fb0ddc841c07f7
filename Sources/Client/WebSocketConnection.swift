import Foundation
import HummingbirdWSClient
import Logging
import NIOCore
import Synchronization

/// One WebSocket to a node: requests multiplexed by id, replies matched to their waiting callers, and
/// notifications routed to subscription streams by subscription id. Once the socket closes every waiter and
/// stream fails and the connection stays closed; `WebSocketSession` opens a new one for later calls.
final class WebSocketConnection: Sendable {
    /// The largest frame or message accepted (metagraphs of full subnets are large).
    static let maximumMessageBytes = 64 << 20

    typealias Stream = AsyncThrowingStream<JSONValue, any Error>

    /// A caller waiting for the reply to request `id`; `stream` receives the notifications of the subscription
    /// the reply opens.
    private struct Waiter {
        let continuation: CheckedContinuation<JSONValue, any Error>
        let stream: Stream.Continuation?
    }

    private struct State {
        var writer: WebSocketOutboundWriter?
        var ready: CheckedContinuation<Void, any Error>?
        var closed: ClientError?
        var nextID = 1
        var waiters: [Int: Waiter] = [:]
        var subscriptions: [String: Stream.Continuation] = [:]
        var task: Task<Void, Never>?
    }

    let url: String
    private let state = Mutex(State())
    private static let logger = Logger(label: "bittensor.client.websocket")

    private init(url: String) { self.url = url }

    /// Connects to `url`.
    /// - Throws: `ClientError` `.connectionFailed` or `.timedOut`.
    static func open(url: String, timeout: Duration) async throws -> WebSocketConnection {
        let connection = WebSocketConnection(url: url)
        let timer = Task {
            try await Task.sleep(for: timeout)
            connection.shut(ClientError(.timedOut, "no WebSocket connection to \(url) within \(timeout)"))
        }
        defer { timer.cancel() }
        try await withCheckedThrowingContinuation { (ready: CheckedContinuation<Void, any Error>) in
            connection.state.withLock { $0.ready = ready }
            let task = Task { await connection.run() }
            connection.state.withLock { $0.task = task }
        }
        return connection
    }

    /// Whether the socket has closed.
    var isClosed: Bool { state.withLock { $0.closed != nil } }

    /// Sends a request and waits for its result; with `stream`, the reply's subscription id is bound to it before
    /// any later message is read.
    /// - Throws: `ClientError` (`.rpc`, `.timedOut`, `.connectionClosed`, `.malformedReply`).
    func request(_ method: String, _ params: [JSONValue], timeout: Duration,
                 stream: Stream.Continuation? = nil) async throws -> JSONValue {
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        let text = RPCMessage.request(id: id, method: method, params: params)
        let timer = Task {
            try await Task.sleep(for: timeout)
            self.resolve(id, .failure(ClientError(.timedOut, "\(method): no reply from \(self.url) within \(timeout)")))
        }
        defer { timer.cancel() }
        let result = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<JSONValue, any Error>) in
            let writer = state.withLock { state -> WebSocketOutboundWriter? in
                if let closed = state.closed {
                    continuation.resume(throwing: closed)
                    return nil
                }
                state.waiters[id] = Waiter(continuation: continuation, stream: stream)
                return state.writer
            }
            guard let writer else { return }
            Task {
                do {
                    try await writer.write(.text(text))
                } catch {
                    // A socket that cannot be written is dead: fail this and every other waiter, and let the
                    // session open a new one.
                    self.shut(ClientError(.connectionClosed, "\(method): sending to \(self.url): \(error)"))
                }
            }
        }
        return try RPCMessage.outcome(of: result, method: method).get()
    }

    /// Forgets a subscription whose consumer has gone.
    func forget(subscription id: String) {
        _ = state.withLock { $0.subscriptions.removeValue(forKey: id) }
    }

    /// Closes the socket; waiting callers fail with `.connectionClosed`.
    func close() {
        shut(ClientError(.connectionClosed, "the client closed the connection to \(url)"))
    }

    private func run() async {
        do {
            try await WebSocketClient.connect(
                url: url, configuration: .init(maxFrameSize: Self.maximumMessageBytes), logger: Self.logger
            ) { inbound, outbound, _ in
                let ready = self.state.withLock { state in
                    state.writer = outbound
                    defer { state.ready = nil }
                    return state.ready
                }
                ready?.resume()
                for try await message in inbound.messages(maxSize: Self.maximumMessageBytes) {
                    switch message {
                    case .text(let text): self.receive(Data(text.utf8))
                    case .binary(let buffer): self.receive(Data(buffer.readableBytesView))
                    }
                }
            }
            shut(ClientError(.connectionClosed, "the node at \(url) closed the connection"))
        } catch {
            shut(ClientError(.connectionFailed, "WebSocket \(url): \(error)"))
        }
    }

    /// Routes one message from the node: a reply to its waiter, a notification to its subscription.
    private func receive(_ data: Data) {
        guard let message = try? JSONValue(parsing: data) else { return }
        if let id = message["id"]?.int64 {
            resolve(Int(id), .success(message))
        } else if let params = message["params"], let subscription = params["subscription"]?.string,
                  let result = params["result"] {
            let stream = state.withLock { $0.subscriptions[subscription] }
            stream?.yield(result)
        }
    }

    /// Completes the waiter for `id` (at most once); a successful subscription reply binds its stream first.
    private func resolve(_ id: Int, _ outcome: Result<JSONValue, ClientError>) {
        let waiter = state.withLock { state -> Waiter? in
            guard let waiter = state.waiters.removeValue(forKey: id) else { return nil }
            if case .success(let reply) = outcome, let stream = waiter.stream {
                if let subscription = reply["result"]?.string {
                    state.subscriptions[subscription] = stream
                } else {
                    stream.finish()
                }
            }
            return waiter
        }
        guard let waiter else { return }
        switch outcome {
        case .success(let reply): waiter.continuation.resume(returning: reply)
        case .failure(let error):
            waiter.stream?.finish(throwing: error)
            waiter.continuation.resume(throwing: error)
        }
    }

    /// Marks the connection closed and fails everything still waiting on it.
    private func shut(_ error: ClientError) {
        let closing: State? = state.withLock { state in
            guard state.closed == nil else { return nil }
            let before = state
            state.closed = error
            state.ready = nil
            state.waiters = [:]
            state.subscriptions = [:]
            state.writer = nil
            return before
        }
        guard let closing else { return }
        closing.ready?.resume(throwing: error)
        for waiter in closing.waiters.values {
            waiter.stream?.finish(throwing: error)
            waiter.continuation.resume(throwing: error)
        }
        for stream in closing.subscriptions.values { stream.finish(throwing: error) }
        let writer = closing.writer, task = closing.task
        Task {
            try? await writer?.close(.normalClosure, reason: nil)
            task?.cancel()
        }
    }
}
