import Primitives
import SCALE

/// One block as the chain page lists it: its number, hash, author's timestamp and extrinsics with their events.
struct BlockSummary: Sendable {
    /// The block's number.
    let number: UInt32
    /// The block's hash.
    let hash: H256
    /// The timestamp inherent's time, milliseconds since the Unix epoch; nil when the block has none.
    let timestamp: UInt64?
    /// Its extrinsics, in order.
    let extrinsics: [ExtrinsicSummary]
    /// How many events it recorded (extrinsics' and the block's own); nil when they could not be decoded.
    let eventCount: Int?
    /// What could not be read of it (undecodable extrinsics or events); nil when nothing.
    let problem: String?

    /// The summary of `block`, whose events are `events` (nil: they could not be decoded).
    init(block: Block, events: [EventRecord]?) {
        number = block.header.number
        hash = block.hash
        eventCount = events?.count
        problem = events == nil ? "events not decodable" : nil
        var timestamp: UInt64?
        extrinsics = block.extrinsics.enumerated().map { index, extrinsic in
            let call = try? RuntimeCall(scaleEncoded: extrinsic.call)
            if case .timestamp(.set(let now))? = call { timestamp = now }
            let own = events?.filter { $0.phase == .applyExtrinsic(UInt32(index)) }.map(\.event)
            let failed = own?.contains { if case .system(.extrinsicFailed) = $0 { true } else { false } }
            var signer: AccountId32?
            if case .id(let account)? = extrinsic.signature?.address { signer = account }
            return ExtrinsicSummary(index: index, call: call?.name ?? "undecodable call (pallet \(extrinsic.call.first ?? 0))",
                                    signer: signer, events: own?.map(\.name) ?? [], succeeded: failed.map { !$0 })
        }
        self.timestamp = timestamp
    }

    /// A block known only by its header, with why the rest could not be read.
    init(header: Header, problem: String) {
        number = header.number
        hash = header.hash
        timestamp = nil
        extrinsics = []
        eventCount = nil
        self.problem = problem
    }
}
