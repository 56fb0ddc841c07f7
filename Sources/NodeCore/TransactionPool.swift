import HeapModule
import Primitives
import Runtime

/// Transactions waiting for a block, validated by the runtime on entry.
///
/// A signer's transactions are *ready* from its account nonce upwards while their nonces are consecutive; the
/// rest are *future* and wait for the gap to fill. Blocks take ready transactions by priority (the tip), then by
/// arrival, each signer's in nonce order. The pool is bounded in count and bytes, and in future transactions per
/// signer. After each block it drops what was included, what has gone stale and what has expired. Pure state:
/// the caller supplies the state reads.
public struct TransactionPool: Sendable {
    /// How much the pool holds.
    public struct Limits: Sendable {
        /// The most transactions.
        public var count: Int
        /// The most bytes of encoded transactions.
        public var bytes: Int
        /// The most future transactions of one signer.
        public var futurePerSigner: Int

        /// Limits; the defaults are Substrate's pool defaults (8192 ready, 20 MiB) and 64 futures per signer.
        public init(count: Int = 8192, bytes: Int = 20 << 20, futurePerSigner: Int = 64) {
            self.count = count
            self.bytes = bytes
            self.futurePerSigner = futurePerSigner
        }
    }

    /// A pooled transaction.
    public struct Entry: Sendable {
        /// `blake2_256` of the encoding.
        public let hash: H256
        /// The transaction.
        public let extrinsic: UncheckedExtrinsic
        /// What validation found.
        public let validity: ValidTransaction
        /// Arrival order.
        let sequence: UInt64
    }

    /// The limits it keeps.
    public let limits: Limits
    private var entries: [H256: Entry] = [:]
    private var bySigner: [AccountId32: SignerQueue] = [:]
    private var nextSequence: UInt64 = 0
    /// The encoded bytes held.
    public private(set) var bytes = 0

    /// An empty pool.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The number of transactions held.
    public var count: Int { entries.count }

    /// Whether `hash` is pooled.
    public func contains(_ hash: H256) -> Bool { entries[hash] != nil }

    /// The pooled transaction with `hash`.
    public func entry(_ hash: H256) -> Entry? { entries[hash] }

    /// The first nonce from `accountNonce` on that `signer` has no pooled transaction for: the next nonce to use.
    public func readyEnd(of signer: AccountId32, accountNonce: UInt32) -> UInt32 {
        guard var queue = bySigner[signer] else { return accountNonce }
        queue.settle(accountNonce: accountNonce)
        return queue.readyEnd
    }

    /// Every pooled transaction, in arrival order.
    public var all: [Entry] { entries.values.sorted { $0.sequence < $1.sequence } }

    /// Adds a transaction the runtime validated (`TransactionValidation.validate`). A pooled transaction of the
    /// same signer and nonce is replaced when the new one's priority is higher.
    /// - Returns: the transaction's hash, and the hash of the transaction it replaced.
    /// - Throws: `PoolError` when it is pooled already, loses to the pooled one, or does not fit.
    @discardableResult
    public mutating func insert(_ extrinsic: UncheckedExtrinsic, validity: ValidTransaction) throws(PoolError)
        -> (hash: H256, replaced: H256?) {
        let hash = extrinsic.hash
        guard entries[hash] == nil else { throw .alreadyImported }
        let existing = bySigner[validity.signer]?.nonces[validity.nonce].flatMap { entries[$0] }
        if let existing, existing.validity.priority >= validity.priority { throw .priorityTooLow }
        let freed = existing.map(\.extrinsic.encoded.count) ?? 0
        guard entries.count - (existing == nil ? 0 : 1) < limits.count,
              bytes - freed + extrinsic.encoded.count <= limits.bytes else { throw .full }
        bySigner[validity.signer, default: SignerQueue()].settle(accountNonce: validity.accountNonce)
        if existing == nil, let queue = bySigner[validity.signer], validity.nonce > queue.readyEnd {
            guard queue.nonces.keys.count(where: { $0 > queue.readyEnd }) < limits.futurePerSigner else {
                if queue.nonces.isEmpty { bySigner[validity.signer] = nil }
                throw .full
            }
        }
        if let existing { remove(existing.hash) }
        entries[hash] = Entry(hash: hash, extrinsic: extrinsic, validity: validity, sequence: nextSequence)
        nextSequence += 1
        bySigner[validity.signer, default: SignerQueue()].insert(validity.nonce, hash)
        bytes += extrinsic.encoded.count
        return (hash, existing?.hash)
    }

    /// Removes a transaction; returns it if it was pooled.
    @discardableResult
    public mutating func remove(_ hash: H256) -> Entry? {
        guard let entry = entries.removeValue(forKey: hash) else { return nil }
        bytes -= entry.extrinsic.encoded.count
        bySigner[entry.validity.signer]?.remove(entry.validity.nonce)
        if bySigner[entry.validity.signer]?.nonces.isEmpty == true { bySigner[entry.validity.signer] = nil }
        return entry
    }

    /// The ready transactions in block order: by priority, then arrival, each signer's consecutive nonces from
    /// `nonce(signer)` in order. At most `limit` of them.
    public func ready(limit: Int = .max, nonce: (AccountId32) -> UInt32) -> [Entry] {
        struct Candidate: Comparable {
            let entry: Entry
            /// Lower priority, then later arrival, is smaller: the heap's maximum goes next.
            static func < (a: Candidate, b: Candidate) -> Bool {
                if a.entry.validity.priority != b.entry.validity.priority {
                    return a.entry.validity.priority < b.entry.validity.priority
                }
                return a.entry.sequence > b.entry.sequence
            }
            static func == (a: Candidate, b: Candidate) -> Bool { a.entry.hash == b.entry.hash }
        }
        var heap = Heap<Candidate>()
        for (signer, queue) in bySigner {
            if let hash = queue.nonces[nonce(signer)], let entry = entries[hash] { heap.insert(Candidate(entry: entry)) }
        }
        var ordered: [Entry] = []
        while ordered.count < limit, let next = heap.popMax() {
            ordered.append(next.entry)
            let validity = next.entry.validity
            if validity.nonce < .max, let hash = bySigner[validity.signer]?.nonces[validity.nonce + 1],
               let entry = entries[hash] {
                heap.insert(Candidate(entry: entry))
            }
        }
        return ordered
    }

    /// After block `number` was imported: drops transactions whose nonce is below their signer's account nonce
    /// (included or stale) and those whose era ends by the next block. Returns the dropped entries.
    @discardableResult
    public mutating func prune(afterBlock number: UInt32, nonce: (AccountId32) -> UInt32) -> [Entry] {
        let next = UInt64(number) + 1
        let dropped = entries.values.filter { entry in
            entry.validity.nonce < nonce(entry.validity.signer) || entry.validity.deathBlock <= next
        }
        for entry in dropped { remove(entry.hash) }
        return dropped.sorted { $0.sequence < $1.sequence }
    }
}

/// One signer's pooled nonces, with the end of the run that is ready (`readyEnd`: the first nonce from the account
/// nonce on that is not pooled), kept up to date as transactions arrive so that a long run of consecutive nonces
/// is not rescanned for each one.
struct SignerQueue: Sendable {
    /// Pooled transactions by nonce.
    private(set) var nonces: [UInt32: H256] = [:]
    /// The account nonce `readyEnd` was computed for.
    private var accountNonce: UInt32?
    /// The first nonce at or above the account nonce that is not pooled; larger nonces are future.
    private(set) var readyEnd: UInt32 = 0

    /// Recomputes `readyEnd` when the account nonce moved (after a block) or a removal invalidated it.
    mutating func settle(accountNonce: UInt32) {
        guard self.accountNonce != accountNonce else { return }
        self.accountNonce = accountNonce
        readyEnd = accountNonce
        advance()
    }

    mutating func insert(_ nonce: UInt32, _ hash: H256) {
        nonces[nonce] = hash
        if nonce == readyEnd { advance() }
    }

    mutating func remove(_ nonce: UInt32) {
        nonces[nonce] = nil
        accountNonce = nil
    }

    private mutating func advance() {
        while readyEnd < .max, nonces[readyEnd] != nil { readyEnd += 1 }
    }
}
