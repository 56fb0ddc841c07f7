import Synchronization

/// A token bucket per caller hotkey: `burst` requests at once, refilled at `perSecond`. A flood from one hotkey
/// is refused (429) while others are still served. Bounded: idle full buckets are forgotten when the table grows
/// past `capacity`.
final class HotkeyRateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let buckets = Mutex<[String: Bucket]>([:])
    private let perSecond: Double
    private let burst: Double
    private let capacity: Int

    init(perSecond: Double, burst: Int, capacity: Int = 10_000) {
        self.perSecond = perSecond
        self.burst = Double(burst)
        self.capacity = capacity
    }

    /// Takes one token for `hotkey` at `now` (seconds); false when its bucket is empty.
    func allow(_ hotkey: String, now: Double) -> Bool {
        buckets.withLock { buckets in
            var bucket = buckets[hotkey] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated) * perSecond)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            buckets[hotkey] = bucket
            if buckets.count > capacity {
                buckets = buckets.filter { min(burst, $0.value.tokens + (now - $0.value.updated) * perSecond) < burst }
            }
            return allowed
        }
    }
}
