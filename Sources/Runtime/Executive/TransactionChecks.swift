import Primitives

/// The checks of subtensor's signed extensions that read state, shared by block execution and transaction-pool
/// validation.
enum TransactionChecks {
    /// `CheckNonZeroSender`, `CheckMortality`'s birth block, and the signing payload, for inclusion in block
    /// `blockNumber` on top of `parentHash`. `state` is the parent's state, before or after the block's
    /// initialization (which records `parentHash` in `BlockHash`).
    static func signatureCheck(for extrinsic: UncheckedExtrinsic, state: StorageState, blockNumber: UInt64,
                               parentHash: H256) throws(ExtrinsicRejection) -> SignatureCheck {
        guard let signature = extrinsic.signature else { throw .invalid(.unknown(.noUnsignedValidator)) }
        guard case .id(let signer) = signature.address else { throw .invalid(.unknown(.cannotLookup)) }
        guard signer != .zero else { throw .invalid(.invalid(.badSigner)) }
        let birth = signature.extra.era.birth(current: blockNumber)
        let blockHash = { (number: UInt64) -> H256? in
            number + 1 == blockNumber ? parentHash : try? SystemStorage.blockHash.get(UInt32(number), in: state)
        }
        guard birth < blockNumber, birth <= UInt64(UInt32.max), let birthHash = blockHash(birth),
              let genesisHash = blockHash(0)
        else { throw .invalid(.invalid(.ancientBirthBlock)) }
        let implicit = SignedImplicit(specVersion: RuntimeIdentity.specVersion,
                                      transactionVersion: RuntimeIdentity.transactionVersion,
                                      genesisHash: genesisHash, birthBlockHash: birthHash)
        let payload = signingPayload(call: extrinsic.call, extra: signature.extra, implicit: implicit)
        return SignatureCheck(signature: signature.signature, publicKey: signer.bytes, message: payload)
    }

    /// `CheckNonce` (not stale), the sudo-key extension and `ChargeTransactionPayment`'s ability to pay (keeping
    /// the existential deposit); an extrinsic with nothing to pay needs no funded account. Returns the signer's
    /// account as it stands.
    static func payableAccount(signer: AccountId32, extra: SignedExtra, call: RuntimeCall, fee: UInt64,
                               state: StorageState) throws -> AccountInfo {
        let account = try SystemStorage.account.value(signer, in: state)
        guard extra.nonce >= account.nonce else { throw ExtrinsicRejection.invalid(.invalid(.stale)) }
        if case .sudo = call, try SudoStorage.key.get(in: state) != signer {
            throw ExtrinsicRejection.invalid(.invalid(.badSigner))
        }
        guard fee == 0 || (account.providers > 0 && account.free >= fee + RuntimeContext.existentialDeposit) else {
            throw ExtrinsicRejection.invalid(.invalid(.payment))
        }
        return account
    }
}
