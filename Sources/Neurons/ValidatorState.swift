import Foundation
import Primitives

/// What a validator keeps across restarts: its moving-average score per miner hotkey, how many steps it ran, the
/// block it last set weights at, and its commits waiting to be revealed. Saved as JSON, atomically.
public struct ValidatorState: Codable, Equatable, Sendable {
    /// A weights commit to reveal later (commit-reveal subnets).
    public struct PendingReveal: Codable, Equatable, Sendable {
        /// The uids.
        public var uids: [UInt16]
        /// Their u16 weights.
        public var values: [UInt16]
        /// The salt hashed into the commit.
        public var salt: [UInt16]
        /// The subnet's weights version key.
        public var versionKey: UInt64
        /// The block of the commit.
        public var committedAt: UInt32
    }

    /// Moving-average scores by miner hotkey (SS58).
    public var scores: [String: Double] = [:]
    /// Steps run.
    public var steps: Int = 0
    /// The block weights were last set (or committed) at.
    public var lastWeightsBlock: UInt32 = 0
    /// Commits not yet revealed.
    public var pendingReveals: [PendingReveal] = []

    /// An empty state.
    public init() {}

    /// The state saved at `path`; an empty one when there is no file.
    /// - Throws: `ValidatorStateError` when the file exists but does not decode (it is left untouched).
    public static func load(from path: String) throws -> ValidatorState {
        try ValidatorStateFile.load(ValidatorState.self, from: path) ?? ValidatorState()
    }

    /// Writes the state to `path` atomically (`AtomicFile`), so a crash leaves the old or the new one.
    /// - Throws: `AtomicFile.WriteError`.
    public func save(to path: String) throws {
        try ValidatorStateFile.save(self, to: path)
    }
}

/// A validator's saved state does not decode.
public struct ValidatorStateError: Error, CustomStringConvertible {
    /// The file.
    public let path: String
    /// Why.
    public let reason: String

    /// The state at `path` does not decode, for `reason`.
    public init(path: String, reason: String) {
        (self.path, self.reason) = (path, reason)
    }

    public var description: String { "the validator state at \(path) cannot be read (\(reason)); move it away to start afresh" }
}
