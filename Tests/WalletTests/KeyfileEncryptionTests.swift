import CSodium
import Foundation
@testable import Wallet
import TestSupport
import Testing

@Suite("Keyfile encryption: XSalsa20-Poly1305 and Argon2i through libsodium")
struct KeyfileEncryptionTests {
    @Test("NaCl secretbox vectors", arguments: Fixtures.crypto.nacl_secretbox.secretbox)
    func secretbox(_ vector: CryptoVectors.NaclSecretbox.Box) throws {
        let sealed = KeyfileEncryption.encrypt(hexBytes(vector.plaintext), key: hexBytes(vector.key), nonce: hexBytes(vector.nonce))
        #expect(hexString(sealed.dropFirst(5 + 24)) == vector.mac_then_ciphertext, "\(vector.name ?? "")")
        #expect(try KeyfileEncryption.decrypt(sealed, key: hexBytes(vector.key)) == hexBytes(vector.plaintext))
    }

    @Test("Argon2 parameter sets libsodium supports; the others are skipped by name with the reason")
    func argon2SmallParameters() {
        var ran = 0
        for vector in Fixtures.crypto.argon2.small_params {
            let name = "argon2.small_params \(vector.type) t=\(vector.t) m=\(vector.m_kib)KiB p=\(vector.p)"
            let algorithm: Int32 = vector.type == "argon2id" ? crypto_pwhash_ALG_ARGON2ID13 : crypto_pwhash_ALG_ARGON2I13
            let minimumPasses = vector.type == "argon2id" ? 1 : 3
            guard vector.p == 1, vector.t >= minimumPasses else {
                print("skipped \(name): libsodium's Argon2i needs at least 3 passes and one lane")
                continue
            }
            let key = KeyfileEncryption.argon2(password: Array(vector.password_utf8.utf8), salt: hexBytes(vector.salt),
                                               passes: UInt64(vector.t), memoryBytes: vector.m_kib * 1024, algorithm: algorithm)
            #expect(hexString(key) == vector.tag, "\(name)")
            ran += 1
        }
        for vector in Fixtures.crypto.argon2.rfc9106 {
            print("skipped argon2.rfc9106 \(vector.type) p=\(vector.p): libsodium implements only one lane, no argon2d, and no secret or associated data")
        }
        #expect(ran == 2)
    }

    @Test("the real 512 MiB keyfile key")
    func keyfileKDF() {
        let vector = Fixtures.crypto.argon2.bittensor_keyfile_kdf
        #expect(hexString(KeyfileEncryption.salt) == vector.salt)
        #expect(hexString(KeyfileEncryption.deriveKey(password: vector.password_utf8)) == vector.key)
    }

    @Test("a complete $NACL coldkey from bittensor-wallet decrypts; a wrong password changes nothing")
    func keyfileVector() throws {
        let vector = Fixtures.crypto.bittensor_keyfile
        let file = hexBytes(vector.file_bytes)
        #expect(KeyfileEncryption.format(of: file) == .nacl)
        let key = hexBytes(Fixtures.crypto.argon2.bittensor_keyfile_kdf.key)
        #expect(String(decoding: try KeyfileEncryption.decrypt(file, key: key), as: UTF8.self) == vector.plaintext_utf8)
        #expect(throws: WalletError(.wrongPassword, "")) {
            try KeyfileEncryption.decrypt(file, key: KeyfileEncryption.argon2i(
                password: Array("wrong".utf8), salt: KeyfileEncryption.salt, passes: 3, memoryBytes: 1 << 20))
        }
    }

    @Test("every truncation of a $NACL file fails cleanly")
    func truncation() {
        let key = [UInt8](repeating: 7, count: 32)
        let file = KeyfileEncryption.encrypt(Array("{\"a\":1}".utf8), key: key, nonce: [UInt8](repeating: 1, count: 24))
        for length in 5..<file.count {
            #expect(throws: WalletError.self, "length \(length)") { try KeyfileEncryption.decrypt(Array(file.prefix(length)), key: key) }
        }
    }

    @Test("legacy formats are recognised and refused with a clear message")
    func legacy() {
        let vault = Array("$ANSIBLE_VAULT;1.1;AES256\n3033".utf8)
        let fernet = Array("gAAAAABlegacy".utf8)
        #expect(KeyfileEncryption.format(of: vault) == .ansibleVault)
        #expect(KeyfileEncryption.format(of: fernet) == .fernet)
        #expect(throws: WalletError(.legacyEncryption, "")) { try KeyfileEncryption.decrypt(vault, password: "x") }
        #expect(throws: WalletError(.legacyEncryption, "")) { try KeyfileEncryption.decrypt(fernet, password: "x") }
    }

    @Test("BT_PW_ variable names and values match bittensor-wallet's")
    func passwordEnvironment() {
        let path = "/tmp/xx/.bittensor/wallets/w/coldkey"
        #expect(PasswordEnvironment.variableName(forKeyfileAt: path) == "BT_PW__TMP_XX__BITTENSOR_WALLETS_W_COLDKEY")
        #expect(PasswordEnvironment.encodedValue(password: "hunter2", forKeyfileAt: path) == "KiExJDItbQ==")
        let environment = ["BT_PW__TMP_XX__BITTENSOR_WALLETS_W_COLDKEY": "KiExJDItbQ=="]
        #expect(PasswordEnvironment.password(forKeyfileAt: path, environment: environment) == "hunter2")
        #expect(PasswordEnvironment.password(forKeyfileAt: path, environment: [:]) == nil)
    }
}

@Suite("The NaCl primitives under secretbox (libsodium) match their vectors")
struct NaclPrimitiveTests {
    @Test("Poly1305 (RFC 8439 §2.5.2)")
    func poly1305() {
        let vector = Fixtures.crypto.nacl_secretbox.poly1305
        var tag = [UInt8](repeating: 0, count: 16)
        let message = Array(vector.msg_utf8.utf8)
        crypto_onetimeauth_poly1305(&tag, message, UInt64(message.count), hexBytes(vector.key))
        #expect(hexString(tag) == vector.tag)
    }

    @Test("HSalsa20")
    func hsalsa20() {
        let vector = Fixtures.crypto.nacl_secretbox.hsalsa20
        var subkey = [UInt8](repeating: 0, count: 32)
        crypto_core_hsalsa20(&subkey, hexBytes(vector.nonce16), hexBytes(vector.key), nil)
        #expect(hexString(subkey) == vector.subkey)
    }

    @Test("one Salsa20 block")
    func salsa20() {
        let vector = Fixtures.crypto.nacl_secretbox.salsa20_block
        var block = [UInt8](repeating: 0, count: 64)
        crypto_stream_salsa20_xor_ic(&block, block, 64, hexBytes(vector.nonce8), UInt64(vector.counter), hexBytes(vector.key))
        #expect(hexString(block) == vector.block64)
    }
}
