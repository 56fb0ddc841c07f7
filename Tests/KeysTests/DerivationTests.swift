@testable import Keys
import TestSupport
import Testing

private let vectors = Fixtures.crypto.substrate_derivation

@Suite("Secret URIs and HDKD")
struct DerivationTests {
    @Test("junction chain codes", arguments: vectors.junction_chain_codes)
    func chainCode(_ vector: CryptoVectors.Derivation.ChainCode) throws {
        let uri = try SecretURI(parsing: vector.path_component)
        let junction = try #require(uri.junctions.first)
        #expect(junction.isHard == vector.hard)
        #expect(hexString(junction.chainCode) == vector.chain_code, "\(vector.path_component)")
    }

    @Test("URI parsing", arguments: vectors.suri_parse)
    func parse(_ vector: CryptoVectors.Derivation.Parse) throws {
        if let error = vector.error {
            do {
                _ = try SecretURI(parsing: vector.suri)
                Issue.record("\(vector.suri) parsed but should fail with \(error)")
            } catch let failure as KeyError {
                #expect(failure.code == .invalidSecretURI)
                #expect(failure.reason.hasPrefix(error), "\(failure.reason)")
            }
            return
        }
        let uri = try SecretURI(parsing: vector.suri)
        #expect(uri.phrase == vector.phrase)
        #expect(uri.password == vector.password)
        #expect(uri.junctions.map { ($0.isHard ? "/" : "") + $0.name } == vector.paths)
    }

    @Test("sr25519 URIs", arguments: vectors.sr25519_suri)
    func sr25519URI(_ vector: CryptoVectors.Derivation.SrSURI) throws {
        let pair = try Keypair(uri: vector.suri, cryptoType: .sr25519)
        #expect(hexString(pair.publicKey) == vector.public, "\(vector.suri)")
        #expect(pair.ss58Address == vector.ss58_42)
        if let scalar = vector.secret_key_scalar {
            #expect(hexString(pair.privateKey.prefix(32)) == scalar, "\(vector.suri)")
        }
    }

    @Test("ed25519 URIs", arguments: vectors.ed25519_suri)
    func ed25519URI(_ vector: CryptoVectors.Derivation.EdSURI) throws {
        let pair = try Keypair(uri: vector.suri, cryptoType: .ed25519)
        #expect(hexString(pair.publicKey) == vector.public, "\(vector.suri)")
        #expect(pair.ss58Address == vector.ss58_42)
        if let seed = vector.seed { #expect(hexString(pair.privateKey) == seed) }
    }

    @Test("sr25519 hard steps", arguments: vectors.sr25519_hard_steps)
    func hardStep(_ vector: CryptoVectors.Derivation.HardStep) throws {
        let parent = Sr25519SecretKey(key: Scalar(unreduced: hexBytes(vector.parent_key_scalar)), nonce: [UInt8](repeating: 0, count: 32))
        let child = parent.hardDerivedMiniSecret(chainCode: hexBytes(vector.chain_code))
        #expect(hexString(child.bytes) == vector.child_mini_secret)
        #expect(hexString(Sr25519Keypair(seed: child).publicKey.bytes) == vector.child_public)
    }

    @Test("sr25519 soft steps, public and secret side agree", arguments: vectors.sr25519_soft_steps)
    func softStep(_ vector: CryptoVectors.Derivation.SoftStep) throws {
        let parent = try Sr25519PublicKey(bytes: hexBytes(vector.parent_public))
        #expect(hexString(parent.softDerived(chainCode: hexBytes(vector.chain_code)).bytes) == vector.child_public)
    }

    @Test("soft derivation of a secret key matches public-only derivation")
    func softSecretMatchesPublic() throws {
        let secret = try Sr25519MiniSecretKey(bytes: SystemRandom.bytes(32)).expandEd25519()
        let code = DeriveJunction("soft", hard: false).chainCode
        #expect(secret.softDerived(chainCode: code).publicKey == secret.publicKey.softDerived(chainCode: code))
    }

    @Test("ed25519 hard step preimage and child seed")
    func edHardStep() {
        let vector = vectors.ed25519_hard_step
        let child = Ed25519.hardDerivedSeed(seed: hexBytes(vector.parent_seed), chainCode: hexBytes(vector.chain_code))
        #expect(hexString(child) == vector.child_seed)
    }

    @Test("ed25519 refuses soft junctions")
    func edSoft() {
        #expect(throws: KeyError(.invalidDerivation, "")) { try Keypair(uri: "//Alice/soft", cryptoType: .ed25519) }
    }

    @Test("bad roots: short hex seed, non-hex seed, unknown word")
    func badRoots() {
        #expect(throws: KeyError(.invalidLength, "")) { try Keypair(uri: "0x0102//Alice", cryptoType: .sr25519) }
        #expect(throws: KeyError(.invalidHex, "")) { try Keypair(uri: "0xzz", cryptoType: .sr25519) }
        #expect(throws: KeyError(.badWordCount, "")) { try Keypair(uri: "hello world//x", cryptoType: .sr25519) }
    }

    @Test("sp_core upstream known pairs")
    func upstream() throws {
        for vector in Fixtures.crypto.upstream_sp_core_tests {
            if let suri = vector.suri, let expected = vector.public {
                #expect(hexString(try Keypair(uri: suri, cryptoType: .sr25519).publicKey) == expected, "\(vector.test)")
            } else if let seed = vector.seed, let expected = vector.public, vector.test.hasPrefix("sr25519") {
                #expect(hexString(try Keypair(seed: hexBytes(seed), cryptoType: .sr25519).publicKey) == expected, "\(vector.test)")
            } else if let seed = vector.seed, let expected = vector.public, vector.test.hasPrefix("ed25519") {
                #expect(hexString(try Keypair(seed: hexBytes(seed), cryptoType: .ed25519).publicKey) == expected, "\(vector.test)")
            }
        }
    }
}
