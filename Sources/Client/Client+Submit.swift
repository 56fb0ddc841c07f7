import Hashing
import Keys
import Primitives
import SCALE

/// Building, signing and submitting transactions, then reading what they did from the block's events.
extension Client {
    /// The Python SDK's mortality: a transaction is valid for 64 blocks from the best block it was built on.
    public static let defaultMortality: UInt64 = 64

    /// Signs `call` for the node's chain: genesis hash and runtime versions from the node, the nonce from
    /// `system_accountNextIndex` unless given, no tip, and a mortal era of `mortality` blocks checkpointed at the
    /// best block (immortal when `mortality` is nil).
    public func sign(_ call: RuntimeCall, signer: Keypair, nonce: UInt32? = nil,
                     mortality: UInt64? = defaultMortality) async throws -> UncheckedExtrinsic {
        let account = try AccountId32(signer.publicKey)
        async let genesisHash = blockHash(0)
        async let runtime = runtimeVersion()
        async let next = nonce == nil ? nextNonce(account) : nonce!
        async let best = mortality == nil ? nil : header()
        guard let genesis = try await genesisHash else { throw ClientError(.malformedReply, "the node has no genesis block") }
        let (version, nonce) = try await (runtime, next)
        var era = Era.immortal
        var birthHash = genesis
        if let mortality, let checkpoint = try await best {
            era = .mortal(period: mortality, current: UInt64(checkpoint.number))
            let birth = era.birth(current: UInt64(checkpoint.number))
            guard let hash = birth == UInt64(checkpoint.number) ? checkpoint.hash : try await blockHash(UInt32(birth)) else {
                throw ClientError(.malformedReply, "the node has no block #\(birth) for the era's checkpoint")
            }
            birthHash = hash
        }
        let extra = SignedExtra(era: era, nonce: nonce)
        let implicit = SignedImplicit(specVersion: version.specVersion, transactionVersion: version.transactionVersion,
                                      genesisHash: genesis, birthBlockHash: birthHash)
        let callBytes = call.scaleEncoded
        let message = signingPayload(call: callBytes, extra: extra, implicit: implicit)
        let signature: MultiSignature = switch signer.cryptoType {
        case .sr25519: .sr25519(signer.sign(message))
        case .ed25519: .ed25519(signer.sign(message))
        }
        return UncheckedExtrinsic(signature: .init(address: .id(account), signature: signature, extra: extra), call: callBytes)
    }

    /// Signs and submits `call`, waits until it is in a block (or finalized), and reads its outcome.
    /// - Throws: `ClientError`: `.rpc` when the pool rejects it (Substrate code 1010 etc., the reason in
    ///   `data`), `.transactionDropped` when it is dropped after entering the pool, `.timedOut`.
    ///   A call that fails on chain does not throw: the receipt carries the error.
    public func submit(_ call: RuntimeCall, signer: Keypair, waitFor: WaitFor = .inclusion) async throws -> Receipt {
        try await submit(try await sign(call, signer: signer), waitFor: waitFor)
    }

    /// Submits a signed extrinsic over the WebSocket and watches it (`author_submitAndWatchExtrinsic`).
    public func submit(_ extrinsic: UncheckedExtrinsic, waitFor: WaitFor = .inclusion) async throws -> Receipt {
        let updates = try await subscribe("author_submitAndWatchExtrinsic", [.string(Hex.encode(extrinsic.encoded, prefixed: true))])
        let timeout = timeout
        let block = try await withThrowingTaskGroup(of: H256.self) { group in
            group.addTask { try await Self.awaitBlock(updates, waitFor: waitFor, hash: extrinsic.hash) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw ClientError(.timedOut, "transaction \(extrinsic.hash) not \(waitFor == .inclusion ? "included" : "finalized") within \(timeout)")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
        return try await receipt(for: extrinsic.hash, in: block)
    }

    /// The receipt of the extrinsic `hash` in block `block`. A `Sudo.sudo` whose inner call failed counts as
    /// failed, with the inner call's error.
    public func receipt(for hash: H256, in block: H256) async throws -> Receipt {
        let reply = try await call("chain_getBlock", [.string(block.description)])
        guard case .array(let extrinsics)? = reply["block"]?["extrinsics"], let headerJSON = reply["block"]?["header"] else {
            throw ClientError(.malformedReply, "chain_getBlock \(block): \(reply)")
        }
        let header = try Self.decodeHeader(headerJSON)
        var found: Int?
        for (index, item) in extrinsics.enumerated() {
            guard let text = item.string else { continue }
            if H256.blake2(try Self.decodeHex(text, "extrinsic \(index)")) == hash {
                found = index
                break
            }
        }
        guard let index = found.flatMap(UInt32.init(exactly:)) else {
            throw ClientError(.malformedReply, "block \(block) does not contain extrinsic \(hash)")
        }
        let records = try await events(at: block)
        let events = records.filter { $0.phase == .applyExtrinsic(index) }.map(\.event)
        var failure: DispatchError?
        var fee: UInt64 = 0
        for event in events {
            switch event {
            case .system(.extrinsicFailed(let error, _)): failure = error
            case .sudo(.sudid(let inner?)): failure = failure ?? inner
            case .transactionFeePaid(_, let actualFee, _): fee = actualFee
            default: break
            }
        }
        return Receipt(extrinsicHash: hash, blockHash: block, blockNumber: header.number, extrinsicIndex: index,
                       events: events, dispatchError: failure, fee: fee)
    }

    /// Reads watch updates until the transaction is in a block (or finalized) and returns that block's hash.
    private static func awaitBlock(_ updates: AsyncThrowingStream<JSONValue, any Error>, waitFor: WaitFor,
                                   hash: H256) async throws -> H256 {
        for try await update in updates {
            if let block = update["inBlock"]?.string, waitFor == .inclusion { return try decodeHash(block, "inBlock") }
            if let block = update["finalized"]?.string { return try decodeHash(block, "finalized") }
            if let status = update.string, ["invalid", "dropped", "usurped"].contains(status) {
                throw ClientError(.transactionDropped, "transaction \(hash) was \(status) by the node's pool")
            }
            if update["usurped"] != nil || update["finalityTimeout"] != nil {
                throw ClientError(.transactionDropped, "transaction \(hash): \(update)")
            }
        }
        throw ClientError(.connectionClosed, "the watch of transaction \(hash) ended before it was included")
    }
}
