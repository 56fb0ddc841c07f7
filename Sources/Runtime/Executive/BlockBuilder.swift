import Primitives
import SCALE

/// Builds one block on top of a parent state: `init` runs block initialization (System, then subtensor's
/// `block_step`), `apply` checks and applies extrinsics one by one, `finish` writes the events and computes the
/// roots and the header. A pure function of the parent state and the inputs.
public struct BlockBuilder: Sendable {
    private var context: RuntimeContext
    /// The parent block's hash.
    public let parentHash: H256
    /// The block's number.
    public let number: UInt32
    /// The block's digest (the author's pre-runtime digest, seals).
    public let digest: [DigestItem]
    /// The extrinsics applied so far, in order.
    public private(set) var extrinsics: [UncheckedExtrinsic] = []

    /// Starts block `number` on `parentState`.
    /// - Throws: `BlockImportError.corruptState` when stored values do not decode.
    public init(parentState: StorageState, parentHash: H256, number: UInt32, digest: [DigestItem] = []) throws {
        precondition(number > 0, "block 0 is the genesis block")
        self.parentHash = parentHash
        self.number = number
        self.digest = digest
        context = RuntimeContext(state: parentState, blockNumber: UInt64(number))
        context.initializeSystem(parentHash: parentHash, digest: digest)
        do {
            try context.subtensorBlockStep()
        } catch {
            throw BlockImportError.corruptState("\(error)")
        }
    }

    /// The state so far, with every applied extrinsic.
    public var state: StorageState { context.state }

    /// The events deposited so far.
    public var events: [EventRecord] { context.events }

    /// Checks `extrinsic` and applies it: the nonce and fee are taken, then the call runs in its own storage
    /// transaction, which is rolled back if the call fails.
    /// - Throws: `ExtrinsicRejection` when the extrinsic may not be included; nothing changes then.
    public mutating func apply(_ extrinsic: UncheckedExtrinsic) throws(ExtrinsicRejection) -> ApplyOutcome {
        try apply(extrinsic, prechecked: nil)
    }

    /// Applies `batch` in order. Signatures are verified on background threads, ahead of the extrinsics being
    /// applied, each exactly once.
    public mutating func apply(_ batch: [UncheckedExtrinsic]) -> [Result<ApplyOutcome, ExtrinsicRejection>] {
        apply(batch, verified: [Bool](repeating: false, count: batch.count))
    }

    /// Applies `batch` in order, trusting the signatures marked in `verified`: the caller verified them against
    /// this block's signing payload (a transaction pool validating for the same chain and birth block). The
    /// others are verified on background threads, each exactly once.
    public mutating func apply(_ batch: [UncheckedExtrinsic], verified: [Bool]) -> [Result<ApplyOutcome, ExtrinsicRejection>] {
        precondition(verified.count == batch.count, "one verified flag per extrinsic")
        let checks = batch.map { extrinsic in
            Result { () throws(ExtrinsicRejection) in try signatureCheck(for: extrinsic) }
        }
        let verifier = PipelinedVerifier(zip(checks, verified).map { $1 ? nil : try? $0.get() })
        return batch.indices.map { index in
            Result { () throws(ExtrinsicRejection) in
                let prechecked = batch[index].signature == nil ? nil : Prechecked(
                    check: checks[index], valid: verified[index] || verifier.isValid(index))
                return try apply(batch[index], prechecked: prechecked)
            }
        }
    }

    /// A signature whose payload was built and verified ahead of applying its extrinsic.
    private struct Prechecked {
        let check: Result<SignatureCheck, ExtrinsicRejection>
        let valid: Bool
    }

    private mutating func apply(_ extrinsic: UncheckedExtrinsic, prechecked: Prechecked?) throws(ExtrinsicRejection)
        -> ApplyOutcome {
        let call: RuntimeCall
        do {
            call = try RuntimeCall(scaleEncoded: extrinsic.call)
        } catch {
            throw .undecodable("\(error)")
        }
        context.phase = .applyExtrinsic(UInt32(extrinsics.count))
        let outcome: ApplyOutcome
        if let signature = extrinsic.signature {
            outcome = try applySigned(extrinsic, signature: signature, call: call, prechecked: prechecked)
        } else {
            outcome = try applyInherent(call)
        }
        extrinsics.append(extrinsic)
        return outcome
    }

    private mutating func applyInherent(_ call: RuntimeCall) throws(ExtrinsicRejection) -> ApplyOutcome {
        guard case .timestamp = call else { throw .invalid(.unknown(.noUnsignedValidator)) }
        do {
            try context.transactional { try $0.dispatch(call, origin: .none) }
        } catch {
            throw .invalid(.invalid(.badMandatory))
        }
        let info = DispatchEventInfo(refTime: TransactionFee.weight(of: call), dispatchClass: 2, paysFee: 1)
        context.deposit(.system(.extrinsicSuccess(info)))
        return ApplyOutcome(fee: 0, error: nil)
    }

    private mutating func applySigned(_ extrinsic: UncheckedExtrinsic, signature: UncheckedExtrinsic.Signature,
                                      call: RuntimeCall, prechecked: Prechecked?) throws(ExtrinsicRejection) -> ApplyOutcome {
        let check: SignatureCheck
        let valid: Bool
        if let prechecked {
            check = try prechecked.check.get()
            valid = prechecked.valid
        } else {
            check = try signatureCheck(for: extrinsic)
            valid = check.verify()
        }
        guard valid else { throw .invalid(.invalid(.badProof)) }
        let signer = try! AccountId32(check.publicKey)
        let fee = TransactionFee.partialFee(call: call, length: extrinsic.encoded.count) + signature.extra.tip
        let account: AccountInfo
        do {
            account = try validate(signer: signer, extra: signature.extra, call: call, fee: fee)
        } catch let rejection as ExtrinsicRejection {
            throw rejection
        } catch {
            throw .invalid(.invalid(.payment))
        }
        let error = chargeAndDispatch(call, signer: signer, account: account, fee: fee, tip: signature.extra.tip)
        let info = DispatchEventInfo(refTime: TransactionFee.baseWeight + TransactionFee.weight(of: call),
                                     paysFee: TransactionFee.paysFee(call) ? 0 : 1)
        context.deposit(.system(error.map { .extrinsicFailed($0, info) } ?? .extrinsicSuccess(info)))
        return ApplyOutcome(fee: fee, error: error)
    }

    private func signatureCheck(for extrinsic: UncheckedExtrinsic) throws(ExtrinsicRejection) -> SignatureCheck {
        try TransactionChecks.signatureCheck(for: extrinsic, state: context.state, blockNumber: UInt64(number),
                                             parentHash: parentHash)
    }

    private func validate(signer: AccountId32, extra: SignedExtra, call: RuntimeCall, fee: UInt64) throws -> AccountInfo {
        let account = try TransactionChecks.payableAccount(signer: signer, extra: extra, call: call, fee: fee,
                                                           state: context.state)
        guard extra.nonce == account.nonce else { throw ExtrinsicRejection.invalid(.invalid(.future)) }
        return account
    }

    /// Takes the nonce and the fee (validated against `account`, so the account stays above the existential
    /// deposit), then runs the call transactionally. Returns the call's error, if any.
    private mutating func chargeAndDispatch(_ call: RuntimeCall, signer: AccountId32, account: AccountInfo,
                                            fee: UInt64, tip: UInt64) -> DispatchError? {
        var charged = account
        charged.nonce += 1
        charged.free -= fee
        context.put(SystemStorage.account, signer, charged)
        do {
            try context.burnIssuance(fee)
        } catch {
            preconditionFailure("the issuance could not be read: \(error)")
        }
        if fee > 0 { context.deposit(.balances(.withdraw(who: signer, amount: fee))) }
        context.deposit(.transactionFeePaid(who: signer, actualFee: fee, tip: tip))
        do {
            try context.transactional { try $0.dispatch(call, origin: .signed(signer)) }
            return nil
        } catch {
            return dispatchError(for: error)
        }
    }

    /// Finalizes the block: the events go into storage, and the roots into the header.
    public consuming func finish() -> (block: Block, state: StorageState) {
        let finished = finishWithChanges()
        return (finished.block, finished.state)
    }

    /// Finalizes the block and also returns every storage change it made to the parent state, in key order.
    public consuming func finishWithChanges() -> (block: Block, state: StorageState, changes: [StorageChange]) {
        context.phase = .finalization
        context.finalizeSystem(extrinsicCount: extrinsics.count)
        let extrinsicsRoot = TrieRoot.orderedRoot(of: extrinsics.map(\.encoded), layout: .v0)
        let changes = context.state.commitChanges()
        let stateRoot = context.state.root()
        let header = Header(parentHash: parentHash, number: number, stateRoot: stateRoot,
                            extrinsicsRoot: extrinsicsRoot, digest: digest)
        return (Block(header: header, extrinsics: extrinsics), context.state, changes)
    }

    /// Executes an imported `block` on its parent's state and checks its roots.
    /// - Throws: `BlockImportError` when an extrinsic is invalid or a root differs; the parent state is untouched.
    public static func execute(_ block: Block, parentState: StorageState) throws -> StorageState {
        var builder = try BlockBuilder(parentState: parentState, parentHash: block.header.parentHash,
                                       number: block.header.number, digest: block.header.digest)
        for (index, result) in builder.apply(block.extrinsics).enumerated() {
            if case .failure(let rejection) = result { throw BlockImportError.invalidExtrinsic(index: index, rejection) }
        }
        let (built, state) = builder.finish()
        guard built.header.extrinsicsRoot == block.header.extrinsicsRoot else {
            throw BlockImportError.extrinsicsRootMismatch(expected: block.header.extrinsicsRoot,
                                                          computed: built.header.extrinsicsRoot)
        }
        guard built.header.stateRoot == block.header.stateRoot else {
            throw BlockImportError.stateRootMismatch(expected: block.header.stateRoot, computed: built.header.stateRoot)
        }
        return state
    }
}
