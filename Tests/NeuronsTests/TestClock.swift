import Neurons
import Synchronization

/// A settable wall clock for verifiers and signers under test.
final class TestClock: Sendable {
    private let time: Mutex<Int64>

    init(_ now: Int64) { time = Mutex(now) }

    /// The current reading.
    var now: Int64 {
        get { time.withLock { $0 } }
        set { time.withLock { $0 = newValue } }
    }

    /// A `BTAuthClock` that reads this clock.
    var clock: BTAuthClock { BTAuthClock { self.now } }
}
