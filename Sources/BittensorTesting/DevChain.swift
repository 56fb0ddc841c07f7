import Keys
import Primitives
import Runtime

/// An in-process chain for tests, benchmarks and subnet authors: genesis from a chain spec, blocks built from
/// extrinsics signed with dev keys, no networking and no clock.
public struct DevChain: Sendable {
    /// The state after the last block.
    public private(set) var state: StorageState
    /// The last block's header.
    public private(set) var head: Header
    /// The genesis block's hash.
    public let genesisHash: H256
    /// The hash of every block so far, by number.
    public private(set) var blockHashes: [H256]

    /// A chain at its genesis block.
    /// - Throws: `GenesisError` for a bad spec.
    public init(spec: ChainSpec = .development) throws {
        let (genesis, state) = try spec.genesisBlock()
        self.state = state
        head = genesis.header
        genesisHash = genesis.hash
        blockHashes = [genesis.hash]
    }

    /// The dev key of a secret URI (`//Alice`).
    public static func key(_ uri: String) -> Keypair {
        try! Keypair(uri: uri, cryptoType: .sr25519)
    }

    /// The account id of a keypair.
    public static func account(_ key: Keypair) -> AccountId32 { try! AccountId32(key.publicKey) }

    /// The next nonce of `key`'s account.
    public func nonce(of key: Keypair) -> UInt32 {
        (try? state.accountInfo(of: Self.account(key)).nonce) ?? 0
    }

    /// A signed extrinsic for the next block: nonce from state unless given, immortal unless an era is given
    /// (mortal eras take their birth block's hash from this chain).
    public func sign(_ call: RuntimeCall, with key: Keypair, nonce: UInt32? = nil, era: Era = .immortal,
                     tip: UInt64 = 0) -> UncheckedExtrinsic {
        let extra = SignedExtra(era: era, nonce: nonce ?? self.nonce(of: key), tip: tip)
        let birth = Int(era.birth(current: UInt64(head.number) + 1))
        return Self.sign(call, with: key, extra: extra, genesisHash: genesisHash,
                         birthBlockHash: birth < blockHashes.count ? blockHashes[birth] : .zero)
    }

    /// A signed extrinsic for any chain of this runtime: `extra` signed with `key` against the chain's genesis hash
    /// and the era's birth block hash (the genesis hash too for immortal extrinsics).
    public static func sign(_ call: RuntimeCall, with key: Keypair, extra: SignedExtra, genesisHash: H256,
                            birthBlockHash: H256? = nil) -> UncheckedExtrinsic {
        let implicit = SignedImplicit(specVersion: RuntimeIdentity.specVersion,
                                      transactionVersion: RuntimeIdentity.transactionVersion,
                                      genesisHash: genesisHash, birthBlockHash: birthBlockHash ?? genesisHash)
        let callBytes = call.scaleEncoded
        let message = signingPayload(call: callBytes, extra: extra, implicit: implicit)
        let signature: MultiSignature = key.cryptoType == .sr25519 ? .sr25519(key.sign(message)) : .ed25519(key.sign(message))
        let signed = UncheckedExtrinsic.Signature(address: .id(account(key)), signature: signature, extra: extra)
        return UncheckedExtrinsic(signature: signed, call: callBytes)
    }

    /// Builds and imports the next block from `extrinsics`; rejected ones are left out of it.
    /// - Returns: the block and each extrinsic's result, in order.
    @discardableResult
    public mutating func produceBlock(_ extrinsics: [UncheckedExtrinsic] = [])
        throws -> (block: Block, results: [Result<ApplyOutcome, ExtrinsicRejection>]) {
        var builder = try BlockBuilder(parentState: state, parentHash: head.hash, number: head.number + 1)
        let results = builder.apply(extrinsics)
        let (block, newState) = builder.finish()
        state = newState
        head = block.header
        blockHashes.append(block.hash)
        return (block, results)
    }

    /// Produces `count` empty blocks.
    public mutating func advance(blocks count: Int) throws {
        for _ in 0..<count { try produceBlock() }
    }
}
