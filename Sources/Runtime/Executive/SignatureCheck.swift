import Dispatch
import Keys
import Primitives

/// One extrinsic signature to verify: the scheme, the signer's public key and the exact message that was signed
/// (the payload, or its blake2-256 when longer than 256 bytes). Verification needs no state, so a block's
/// signatures can be checked in parallel before the extrinsics are applied in order.
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

    /// Verifies every check, spreading the work over the machine's cores.
    static func verifyAll(_ checks: [SignatureCheck?]) -> [Bool] {
        let chunkCount = min(checks.count, 16)
        guard chunkCount > 1 else { return checks.map { $0?.verify() ?? false } }
        var results = [Bool](repeating: false, count: checks.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let range = chunkRange(chunk, of: chunkCount, total: checks.count)
                for index in range { output.buffer[index] = checks[index]?.verify() ?? false }
            }
        }
        return results
    }

    private static func chunkRange(_ chunk: Int, of chunks: Int, total: Int) -> Range<Int> {
        (chunk * total / chunks)..<((chunk + 1) * total / chunks)
    }
}

/// A result buffer whose disjoint ranges are written by different threads.
private struct UncheckedBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Bool>
}
