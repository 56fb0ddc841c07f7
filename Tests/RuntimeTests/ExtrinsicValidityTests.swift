import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import SCALE
import Testing

/// Malformed and hostile extrinsics are refused with the right error, and a block that was offered one ends in
/// exactly the state of the same block without it.
@Suite struct ExtrinsicValidityTests {
    let transfer = RuntimeCall.balances(.transferKeepAlive(dest: .id(Dev.account(Dev.bob)), value: 5 * tao))

    /// Offers `extrinsic` in the next block of a chain that has produced one block, and checks the rejection and
    /// that the resulting state root equals that of an empty block.
    private func expectRejected(_ make: (DevChain) -> UncheckedExtrinsic, _ expected: ExtrinsicRejection,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        var chain = try DevChain()
        try chain.produceBlock()
        var empty = chain
        let extrinsic = make(chain)
        let (block, results) = try chain.produceBlock([extrinsic])
        let (emptyBlock, _) = try empty.produceBlock()
        #expect(results.count == 1, sourceLocation: sourceLocation)
        if case .failure(let rejection) = results[0] {
            #expect(rejection == expected, sourceLocation: sourceLocation)
        } else {
            Issue.record("accepted instead of \(expected)", sourceLocation: sourceLocation)
        }
        #expect(block.extrinsics.isEmpty, sourceLocation: sourceLocation)
        #expect(block.header.stateRoot == emptyBlock.header.stateRoot, sourceLocation: sourceLocation)
    }

    /// `extrinsic` with its signature replaced.
    private func resigned(_ extrinsic: UncheckedExtrinsic, _ change: (inout UncheckedExtrinsic.Signature) -> Void)
        -> UncheckedExtrinsic {
        var signature = extrinsic.signature!
        change(&signature)
        return UncheckedExtrinsic(signature: signature, call: extrinsic.call)
    }

    @Test func aValidTransferIsAppliedAndChargedItsFee() throws {
        var chain = try DevChain()
        let before = try chain.free(Dev.alice)
        let outcome = try chain.submit(transfer, by: Dev.alice)
        #expect(outcome.error == nil)
        let length = chain.sign(transfer, with: Dev.alice, nonce: 0).encoded.count
        #expect(outcome.fee == TransactionFee.partialFee(call: transfer, length: length))
        #expect(try chain.free(Dev.alice) == before - 5 * tao - outcome.fee)
        #expect(try chain.state.accountInfo(of: Dev.account(Dev.alice)).nonce == 1)
        let events = try chain.lastEvents()
        #expect(events.contains(.transactionFeePaid(who: Dev.account(Dev.alice), actualFee: outcome.fee, tip: 0)))
        #expect(events.contains(.balances(.transfer(from: Dev.account(Dev.alice), to: Dev.account(Dev.bob), amount: 5 * tao))))
        try ConservationCheck.verify(chain.state)
    }

    @Test func truncatedAndTrailingBytesDoNotDecode() throws {
        let chain = try DevChain()
        let encoded = chain.sign(transfer, with: Dev.alice).encoded
        for length in 0..<encoded.count {
            #expect(throws: ScaleError.self) { try UncheckedExtrinsic(scaleEncoded: Array(encoded.prefix(length))) }
        }
        #expect(throws: ScaleError.self) { try UncheckedExtrinsic(scaleEncoded: encoded + [0]) }
    }

    @Test func unknownCallIndicesAreUndecodable() throws {
        try expectRejected({ chain in
            let good = chain.sign(transfer, with: Dev.alice)
            var call = good.call
            call[1] = 99
            return UncheckedExtrinsic(signature: good.signature, call: call)
        }, .undecodable("SCALE invalidTag: Balances has no call with index 99 (offset 1)"))
        try expectRejected({ chain in
            let good = chain.sign(transfer, with: Dev.alice)
            return UncheckedExtrinsic(signature: good.signature, call: [42, 0])
        }, .undecodable("SCALE invalidTag: no pallet with index 42 dispatches calls (offset 0)"))
        var trailing = ""
        do { _ = try RuntimeCall(scaleEncoded: transfer.scaleEncoded + [0]) } catch { trailing = "\(error)" }
        #expect(!trailing.isEmpty)
        try expectRejected({ chain in
            let good = chain.sign(transfer, with: Dev.alice)
            return UncheckedExtrinsic(signature: good.signature, call: good.call + [0])
        }, .undecodable(trailing))
    }

    @Test func aBadSignatureIsBadProof() throws {
        try expectRejected({ chain in
            resigned(chain.sign(transfer, with: Dev.alice)) { signature in
                guard case .sr25519(var bytes) = signature.signature else { return }
                bytes[10] ^= 1
                signature.signature = .sr25519(bytes)
            }
        }, .invalid(.invalid(.badProof)))
        try expectRejected({ chain in
            resigned(chain.sign(transfer, with: Dev.alice)) { $0.address = .id(Dev.account(Dev.bob)) }
        }, .invalid(.invalid(.badProof)))
    }

    @Test func aSignatureForAnotherChainIsBadProof() throws {
        var other = try DevChain(spec: .local)
        try other.produceBlock()
        let foreign = other.sign(transfer, with: Dev.alice)
        try expectRejected({ _ in foreign }, .invalid(.invalid(.badProof)))
    }

    @Test func anExpiredEraIsBadProofAndAFutureBirthIsAncient() throws {
        var chain = try DevChain()
        try chain.advance(blocks: 3)
        let mortal = chain.sign(transfer, with: Dev.alice, era: .mortal(period: 4, current: 3))
        var later = chain
        try later.advance(blocks: 4)
        let (_, results) = try later.produceBlock([mortal])
        #expect(throws: ExtrinsicRejection.invalid(.invalid(.badProof))) { try results[0].get() }
        let (_, fresh) = try chain.produceBlock([mortal])
        #expect(try fresh[0].get().error == nil)
        try expectRejected({ chain in
            chain.sign(transfer, with: Dev.alice, era: .mortal(period: 64, current: 40))
        }, .invalid(.invalid(.ancientBirthBlock)))
    }

    @Test func reusedAndFutureNoncesAreStaleAndFuture() throws {
        try expectRejected({ chain in chain.sign(transfer, with: Dev.alice, nonce: 1) }, .invalid(.invalid(.future)))
        var chain = try DevChain()
        try chain.submit(transfer, by: Dev.alice)
        let replay = chain.sign(transfer, with: Dev.alice, nonce: 0)
        let (block, results) = try chain.produceBlock([replay])
        #expect(throws: ExtrinsicRejection.invalid(.invalid(.stale))) { try results[0].get() }
        #expect(block.extrinsics.isEmpty)
    }

    @Test func anUnaffordableFeeIsPayment() throws {
        let pauper = DevChain.key("//Pauper")
        try expectRejected({ chain in chain.sign(transfer, with: pauper) }, .invalid(.invalid(.payment)))
        try expectRejected({ chain in chain.sign(transfer, with: Dev.dave, tip: 2000 * tao) }, .invalid(.invalid(.payment)))
    }

    @Test func unsignedCallsAndZeroSignersAreRefused() throws {
        try expectRejected({ _ in UncheckedExtrinsic(signature: nil, call: transfer.scaleEncoded) },
                           .invalid(.unknown(.noUnsignedValidator)))
        try expectRejected({ chain in
            resigned(chain.sign(transfer, with: Dev.alice)) { $0.address = .id(.zero) }
        }, .invalid(.invalid(.badSigner)))
        try expectRejected({ chain in
            resigned(chain.sign(transfer, with: Dev.alice)) { $0.address = .index }
        }, .invalid(.unknown(.cannotLookup)))
    }

    @Test func sudoFromAnotherSignerIsBadSigner() throws {
        let call = RuntimeCall.sudo(.sudo(.balances(.forceSetBalance(who: .id(Dev.account(Dev.bob)), newFree: 1))))
        try expectRejected({ chain in chain.sign(call, with: Dev.bob) }, .invalid(.invalid(.badSigner)))
    }

    @Test func aFailedCallChangesOnlyTheFeeAndTheNonce() throws {
        var chain = try DevChain()
        let tooMuch = RuntimeCall.balances(.transferKeepAlive(dest: .id(Dev.account(Dev.bob)), value: 3000 * tao))
        let aliceBefore = try chain.free(Dev.dave)
        let bobBefore = try chain.free(Dev.bob)
        let outcome = try chain.submit(tooMuch, by: Dev.dave)
        #expect(outcome.error == .token(0))
        #expect(try chain.free(Dev.dave) == aliceBefore - outcome.fee)
        #expect(try chain.free(Dev.bob) == bobBefore)
        #expect(try chain.state.accountInfo(of: Dev.account(Dev.dave)).nonce == 1)
        let failed = try chain.lastEvents().contains {
            if case .system(.extrinsicFailed(.token(0), _)) = $0 { true } else { false }
        }
        #expect(failed)
        try ConservationCheck.verify(chain.state)
    }

    @Test func theTimestampInherentIsAcceptedOncePerBlock() throws {
        var chain = try DevChain()
        let set = UncheckedExtrinsic(signature: nil, call: RuntimeCall.timestamp(.set(now: 1_700_000_000_000)).scaleEncoded)
        let (block, results) = try chain.produceBlock([set, set])
        #expect(try results[0].get().error == nil)
        #expect(throws: ExtrinsicRejection.invalid(.invalid(.badMandatory))) { try results[1].get() }
        #expect(block.extrinsics.count == 1)
        #expect(try TimestampStorage.now.value(in: chain.state) == 1_700_000_000_000)
    }

    @Test func importingABlockReproducesItAndRejectsATamperedOne() throws {
        var chain = try DevChain()
        let parent = chain.state
        let (block, _) = try chain.produceBlock([chain.sign(transfer, with: Dev.alice)])
        var imported = try BlockBuilder.execute(block, parentState: parent)
        var produced = chain.state
        #expect(imported.root() == produced.root())
        var tampered = block
        tampered.header.stateRoot = .zero
        #expect(throws: BlockImportError.stateRootMismatch(expected: .zero, computed: block.header.stateRoot)) {
            try BlockBuilder.execute(tampered, parentState: parent)
        }
        var forged = block
        forged.extrinsics = [chain.sign(transfer, with: Dev.bob, nonce: 0)]
        #expect(throws: BlockImportError.self) { try BlockBuilder.execute(forged, parentState: parent) }
    }
}
