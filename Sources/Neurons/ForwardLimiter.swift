import HeapModule
import Synchronization

/// Bounds how many forward functions run at once; callers waiting for a slot are served highest priority first
/// (by default the caller's stake), and at most `maxWaiting` wait: beyond that the axon is busy (503).
final class ForwardLimiter: Sendable {
    /// No slot and the waiting line is full.
    struct Busy: Error {}

    private struct Waiter: Comparable {
        let priority: Double
        let sequence: UInt64
        let continuation: CheckedContinuation<Void, Never>

        static func < (lhs: Waiter, rhs: Waiter) -> Bool {
            lhs.priority != rhs.priority ? lhs.priority < rhs.priority : lhs.sequence > rhs.sequence
        }

        static func == (lhs: Waiter, rhs: Waiter) -> Bool { lhs.sequence == rhs.sequence }
    }

    private struct State {
        var free: Int
        var waiting = Heap<Waiter>()
        var sequence: UInt64 = 0
    }

    private let state: Mutex<State>
    private let maxWaiting: Int

    init(slots: Int, maxWaiting: Int) {
        state = Mutex(State(free: slots))
        self.maxWaiting = maxWaiting
    }

    /// Waits for a slot; `release()` must follow.
    /// - Throws: `Busy` when the line is full.
    func acquire(priority: Double) async throws {
        let immediate: Bool = try state.withLock { state in
            if state.free > 0 {
                state.free -= 1
                return true
            }
            guard state.waiting.count < maxWaiting else { throw Busy() }
            return false
        }
        if immediate { return }
        await withCheckedContinuation { continuation in
            let queued = state.withLock { state -> Bool in
                if state.free > 0 {
                    state.free -= 1
                    return false
                }
                state.sequence += 1
                state.waiting.insert(Waiter(priority: priority, sequence: state.sequence, continuation: continuation))
                return true
            }
            if !queued { continuation.resume() }
        }
    }

    /// Gives a slot back, to the highest-priority waiter if there is one.
    func release() {
        let next = state.withLock { state -> Waiter? in
            if let waiter = state.waiting.popMax() { return waiter }
            state.free += 1
            return nil
        }
        next?.continuation.resume()
    }
}
