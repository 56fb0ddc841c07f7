#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The wall clock `btauth/1` nonces are read from: nanoseconds since the Unix epoch, as Python's `time.time_ns()`.
///
/// Signers take fresh nonces from it and verifiers measure freshness and replay-store expiry against it; tests
/// inject a fixed or stepped clock.
public struct BTAuthClock: Sendable {
    /// Nanoseconds since the Unix epoch.
    public let now: @Sendable () -> Int64

    /// A clock that reads `now`.
    public init(now: @escaping @Sendable () -> Int64) {
        self.now = now
    }

    /// The system's real-time clock (`CLOCK_REALTIME`).
    public static let system = BTAuthClock {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
