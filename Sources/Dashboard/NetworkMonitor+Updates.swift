import Foundation

/// The browsers' side of the monitor: Server-Sent Events streams, bounded in number, and the bound on account
/// pages read from the node at once.
extension NetworkMonitor {
    /// The most event streams open at once.
    static let maximumListeners = 64
    /// The most account pages read from the node at once.
    static let maximumAccountReads = 4

    /// Server-Sent Events frames: the live JSON now and after every change, and a comment every 15 seconds so
    /// idle connections stay open; until the caller stops listening or `endUpdates()`. Nil when
    /// `maximumListeners` streams are open already; a finished stream after `endUpdates()`.
    func updates() -> AsyncStream<String>? {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        guard !ended else {
            continuation.finish()
            return stream
        }
        guard listeners.count < Self.maximumListeners else { return nil }
        let id = UUID()
        listeners[id] = continuation
        continuation.yield("retry: 1000\ndata: \(snapshot.liveJSON)\n\n")
        continuation.onTermination = { _ in Task { await self.removeListener(id) } }
        return stream
    }

    /// Ends every stream and refuses new ones (at shutdown, so the server can close its connections).
    func endUpdates() {
        ended = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    /// Takes one of the `maximumAccountReads` slots; false when all are taken.
    func beginAccountRead() -> Bool {
        guard accountReads < Self.maximumAccountReads else { return false }
        accountReads += 1
        return true
    }

    /// Gives a slot back.
    func endAccountRead() { accountReads -= 1 }

    func broadcast(_ frame: String) {
        for listener in listeners.values { listener.yield(frame) }
    }

    func keepStreamsAlive() async {
        while (try? await Task.sleep(for: .seconds(15))) != nil { broadcast(": keep-alive\n\n") }
    }

    private func removeListener(_ id: UUID) { listeners[id] = nil }
}
