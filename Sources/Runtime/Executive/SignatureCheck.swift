import Dispatch
import Keys
import Primitives
import Synchronization

/// One extrinsic signature to verify: the scheme, the signer's public key and the exact message that was signed
/// (the payload, or its blake2-256 when longer than 256 bytes). Verification needs no state, so a block's
/// signatures can be checked on other cores while earlier extrinsics are being applied.
struct SignatureCheck: Sendable {
    let signature: MultiSignature
    let publicKey: [UInt8]
    let message: [UInt8]

    func verify() -> Bool {
        switch signature {
        case .sr25519(let bytes):
            Keypair.verify(signature: bytes, message: message, publicKey: publicKey, cryptoType: .sr25519)
        case .ed25519(let bytes):
            Keypair.verify(signature: bytes, message: message, publicKey: publicKey, cryptoType: .ed25519)
        case .ecdsa: false
        }
    }
}

/// Verifies a batch of signatures in chunks on background workers, so the caller can apply extrinsic i as soon
/// as its chunk is done while later chunks are still being verified. The sr25519 signatures of a chunk are
/// batch-verified together (`Sr25519.verifyBatch`, falling back to one by one only when the chunk holds a bad
/// one). The results do not depend on scheduling.
final class PipelinedVerifier: @unchecked Sendable {
    private static let chunkSize = 64
    private let checks: [SignatureCheck?]
    private let results: UnsafeMutableBufferPointer<Bool>
    private let chunkDone: [DispatchSemaphore]
    private let nextChunk = Atomic<Int>(0)
    private var waited: [Bool]

    /// Starts verifying `checks` (nil entries verify as false) on `workers` background threads. While the chunk
    /// the caller needs is not ready, the caller verifies chunks nobody has taken yet, so no core sits idle.
    init(_ checks: [SignatureCheck?], workers: Int = 1) {
        self.checks = checks
        results = .allocate(capacity: checks.count)
        results.initialize(repeating: false)
        let chunks = (checks.count + Self.chunkSize - 1) / Self.chunkSize
        chunkDone = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        waited = [Bool](repeating: false, count: chunks)
        for _ in 0..<min(workers, chunks) {
            DispatchQueue.global().async { self.work() }
        }
    }

    /// Runs when the last holder lets go: the caller, or a worker (which holds the verifier while it works).
    deinit {
        results.deallocate()
    }

    private func work() {
        while verifyNextChunk() {}
    }

    /// Takes the next unverified chunk and verifies it; false when none is left.
    private func verifyNextChunk() -> Bool {
        let chunk = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
        guard chunk < chunkDone.count else { return false }
        verify(chunk: chunk)
        return true
    }

    /// Verifies one chunk (its sr25519 signatures as one batch) and signals it done.
    private func verify(chunk: Int) {
        let range = chunk * Self.chunkSize..<min((chunk + 1) * Self.chunkSize, checks.count)
        var batch: [(index: Int, item: Sr25519.BatchItem)] = []
        for index in range {
            guard let check = checks[index] else { continue }
            if case .sr25519(let signature) = check.signature {
                batch.append((index, Sr25519.BatchItem(signature: signature, message: check.message,
                                                       publicKey: check.publicKey)))
            } else {
                results[index] = check.verify()
            }
        }
        for (entry, valid) in zip(batch, Sr25519.verifyBatch(batch.map(\.item))) { results[entry.index] = valid }
        chunkDone[chunk].signal()
    }

    /// Whether signature `index` verified, waiting for its chunk if needed. Called from one thread.
    func isValid(_ index: Int) -> Bool {
        let chunk = index / Self.chunkSize
        if !waited[chunk] {
            while chunkDone[chunk].wait(timeout: .now()) == .timedOut {
                guard verifyNextChunk() else {
                    chunkDone[chunk].wait()
                    break
                }
            }
            waited[chunk] = true
        }
        return results[index]
    }
}
