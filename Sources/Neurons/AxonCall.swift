import Foundation

/// What an axon knows about a call before it reads the body: who signed it (after verification) and the header
/// fields, for blacklist, priority and forward functions.
public struct AxonCall: Sendable {
    /// The synapse's name (the route).
    public let synapseName: String
    /// The dendrite's side as its headers describe it (hotkey, nonce, uuid, signature, version, ip).
    public let dendrite: TerminalInfo
    /// The dendrite's timeout in seconds.
    public let timeout: Double
    /// The TCP peer's address.
    public let peerIP: String?
    /// The TCP peer's port.
    public let peerPort: Int?
}

/// The outcome of an axon's pipeline that is not a success: an HTTP status and the message Python's axon gives.
struct AxonFailure: Error {
    let status: Int
    let message: String

    static func internalError() -> AxonFailure {
        AxonFailure(status: 500, message: "Internal Server Error #\(UUID().uuidString.lowercased())")
    }
}

/// Races `operation` against `seconds`: its result, or `onTimeout` once the time is up. The operation keeps
/// running to its end in the background when it loses (it still holds its forward slot until then).
func withDeadline<T: Sendable>(seconds: Double, onTimeout: @escaping @Sendable () -> T,
                               _ operation: @escaping @Sendable () async -> T) async -> T {
    let gate = OnceGate<T>()
    return await withCheckedContinuation { continuation in
        gate.set(continuation)
        Task { gate.resume(with: await operation()) }
        Task {
            try? await Task.sleep(for: .seconds(max(0, seconds)))
            gate.resume(with: onTimeout())
        }
    }
}

/// Resumes a continuation once, with the first value offered.
private final class OnceGate<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Never>?
    private var pending: T?
    private var done = false

    func set(_ continuation: CheckedContinuation<T, Never>) {
        lock.withLock {
            if let pending {
                continuation.resume(returning: pending)
                done = true
            } else {
                self.continuation = continuation
            }
        }
    }

    func resume(with value: T) {
        lock.withLock {
            guard !done else { return }
            if let continuation {
                continuation.resume(returning: value)
                done = true
            } else if pending == nil {
                pending = value
            }
        }
    }
}
