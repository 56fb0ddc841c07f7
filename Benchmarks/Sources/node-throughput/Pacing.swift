import Foundation
import LoadGeneration

/// What the sending threads and the inclusion probe share: transfers sent and included, when the last one was
/// accepted, and the first failure. A sender waits before a batch that could overflow the node's pool (its count
/// limit), so that the pool never refuses a transfer for being full: every error reply is then a failure.
final class Pacing: @unchecked Sendable {
    private let condition = NSCondition()
    private let poolLimit: Int
    private let total: Int
    private var sent = 0
    private var accepted = 0
    private var included = 0
    private var lastAccepted: ContinuousClock.Instant?
    private var failures: [Failure] = []

    /// Pacing for `total` transfers into a pool of `poolLimit`.
    init(total: Int, poolLimit: Int) {
        self.total = total
        self.poolLimit = poolLimit
    }

    /// Waits until `count` more transfers fit in the pool beside those sent and not yet included, and counts them
    /// as sent; false once the run has failed.
    func reserve(_ count: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while failures.isEmpty, sent - included + count > poolLimit { condition.wait() }
        guard failures.isEmpty else { return false }
        sent += count
        return true
    }

    /// Counts `count` transfers that the node accepted.
    func accept(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        accepted += count
        if accepted == total { lastAccepted = .now }
    }

    /// Records how many transfers are in blocks so far, which makes room in the pool.
    func include(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        included = count
        condition.broadcast()
    }

    /// Records a failure, which stops every sender.
    func fail(_ failure: Failure) {
        condition.lock()
        defer { condition.unlock() }
        failures.append(failure)
        condition.broadcast()
    }

    /// The failures so far and when the last transfer was accepted.
    var state: (failures: [Failure], lastAccepted: ContinuousClock.Instant?) {
        condition.lock()
        defer { condition.unlock() }
        return (failures, lastAccepted)
    }
}
