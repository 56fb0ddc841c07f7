import Foundation
import LoadGeneration

/// One sending thread: its own keep-alive connection and the streams (one per signer, batches in nonce order)
/// assigned to it, sent a batch at a time in turn, each after the pool has room for it. A signer's batches all go
/// over one connection, one request at a time, so the node sees its nonces in order.
struct Sender: Sendable {
    let connection: RawHTTPConnection
    let streams: [[SubmissionBatch]]

    /// Starts the thread; it leaves `group` when it has sent everything or the run has failed.
    func start(pacing: Pacing, group: DispatchGroup) {
        group.enter()
        Thread {
            run(pacing: pacing)
            group.leave()
        }.start()
    }

    private func run(pacing: Pacing) {
        var next = [Int](repeating: 0, count: streams.count)
        var stream = 0
        for _ in 0..<streams.reduce(0, { $0 + $1.count }) {
            while next[stream] == streams[stream].count { stream = (stream + 1) % streams.count }
            let batch = streams[stream][next[stream]]
            guard pacing.reserve(batch.count) else { return }
            do {
                try batch.check(connection.exchange(batch.request))
            } catch {
                pacing.fail(error as? Failure ?? Failure("\(error)"))
                return
            }
            pacing.accept(batch.count)
            next[stream] += 1
            stream = (stream + 1) % streams.count
        }
    }
}
