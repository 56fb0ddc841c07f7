import Synchronization

/// At most one live WebSocket to a node, opened on first use and reopened by the next call after it drops.
final class WebSocketSession: Sendable {
    private struct State {
        var connection: WebSocketConnection?
        var opening: Task<WebSocketConnection, any Error>?
    }

    let url: String
    private let state = Mutex(State())

    init(url: String) { self.url = url }

    /// The live connection, opening one when there is none or the last one closed.
    /// - Throws: `ClientError` `.connectionFailed` or `.timedOut`.
    func connection(timeout: Duration) async throws -> WebSocketConnection {
        let url = url
        let opening = state.withLock { state -> Task<WebSocketConnection, any Error> in
            if let connection = state.connection, !connection.isClosed { return Task { connection } }
            if let opening = state.opening { return opening }
            let opening = Task { try await WebSocketConnection.open(url: url, timeout: timeout) }
            state.opening = opening
            return opening
        }
        do {
            let connection = try await opening.value
            state.withLock { state in
                state.opening = nil
                if state.connection !== connection { state.connection = connection }
            }
            return connection
        } catch {
            state.withLock { $0.opening = nil }
            throw error
        }
    }

    /// Closes the current connection, if any.
    func close() {
        let connection = state.withLock { state in
            defer { state.connection = nil }
            return state.connection
        }
        connection?.close()
    }
}
