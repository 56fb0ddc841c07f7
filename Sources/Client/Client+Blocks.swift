import Primitives
import Runtime

/// Whole blocks, their events, accounts' hotkeys and header subscriptions: what explorers and dashboards read.
extension Client {
    /// Block `hash` (the best block when nil) with its extrinsics.
    /// - Throws: `ClientError` `.malformedReply` when the node knows no such block or an extrinsic does not decode.
    public func block(_ hash: H256? = nil) async throws -> Block {
        let reply = try await call("chain_getBlock", hash.map { [.string($0.description)] } ?? [])
        guard case .array(let items)? = reply["block"]?["extrinsics"], let headerJSON = reply["block"]?["header"] else {
            throw ClientError(.malformedReply, "chain_getBlock \(hash.map(\.description) ?? "best"): \(reply)")
        }
        let extrinsics = try items.enumerated().map { index, item -> UncheckedExtrinsic in
            guard let text = item.string else { throw ClientError(.malformedReply, "extrinsic \(index) is not hex") }
            return try Self.decode(UncheckedExtrinsic.self, try Self.decodeHex(text, "extrinsic \(index)"), "extrinsic \(index)")
        }
        return Block(header: try Self.decodeHeader(headerJSON), extrinsics: extrinsics)
    }

    /// The events block `hash` recorded (`System.Events`), in order.
    public func events(at hash: H256) async throws -> [EventRecord] {
        try await storage(SystemStorage.events.key, as: [EventRecord].self, at: hash) ?? []
    }

    /// The hotkeys `coldkey` has created (`SubtensorModule.OwnedHotkeys`).
    public func ownedHotkeys(coldkey: AccountId32) async throws -> [AccountId32] {
        try await storage(SubtensorStorage.ownedHotkeys.storageKey(coldkey), as: [AccountId32].self) ?? []
    }

    /// The number of the last finalized block.
    public func finalizedNumber() async throws -> UInt32 {
        let reply = try await call("chain_getFinalizedHead")
        guard let text = reply.string else { throw ClientError(.malformedReply, "chain_getFinalizedHead: \(reply)") }
        return try await header(try Self.decodeHash(text, "finalized head")).number
    }

    /// Each new best block's header as the node imports it (`chain_subscribeNewHeads`). The sequence ends with an
    /// error when the connection drops.
    public func newHeads() async throws -> some AsyncSequence<Header, any Error> {
        try await subscribe("chain_subscribeNewHeads").map { try Self.decodeHeader($0) }
    }
}
