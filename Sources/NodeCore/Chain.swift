import Primitives
import Runtime

/// Why a chain could not be opened.
public enum ChainError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store holds another chain.
    case otherChain(stored: H256, expected: H256)
    /// The stored state does not hash to the best header's state root.
    case corruptState(number: UInt32, stored: H256, computed: H256)
    /// The store has a genesis but no best block, or a stored value does not decode.
    case corruptStore(String)

    public var description: String {
        switch self {
        case .otherChain(let stored, let expected):
            "the database holds another chain (genesis \(stored)), not this one (genesis \(expected)): "
                + "use another --base-path, or delete that database to start over"
        case .corruptState(let number, let stored, let computed):
            "the stored state of block #\(number) hashes to \(computed), not its header's state root \(stored)"
        case .corruptStore(let reason): "the database is corrupt: \(reason)"
        }
    }
}

/// A block the chain authored and committed.
public struct AuthoredBlock: Sendable {
    /// The block.
    public let block: Block
    /// The events it emitted.
    public let events: [EventRecord]
    /// The pooled transactions it included, in block order, with what applying them did.
    public let included: [(hash: H256, outcome: ApplyOutcome)]
    /// Pooled transactions dropped as no longer valid (stale, expired, refused when applied), with the reason.
    public let dropped: [(hash: H256, reason: String)]
    /// Every storage change the block made, in key order.
    public let changes: [StorageChange]
}

/// A single-authority chain: the best block and its state, recent states for queries, the transaction pool,
/// and block authoring that commits each block and its state to a `BlockStore` before it becomes the best.
/// Finality is immediate. Not thread-safe: the node drives it from one actor.
public struct Chain: Sendable {
    /// How many recent blocks' states stay queryable.
    public static let recentStateCount = 256

    /// How much a block takes.
    public struct BlockLimits: Sendable {
        /// Picoseconds of weight; by default the normal-class share of subtensor's limit (75 % of 4 s).
        public var weight: UInt64
        /// Bytes of extrinsics; by default the normal-class share of subtensor's 5 MiB.
        public var length: Int

        /// Limits.
        public init(weight: UInt64 = 3_000_000_000_000, length: Int = TransactionValidation.maximumLength) {
            self.weight = weight
            self.length = length
        }
    }

    /// The chain's genesis hash.
    public let genesisHash: H256
    /// The best (and finalized) block's header.
    public private(set) var best: Header
    /// The best block's state.
    public private(set) var bestState: StorageState
    /// Transactions waiting for a block.
    public private(set) var pool: TransactionPool
    /// What each authored block may hold.
    public var blockLimits = BlockLimits()
    private var recentStates: [H256: StorageState] = [:]
    private var recentOrder: [H256] = []
    private let store: any BlockStore

    /// Opens the chain of `spec` in `store`: writes genesis into an empty store, or loads the stored best block
    /// and checks that its state hashes to the header's state root.
    /// - Throws: `ChainError` for another chain's store or a corrupt one; `GenesisError` for a bad spec.
    public init(spec: ChainSpec, store: any BlockStore, poolLimits: TransactionPool.Limits = .init()) throws {
        let (genesis, genesisState) = try spec.genesisBlock()
        self.store = store
        genesisHash = genesis.hash
        pool = TransactionPool(limits: poolLimits)
        guard let stored = try store.genesisHash() else {
            try store.initialize(genesis: genesis, state: genesisState.committedEntries)
            best = genesis.header
            bestState = genesisState
            remember(genesis.hash, genesisState)
            return
        }
        guard stored == genesis.hash else { throw ChainError.otherChain(stored: stored, expected: genesis.hash) }
        guard let header = try store.bestHeader() else { throw ChainError.corruptStore("no best block") }
        var state = StorageState(entries: try store.bestState())
        let root = state.root()
        guard root == header.stateRoot else {
            throw ChainError.corruptState(number: header.number, stored: header.stateRoot, computed: root)
        }
        best = header
        bestState = state
        remember(header.hash, state)
    }

    /// The state after block `hash`, if it is one of the recent blocks.
    public func state(at hash: H256) -> StorageState? { recentStates[hash] }

    /// The hash of block `number` on the chain.
    public func hash(ofNumber number: UInt32) throws -> H256? {
        number == best.number ? best.hash : try store.hash(ofNumber: number)
    }

    /// The block with `hash`.
    public func block(hash: H256) throws -> Block? { try store.block(hash: hash) }

    /// The next nonce of `account`, counting its ready transactions in the pool (`system_accountNextIndex`).
    public func nextNonce(of account: AccountId32) -> UInt32 {
        pool.readyEnd(of: account, accountNonce: (try? bestState.accountInfo(of: account).nonce) ?? 0)
    }

    /// Verifies the signatures of transactions about to be submitted, in parallel (see `submit`).
    public func verifySignatures(_ extrinsics: [UncheckedExtrinsic], workers: Int) -> [Bool] {
        TransactionValidation.verifySignatures(extrinsics, state: bestState, blockNumber: best.number + 1,
                                               parentHash: best.hash, workers: workers)
    }

    /// Validates `extrinsic` against the best state and pools it.
    /// - Parameter signatureVerified: true when `verifySignatures` verified it against this best block.
    /// - Returns: its hash.
    /// - Throws: `PoolError`.
    @discardableResult
    public mutating func submit(_ extrinsic: UncheckedExtrinsic, signatureVerified: Bool = false) throws(PoolError) -> H256 {
        let validity: ValidTransaction
        do {
            validity = try TransactionValidation.validate(extrinsic, state: bestState, blockNumber: best.number + 1,
                                                          parentHash: best.hash, verifySignature: !signatureVerified)
        } catch {
            throw .rejected(error)
        }
        return try pool.insert(extrinsic, validity: validity).hash
    }

    /// Authors the next block: the timestamp inherent, then ready transactions by priority up to the block's
    /// weight and length limits. The block and its state changes are committed to the store before the block
    /// becomes the best one; then the pool drops what the block included or invalidated.
    /// - Parameter timestamp: milliseconds since the Unix epoch, for `Timestamp.set`.
    public mutating func author(timestamp: UInt64) throws -> AuthoredBlock {
        var builder = try BlockBuilder(parentState: bestState, parentHash: best.hash, number: best.number + 1)
        let inherent = UncheckedExtrinsic(signature: nil, call: RuntimeCall.timestamp(.set(now: timestamp)).scaleEncoded)
        _ = try builder.apply(inherent)
        let state = bestState
        let candidates = selectForBlock(pool.ready { (try? state.accountInfo(of: $0).nonce) ?? 0 })
        // The pool verified each signature on entry; it still holds where the era's birth block is the same.
        let number = UInt64(best.number) + 1
        let verified = candidates.map { entry in
            entry.extrinsic.signature.map { $0.extra.era.birth(current: number) == entry.validity.birthBlock } ?? false
        }
        let results = builder.apply(candidates.map(\.extrinsic), verified: verified)
        let (block, newState, changes) = builder.finishWithChanges()
        try store.commit(block, changes: changes)
        best = block.header
        bestState = newState
        remember(block.hash, newState)

        var included: [(hash: H256, outcome: ApplyOutcome)] = []
        var dropped: [(hash: H256, reason: String)] = []
        for (entry, result) in zip(candidates, results) {
            switch result {
            case .success(let outcome):
                included.append((entry.hash, outcome))
                pool.remove(entry.hash)
            case .failure(.invalid(.invalid(.future))):
                continue
            case .failure(let rejection):
                dropped.append((entry.hash, rejection.description))
                pool.remove(entry.hash)
            }
        }
        let expired = pool.prune(afterBlock: block.header.number) { (try? newState.accountInfo(of: $0).nonce) ?? 0 }
        dropped += expired.map { ($0.hash, "stale or expired") }
        return AuthoredBlock(block: block, events: (try? newState.events()) ?? [], included: included, dropped: dropped,
                             changes: changes)
    }

    /// The longest prefix of `ready` within the block's weight and length limits.
    private func selectForBlock(_ ready: [TransactionPool.Entry]) -> [TransactionPool.Entry] {
        var weight: UInt64 = 0
        var length = 0
        var selected: [TransactionPool.Entry] = []
        for entry in ready {
            let entryLength = entry.extrinsic.encoded.count
            guard weight + entry.validity.weight <= blockLimits.weight,
                  length + entryLength <= blockLimits.length else { break }
            weight += entry.validity.weight
            length += entryLength
            selected.append(entry)
        }
        return selected
    }

    private mutating func remember(_ hash: H256, _ state: StorageState) {
        recentStates[hash] = state
        recentOrder.append(hash)
        if recentOrder.count > Self.recentStateCount {
            recentStates[recentOrder.removeFirst()] = nil
        }
    }
}
