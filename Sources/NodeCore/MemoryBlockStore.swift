import Primitives
import Runtime
import Synchronization

/// A `BlockStore` in memory, for tests and throwaway chains.
public final class MemoryBlockStore: BlockStore {
    private struct Contents {
        var blocks: [H256: Block] = [:]
        var hashes: [H256] = []
        var state: [[UInt8]: [UInt8]] = [:]
    }

    private let contents = Mutex(Contents())

    /// An empty store.
    public init() {}

    public func genesisHash() throws -> H256? { contents.withLock { $0.hashes.first } }

    public func bestHeader() throws -> Header? {
        contents.withLock { contents in contents.hashes.last.flatMap { contents.blocks[$0]?.header } }
    }

    public func hash(ofNumber number: UInt32) throws -> H256? {
        contents.withLock { Int(number) < $0.hashes.count ? $0.hashes[Int(number)] : nil }
    }

    public func block(hash: H256) throws -> Block? { contents.withLock { $0.blocks[hash] } }

    public func bestState() throws -> [(key: [UInt8], value: [UInt8])] {
        contents.withLock { $0.state.map { ($0.key, $0.value) }.sorted { $0.key.lexicographicallyPrecedes($1.key) } }
    }

    public func initialize(genesis: Block, state: [(key: [UInt8], value: [UInt8])]) throws {
        contents.withLock { contents in
            contents = Contents(blocks: [genesis.hash: genesis], hashes: [genesis.hash],
                                state: Dictionary(uniqueKeysWithValues: state.map { ($0.key, $0.value) }))
        }
    }

    public func commit(_ block: Block, changes: [StorageChange]) throws {
        contents.withLock { contents in
            contents.blocks[block.hash] = block
            contents.hashes.append(block.hash)
            for change in changes { contents.state[change.key] = change.value }
        }
    }
}
