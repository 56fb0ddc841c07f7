import Foundation
import NodeCore
import Primitives
import Runtime

/// Subscriptions: new and finalized heads, storage changes, runtime versions and watched extrinsics.
extension NodeService {
    func subscribeHeads(_ watch: Watch, method: String, _ connection: RPCConnection?) throws(RPCError) -> JSON {
        let id = try addSubscription(watch, connection: connection)
        sendAfterResponse(id, method: method, ChainJSON.header(chain.best))
        return .string(id)
    }

    func subscribeRuntimeVersion(_ connection: RPCConnection?) throws(RPCError) -> JSON {
        let id = try addSubscription(.runtimeVersion, connection: connection)
        sendAfterResponse(id, method: "state_runtimeVersion", ChainJSON.runtimeVersion(RuntimeAPI.version))
        return .string(id)
    }

    /// `state_subscribeStorage([keys]?)`: the current values first, then every change of those keys (or of any
    /// key when none are given).
    func subscribeStorage(_ call: RPCCall, _ connection: RPCConnection?) throws(RPCError) -> JSON {
        var keys: [[UInt8]]?
        if let list = call.optional(0) {
            guard case .array(let values) = list, values.count <= 1000 else {
                throw .invalidParams("the keys must be an array of at most 1000 hex strings")
            }
            keys = []
            for (index, value) in values.enumerated() {
                keys?.append(try RPCCall(method: "", params: [value]).bytes(0, name: "key \(index)"))
            }
        }
        let id = try addSubscription(.storage(keys: keys), connection: connection)
        if let keys {
            let changes = keys.map { StorageChange(key: $0, value: chain.bestState.value(forKey: $0)) }
            sendAfterResponse(id, method: "state_storage", storageChanges(changes))
        }
        return .string(id)
    }

    private func storageChanges(_ changes: [StorageChange]) -> JSON {
        .object([
            "block": ChainJSON.hash(chain.best.hash),
            "changes": .array(changes.map { .array([ChainJSON.hex($0.key), $0.value.map(ChainJSON.hex) ?? .null]) }),
        ])
    }

    /// Queues a notification to go out right after the current request's response.
    func sendAfterResponse(_ subscription: String, method: String, _ result: JSON) {
        deferred.append((subscription, method, result))
    }

    /// Sends the queued notifications.
    func flushDeferred() {
        let queued = deferred
        deferred = []
        for (subscription, method, result) in queued { send(subscription, method: method, result) }
    }

    /// Tells every subscriber about an authored block.
    func notify(_ authored: AuthoredBlock) {
        let hash = ChainJSON.hash(authored.block.hash)
        let included = Set(authored.included.map(\.hash))
        let dropped = Dictionary(authored.dropped.map { ($0.hash, $0.reason) }) { first, _ in first }
        for (id, subscription) in subscriptions.sorted(by: { $0.key < $1.key }) {
            switch subscription.watch {
            case .newHeads:
                send(id, method: "chain_newHead", ChainJSON.header(authored.block.header))
            case .finalizedHeads:
                send(id, method: "chain_finalizedHead", ChainJSON.header(authored.block.header))
            case .runtimeVersion:
                continue
            case .storage(let keys):
                let watching = keys.map(Set.init)
                let watched = authored.changes.filter { watching?.contains($0.key) ?? true }
                guard !watched.isEmpty else { continue }
                send(id, method: "state_storage", storageChanges(watched))
            case .extrinsic(let extrinsic):
                if included.contains(extrinsic) {
                    send(id, method: "author_extrinsicUpdate", .object(["inBlock": hash]))
                    send(id, method: "author_extrinsicUpdate", .object(["finalized": hash]))
                    subscriptions[id] = nil
                } else if dropped[extrinsic] != nil {
                    send(id, method: "author_extrinsicUpdate", .string("invalid"))
                    subscriptions[id] = nil
                }
            }
        }
    }
}
