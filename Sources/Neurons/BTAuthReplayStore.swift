import DequeModule
import Synchronization

/// The `(hotkey, nonce)` pairs a verifier accepted recently, so that each signed request is accepted once.
///
/// **Bound in time.** A pair accepted at time `t` has `nonce ≤ t + allowedSkew` (freshness), so once the clock
/// passes `nonce + maxAge ≤ t + allowedSkew + maxAge`, a replay of it is refused as stale before the store is
/// asked. Each entry is therefore kept until the clock passes `t + retention`, with
/// `retention = maxAge + allowedSkew`, and then dropped: the store holds at most one window of accepted requests.
/// Expiry reads the verifier's clock, so a wall clock stepped backwards by `d` can reopen pairs dropped in the
/// last `d` (Python's store, on a monotonic clock with a fixed 60 s retention, shares this for steps over its
/// 48 s margin).
///
/// **Bound in count.** At most `capacity` unexpired entries are held. When full, the store refuses new pairs
/// (the verifier answers `replayStoreFull`) instead of evicting live ones, which would let their replays
/// through: it fails closed, and recovers as entries expire. Only requests whose signature verified reach the
/// store, so forged traffic cannot fill it; a sender with valid keys can, which per-hotkey rate limits in front
/// of the verifier must stop.
///
/// Safe to share between tasks (a `Mutex`).
public final class BTAuthReplayStore: Sendable {
    /// What `insert` did.
    enum Outcome: Equatable {
        /// The pair was new and is now stored.
        case stored
        /// The pair was already stored.
        case replayed
        /// The pair was new but the store is at capacity; nothing was stored.
        case full
    }

    private struct Entry: Hashable {
        let hotkey: String
        let nonce: Int64
    }

    private struct State {
        var seen: Set<Entry> = []
        var expiries: Deque<(deadline: Int64, entry: Entry)> = []
    }

    /// How long an entry is kept, in nanoseconds.
    public let retention: Int64
    /// The most entries held at once.
    public let capacity: Int
    private let state = Mutex(State())

    init(retention: Int64, capacity: Int) {
        precondition(retention >= 0 && capacity > 0, "a replay store needs a retention ≥ 0 and a capacity > 0")
        self.retention = retention
        self.capacity = capacity
    }

    /// The number of entries held (expired ones included until the next `insert` drops them).
    public var count: Int { state.withLock { $0.seen.count } }

    /// Drops expired entries, then stores `(hotkey, nonce)` unless it is already there or the store is full.
    /// - Parameter now: the verifier's clock, in nanoseconds since the Unix epoch.
    /// - Complexity: amortized O(1).
    func insert(hotkey: String, nonce: Int64, now: Int64) -> Outcome {
        let entry = Entry(hotkey: hotkey, nonce: nonce)
        let (deadline, overflow) = now.addingReportingOverflow(retention)
        return state.withLock { state in
            while let first = state.expiries.first, first.deadline < now {
                state.seen.remove(state.expiries.removeFirst().entry)
            }
            if state.seen.contains(entry) { return .replayed }
            if state.seen.count >= capacity { return .full }
            state.seen.insert(entry)
            state.expiries.append((overflow ? .max : deadline, entry))
            return .stored
        }
    }
}
