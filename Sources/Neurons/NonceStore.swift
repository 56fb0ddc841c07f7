import Synchronization

/// The axon's replay guard (specs/wire.md §1.6): the last nonce accepted per `hotkey:uuid`, and the freshness
/// window for dendrites from 7.2.0 on (4 s plus the request's own timeout, for keys not seen before).
///
/// Unlike Python's never-pruned dict it is bounded: past `capacity` keys it drops the half least recently
/// used. A dropped key is then treated as new, so its next request still has to be fresh.
final class NonceStore: Sendable {
    /// Why a nonce is refused.
    enum Rejection: Error, Equatable {
        case tooOld(allowedSeconds: Double, ageSeconds: Double)
        case notNewer
    }

    private struct Entry {
        var nonce: Int
        var lastUse: UInt64
    }

    private let entries = Mutex<(map: [String: Entry], clock: UInt64)>(([:], 0))
    private let capacity: Int

    /// The version from which the freshness window applies (7.2.0).
    static let windowVersion = 7_002_000
    /// The fixed part of the window, in nanoseconds.
    static let windowNanoseconds = 4_000_000_000

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    /// Checks `nonce` for `key` without recording it.
    func check(_ nonce: Int, key: String, version: Int?, timeoutSeconds: Double, now: Int) throws(Rejection) {
        let last = entries.withLock { $0.map[key]?.nonce }
        if let last {
            guard nonce > last else { throw .notNewer }
        } else if let version, version >= Self.windowVersion {
            let allowed = Double(Self.windowNanoseconds) + timeoutSeconds * 1e9
            guard Double(nonce) > Double(now) - allowed else {
                throw .tooOld(allowedSeconds: allowed / 1e9, ageSeconds: Double(now - nonce) / 1e9)
            }
        }
    }

    /// Records `nonce` as the last accepted one for `key` (after the signature passed).
    func record(_ nonce: Int, key: String) {
        entries.withLock { state in
            state.clock += 1
            state.map[key] = Entry(nonce: max(nonce, state.map[key]?.nonce ?? nonce), lastUse: state.clock)
            if state.map.count > capacity {
                let keep = state.map.sorted { $0.value.lastUse > $1.value.lastUse }.prefix(capacity / 2)
                state.map = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
            }
        }
    }
}
