@testable import Keys
import TestSupport
import Testing

private let vectors = Fixtures.crypto.sr25519

@Suite("sr25519 (schnorrkel) expansion, signing and verification")
struct Sr25519Tests {
    @Test("scalar wide reduction", arguments: Fixtures.crypto.ristretto255.scalar_reduce_wide)
    func reduceWide(_ vector: CryptoVectors.Ristretto.ReduceWide) {
        #expect(hexString(Scalar(reducingWide: hexBytes(vector.wide64)).bytes) == vector.reduced)
    }

    @Test("scalar canonical check", arguments: Fixtures.crypto.ristretto255.scalar_canonical_check)
    func canonical(_ vector: CryptoVectors.Ristretto.CanonicalCheck) {
        #expect(Scalar.isCanonical(hexBytes(vector.bytes)) == vector.canonical, "\(vector.bytes)")
    }

    @Test("k·B in constant time matches the vectors", arguments: Fixtures.crypto.ristretto255.scalar_mul_basepoint)
    func baseMultiply(_ vector: CryptoVectors.Ristretto.BaseMul) {
        #expect(hexString(Scalar(unreduced: hexBytes(vector.scalar)).timesBasepoint) == vector.k_times_basepoint)
    }

    @Test("mini secret expansion in both modes", arguments: vectors.expand_mini_secret)
    func expansion(_ vector: CryptoVectors.Sr25519.Expansion) throws {
        let mini = try Sr25519MiniSecretKey(bytes: hexBytes(vector.mini_secret))
        let ed = mini.expandEd25519()
        #expect(hexString(ed.key.bytes) == vector.ed25519_mode.key_scalar)
        #expect(hexString(ed.nonce) == vector.ed25519_mode.nonce)
        #expect(hexString(ed.bytes) == vector.ed25519_mode.secret_key_to_bytes)
        #expect(hexString(ed.ed25519Bytes) == vector.ed25519_mode.secret_key_to_ed25519_bytes)
        #expect(hexString(ed.publicKey.bytes) == vector.ed25519_mode.public)
        #expect(try Sr25519SecretKey(ed25519Bytes: ed.ed25519Bytes).bytes == ed.bytes)
        let uniform = mini.expandUniform()
        #expect(hexString(uniform.key.bytes) == vector.uniform_mode.key_scalar)
        #expect(hexString(uniform.nonce) == vector.uniform_mode.nonce)
        #expect(hexString(uniform.publicKey.bytes) == vector.uniform_mode.public)
    }

    @Test("signatures with fixed RNG bytes are byte-exact", arguments: vectors.deterministic_sign_with_fixed_rng.vectors)
    func fixedRNGSign(_ vector: CryptoVectors.Sr25519.FixedRNGSign) throws {
        let pair = Sr25519Keypair(seed: try Sr25519MiniSecretKey(bytes: hexBytes(vector.mini_secret)))
        #expect(hexString(pair.publicKey.bytes) == vector.public)
        let signature = pair.sign(hexBytes(vector.message), context: Array(vector.context_ascii.utf8),
                                  entropy: hexBytes(vector.rng32))
        #expect(hexString(signature) == vector.signature)
        #expect(try Sr25519.verify(signature: signature, message: hexBytes(vector.message),
                                   publicKey: pair.publicKey.bytes, context: Array(vector.context_ascii.utf8)))
    }

    @Test("verification: valid triples and each schnorrkel error", arguments: vectors.verify)
    func verify(_ vector: CryptoVectors.Sr25519.Verify) throws {
        let call = {
            try Sr25519.verify(signature: hexBytes(vector.signature), message: hexBytes(vector.message),
                               publicKey: hexBytes(vector.public))
        }
        switch vector.schnorrkel_error {
        case nil, "EquationFalse":
            #expect(try call() == vector.valid, "\(vector.desc ?? vector.suri ?? "")")
        case let name?:
            #expect(!vector.valid)
            let baseName = String(name.prefix { $0 != "(" })
            let code = try #require(KeyError.Code(rawValue: baseName), "unknown schnorrkel error \(name)")
            #expect(throws: KeyError(code, "")) { try call() }
        }
    }

    @Test("fresh signatures verify, differ from each other, and fail for other messages")
    func signVerifyRoundTrip() throws {
        let pair = Sr25519Keypair(seed: try Sr25519MiniSecretKey(bytes: SystemRandom.bytes(32)))
        for length in [0, 1, 32, 300] {
            let message = SystemRandom.bytes(length)
            let first = pair.sign(message)
            let second = pair.sign(message)
            #expect(first != second)
            #expect(try Sr25519.verify(signature: first, message: message, publicKey: pair.publicKey.bytes))
            #expect(try Sr25519.verify(signature: second, message: message, publicKey: pair.publicKey.bytes))
            #expect(try !Sr25519.verify(signature: first, message: message + [0], publicKey: pair.publicKey.bytes))
        }
    }

    @Test("sp_core's unmarked pre-2019 signatures are rejected")
    func upstreamUnmarked() throws {
        for vector in Fixtures.crypto.upstream_sp_core_tests where vector.valid_with_current_verify == false {
            #expect(throws: KeyError(.notMarkedSchnorrkel, "")) {
                try Sr25519.verify(signature: hexBytes(vector.signature!), message: hexBytes(vector.message!),
                                   publicKey: hexBytes(vector.public!))
            }
        }
    }

    @Test("secret keys reject a scalar ≥ l and wrong lengths")
    func secretKeyParsing() {
        let order = Scalar.order
        #expect(throws: KeyError(.scalarFormatError, "")) { try Sr25519SecretKey(bytes: order + [UInt8](repeating: 0, count: 32)) }
        #expect(throws: KeyError(.invalidLength, "")) { try Sr25519SecretKey(bytes: [UInt8](repeating: 0, count: 63)) }
        #expect(throws: KeyError(.invalidLength, "")) { try Sr25519MiniSecretKey(bytes: [UInt8](repeating: 0, count: 31)) }
        #expect(throws: KeyError(.pointDecompressionError, "")) { try Sr25519PublicKey(bytes: [UInt8](repeating: 0xFF, count: 32)) }
    }

    @Test("verification rejects wrong-length signatures and keys, and a corrupted R")
    func malformedVerification() throws {
        let pair = Sr25519Keypair(seed: try Sr25519MiniSecretKey(bytes: [UInt8](repeating: 7, count: 32)))
        let message: [UInt8] = [1, 2, 3]
        let signature = pair.sign(message)
        for length in [0, 63, 65] {
            let resized = Array((signature + [0x80]).prefix(length))
            #expect(throws: KeyError(.invalidLength, "")) {
                try Sr25519.verify(signature: resized, message: message, publicKey: pair.publicKey.bytes)
            }
        }
        #expect(throws: KeyError(.invalidLength, "")) {
            try Sr25519.verify(signature: signature, message: message, publicKey: Array(pair.publicKey.bytes.prefix(31)))
        }
        var corrupted = signature
        corrupted[0] ^= 0x01
        #expect(try !Sr25519.verify(signature: corrupted, message: message, publicKey: pair.publicKey.bytes))
    }
}
