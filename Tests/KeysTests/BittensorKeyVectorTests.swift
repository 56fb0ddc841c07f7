import Keys
import TestSupport
import Testing

private let vectors = WireVectors.shared

@Suite("Keys against bittensor-wallet's own outputs (wire-vectors.json)")
struct BittensorKeyVectorTests {
    @Test("mnemonics: entropy, seed, both key types and keyfile fields", arguments: vectors.mnemonics)
    func mnemonic(_ vector: WireVectors.MnemonicCase) throws {
        let mnemonic = try Mnemonic(phrase: vector.mnemonic)
        #expect(hexString(mnemonic.entropy) == vector.entropy)
        #expect(hexString(mnemonic.miniSecret()) == vector.mini_secret)
        for (type, expected) in [(CryptoType.sr25519, vector.sr25519), (.ed25519, vector.ed25519)] {
            let pair = try Keypair(mnemonic: vector.mnemonic, cryptoType: type)
            #expect(hexString(pair.publicKey) == expected.public_key, "\(type)")
            #expect(pair.ss58Address == expected.ss58)
            #expect("0x" + hexString(pair.privateKey) == expected.keyfile_privateKey, "\(type)")
            #expect(pair.seed.map { "0x" + hexString($0) } == expected.keyfile_secretSeed)
        }
    }

    @Test("URIs, including ed25519's refusal of soft junctions", arguments: vectors.uris)
    func uri(_ vector: WireVectors.URICase) throws {
        for (type, expected) in [(CryptoType.sr25519, vector.sr25519), (.ed25519, vector.ed25519)] {
            if expected.error != nil {
                #expect(throws: KeyError(.invalidDerivation, "")) { try Keypair(uri: vector.uri, cryptoType: type) }
            } else {
                let pair = try Keypair(uri: vector.uri, cryptoType: type)
                #expect(hexString(pair.publicKey) == expected.public_key, "\(vector.uri) \(type)")
                #expect(pair.ss58Address == expected.ss58)
            }
        }
    }

    @Test("signatures made by bittensor-wallet verify as it verifies them", arguments: vectors.signatures)
    func signature(_ vector: WireVectors.SignatureCase) throws {
        let type = try #require(CryptoType(name: vector.crypto))
        #expect(try SS58.decode(vector.ss58).publicKey == hexBytes(vector.public_key))
        let valid = Keypair.verifyBittensorMessage(
            signature: hexBytes(vector.signature), message: hexBytes(vector.message_hex),
            publicKey: hexBytes(vector.public_key), cryptoType: type)
        #expect(valid == vector.valid, "\(vector.message_label)")
    }

    @Test("ed25519 signatures are deterministic and byte-identical to bittensor-wallet's")
    func deterministicEd25519() throws {
        for vector in vectors.signatures where vector.crypto == "ed25519" && vector.valid {
            guard let source = vectors.mnemonics.first(where: { $0.ed25519.public_key == vector.public_key }) else { continue }
            let pair = try Keypair(mnemonic: source.mnemonic, cryptoType: .ed25519)
            #expect(hexString(pair.sign(hexBytes(vector.message_hex))) == vector.signature, "\(vector.message_label)")
        }
    }
}
