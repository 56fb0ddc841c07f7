import Client
import Primitives
import Synchronization

/// The latest metagraph of a subnet, shared between a neuron's loop (which refreshes it) and its axon's
/// blacklist and priority functions (which read it on every request).
public final class MetagraphCache: Sendable {
    private let current: Mutex<SubnetMetagraph>

    /// A cache holding `metagraph`.
    public init(_ metagraph: SubnetMetagraph) {
        current = Mutex(metagraph)
    }

    /// The metagraph as last synced.
    public var metagraph: SubnetMetagraph { current.withLock { $0 } }

    /// Reads the metagraph again; on failure the previous one stays.
    /// - Throws: what `SubnetMetagraph.sync` throws.
    public func sync(client: Client, lite: Bool = true) async throws {
        var fresh = metagraph
        try await fresh.sync(client: client, lite: lite)
        current.withLock { $0 = fresh }
    }

    /// The uid of a hotkey given in SS58, if it is registered.
    public func uid(ofSS58 hotkey: String) -> Int? {
        guard let account = try? AccountId32(ss58: hotkey) else { return nil }
        return current.withLock { graph in graph.uid(of: account).map(Int.init) }
    }

    /// The blacklist a miner uses by default: callers not registered on the subnet, and registered callers
    /// without a validator permit, are refused (Python's template miner does the same).
    public func defaultBlacklist(requireValidatorPermit: Bool = true) -> @Sendable (AxonCall) async -> String? {
        { call in
            guard let hotkey = call.dendrite.hotkey, let uid = self.uid(ofSS58: hotkey) else {
                return "Unrecognized hotkey \(call.dendrite.hotkey ?? "(none)")"
            }
            if requireValidatorPermit, !self.metagraph.validatorPermit[uid] { return "Non-validator hotkey \(hotkey)" }
            return nil
        }
    }

    /// The priority a miner uses by default: the caller's stake weight (unregistered callers last).
    public var stakePriority: @Sendable (AxonCall) async -> Double {
        { call in
            guard let hotkey = call.dendrite.hotkey, let uid = self.uid(ofSS58: hotkey) else { return 0 }
            return Double(self.metagraph.totalStake[uid])
        }
    }
}
