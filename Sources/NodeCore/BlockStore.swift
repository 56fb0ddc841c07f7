import Primitives
import Runtime

/// Durable storage for a chain: blocks with their hash and number indexes, the state of the best block, and
/// the best head. `commit` stores a block and its state changes atomically: after a crash the store holds
/// either the whole block or none of it. The node keeps it in SQLite; tests use `MemoryBlockStore`.
public protocol BlockStore: Sendable {
    /// The genesis hash of the chain held, nil for an empty store.
    func genesisHash() throws -> H256?
    /// The best (and, on a single-authority chain, finalized) block's header.
    func bestHeader() throws -> Header?
    /// The hash of the block numbered `number` on the best chain.
    func hash(ofNumber number: UInt32) throws -> H256?
    /// The block with `hash`.
    func block(hash: H256) throws -> Block?
    /// Every key–value pair of the best block's state.
    func bestState() throws -> [(key: [UInt8], value: [UInt8])]
    /// Starts the store with the genesis block and its whole state.
    func initialize(genesis: Block, state: [(key: [UInt8], value: [UInt8])]) throws
    /// Appends `block` on the best block with its state changes, making it the best and finalized block.
    func commit(_ block: Block, changes: [StorageChange]) throws
}
