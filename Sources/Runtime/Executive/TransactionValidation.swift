import Primitives
import SCALE

/// What a transaction pool learns from validating a transaction (Substrate's `ValidTransaction`).
public struct ValidTransaction: Equatable, Sendable {
    /// The signer.
    public let signer: AccountId32
    /// The transaction's nonce.
    public let nonce: UInt32
    /// The signer's next nonce in the state it was validated on: a larger `nonce` must wait for the ones before.
    public let accountNonce: UInt32
    /// Higher goes first: the tip.
    public let priority: UInt64
    /// The fee it will pay, tip included.
    public let fee: UInt64
    /// Its weight in picoseconds, the extrinsic base weight included.
    public let weight: UInt64
    /// The first block it can no longer be included in (`UInt64.max` for immortal transactions).
    public let deathBlock: UInt64
    /// The era's birth block its signature was checked against.
    public let birthBlock: UInt64

    /// Whether it waits for earlier nonces of its signer.
    public var isFuture: Bool { nonce > accountNonce }
}

/// `TaggedTransactionQueue_validate_transaction`: whether a transaction may enter the pool, checked against the
/// state the next block builds on.
public enum TransactionValidation {
    /// The largest extrinsic a block takes (the normal class's 75 % of subtensor's 5 MiB block length).
    public static let maximumLength = 3_932_160

    /// Verifies the signatures of `extrinsics` for inclusion in block `blockNumber` on top of `parentHash`, in
    /// batches on `workers` background threads as well as the calling one. Unsigned, malformed or badly dated
    /// extrinsics verify as false; `validate` then tells why.
    public static func verifySignatures(_ extrinsics: [UncheckedExtrinsic], state: StorageState, blockNumber: UInt32,
                                        parentHash: H256, workers: Int = 1) -> [Bool] {
        let checks = extrinsics.map { extrinsic in
            try? TransactionChecks.signatureCheck(for: extrinsic, state: state, blockNumber: UInt64(blockNumber),
                                                  parentHash: parentHash)
        }
        let verifier = PipelinedVerifier(checks, workers: workers)
        return extrinsics.indices.map { verifier.isValid($0) }
    }

    /// Validates `extrinsic` for inclusion in block `blockNumber` on top of the best block, `parentHash`, whose
    /// state is `state`. Future nonces are valid; stale ones are not.
    /// - Parameter verifySignature: false only where the caller verifies the signature itself (for example in a
    ///   batch on other cores).
    /// - Throws: `ExtrinsicRejection` with Substrate's invalid-transaction reason.
    public static func validate(_ extrinsic: UncheckedExtrinsic, state: StorageState, blockNumber: UInt32,
                                parentHash: H256, verifySignature: Bool = true) throws(ExtrinsicRejection) -> ValidTransaction {
        guard extrinsic.encoded.count <= maximumLength else { throw .invalid(.invalid(.exhaustsResources)) }
        let call: RuntimeCall
        do {
            call = try RuntimeCall(scaleEncoded: extrinsic.call)
        } catch {
            throw .undecodable("\(error)")
        }
        guard let signature = extrinsic.signature else { throw .invalid(.unknown(.noUnsignedValidator)) }
        let check = try TransactionChecks.signatureCheck(for: extrinsic, state: state, blockNumber: UInt64(blockNumber),
                                                         parentHash: parentHash)
        if verifySignature, !check.verify() { throw .invalid(.invalid(.badProof)) }
        let signer = try! AccountId32(check.publicKey)
        let fee = TransactionFee.partialFee(call: call, length: extrinsic.encoded.count) + signature.extra.tip
        let account: AccountInfo
        do {
            account = try TransactionChecks.payableAccount(signer: signer, extra: signature.extra, call: call, fee: fee,
                                                           state: state)
        } catch let rejection as ExtrinsicRejection {
            throw rejection
        } catch {
            throw .invalid(.invalid(.payment))
        }
        return ValidTransaction(signer: signer, nonce: signature.extra.nonce, accountNonce: account.nonce,
                                priority: signature.extra.tip, fee: fee,
                                weight: TransactionFee.baseWeight + TransactionFee.weight(of: call),
                                deathBlock: signature.extra.era.death(current: UInt64(blockNumber)),
                                birthBlock: signature.extra.era.birth(current: UInt64(blockNumber)))
    }
}
