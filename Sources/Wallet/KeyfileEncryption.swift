import CSodium
import Hashing
import Keys

/// bittensor-wallet's keyfile encryption: `$NACL ‖ nonce(24) ‖ secretbox(plaintext)`, with the key from
/// Argon2i v1.3 (8 passes, 512 MiB, one lane, a fixed salt) and XSalsa20-Poly1305, both from libsodium.
public enum KeyfileEncryption {
    /// The formats a keyfile can be in, recognised by prefix.
    public enum Format: Equatable, Sendable {
        /// `$NACL`: the current format.
        case nacl
        /// `$ANSIBLE_VAULT`: legacy, from very old SDKs.
        case ansibleVault
        /// `gAAAAA`: legacy Fernet.
        case fernet
        /// Anything else: plaintext JSON.
        case plaintext
    }

    /// The 5-byte prefix of `$NACL` files.
    public static let naclPrefix: [UInt8] = Array("$NACL".utf8)
    /// The constant Argon2i salt every bittensor wallet uses.
    public static let salt: [UInt8] = [
        0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1,
    ]
    /// libsodium's `crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE`.
    public static let passes: UInt64 = 8
    /// libsodium's `crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE` (512 MiB).
    public static let memoryBytes = 536_870_912

    private static let nonceLength = 24
    private static let tagLength = 16

    /// The format of a keyfile's bytes.
    public static func format(of data: [UInt8]) -> Format {
        if data.starts(with: naclPrefix) { return .nacl }
        if data.starts(with: Array("$ANSIBLE_VAULT".utf8)) { return .ansibleVault }
        if data.starts(with: Array("gAAAAA".utf8)) { return .fernet }
        return .plaintext
    }

    /// The 32-byte secretbox key for `password` (UTF-8, used as given).
    public static func deriveKey(password: String) -> [UInt8] {
        argon2i(password: Array(password.utf8), salt: salt, passes: passes, memoryBytes: memoryBytes)
    }

    /// Argon2i v1.3 with one lane through libsodium (`passes` ≥ 3, memory ≥ 8 KiB, 16-byte salt).
    static func argon2i(password: [UInt8], salt: [UInt8], passes: UInt64, memoryBytes: Int) -> [UInt8] {
        argon2(password: password, salt: salt, passes: passes, memoryBytes: memoryBytes,
               algorithm: crypto_pwhash_ALG_ARGON2I13)
    }

    /// Argon2 (i or id) v1.3 with one lane through libsodium.
    static func argon2(password: [UInt8], salt: [UInt8], passes: UInt64, memoryBytes: Int, algorithm: Int32) -> [UInt8] {
        precondition(salt.count == Int(crypto_pwhash_SALTBYTES), "libsodium's Argon2 takes a 16-byte salt")
        LibSodium.ensureInitialized()
        var key = [UInt8](repeating: 0, count: 32)
        let passwordChars = password.map { CChar(bitPattern: $0) } + [0]
        let result = crypto_pwhash(&key, UInt64(key.count), passwordChars, UInt64(password.count),
                                   salt, passes, memoryBytes, algorithm)
        precondition(result == 0, "Argon2 could not allocate \(memoryBytes) bytes")
        return key
    }

    /// Encrypts `plaintext` under `password` with a fresh random nonce.
    public static func encrypt(_ plaintext: [UInt8], password: String) -> [UInt8] {
        encrypt(plaintext, key: deriveKey(password: password), nonce: randomNonce())
    }

    /// Encrypts with an already derived key and a given nonce.
    static func encrypt(_ plaintext: [UInt8], key: [UInt8], nonce: [UInt8]) -> [UInt8] {
        var box = [UInt8](repeating: 0, count: tagLength + plaintext.count)
        _ = crypto_secretbox_easy(&box, plaintext, UInt64(plaintext.count), nonce, key)
        return naclPrefix + nonce + box
    }

    /// Decrypts a keyfile's bytes.
    /// - Throws: `WalletError.wrongPassword` when the MAC fails, `.corruptKeyfile` for a truncated file,
    ///   `.legacyEncryption` for Ansible Vault and Fernet files.
    public static func decrypt(_ data: [UInt8], password: String) throws -> [UInt8] {
        switch format(of: data) {
        case .nacl:
            return try decrypt(data, key: deriveKey(password: password))
        case .ansibleVault:
            throw WalletError(.legacyEncryption, "this keyfile uses the legacy Ansible Vault encryption, which is not supported; "
                + "open it with bittensor-wallet's check_and_update_encryption to re-encrypt it as $NACL")
        case .fernet:
            throw WalletError(.legacyEncryption, "this keyfile uses the legacy Fernet encryption, which is not supported; "
                + "re-encrypt it with an SDK that reads it")
        case .plaintext:
            return data
        }
    }

    /// Decrypts a `$NACL` file with an already derived key.
    static func decrypt(_ data: [UInt8], key: [UInt8]) throws -> [UInt8] {
        let headerLength = naclPrefix.count + nonceLength
        guard data.count >= headerLength + tagLength else {
            throw WalletError(.corruptKeyfile, "the encrypted keyfile is truncated (\(data.count) bytes)")
        }
        let nonce = Array(data[naclPrefix.count..<headerLength])
        let box = Array(data[headerLength...])
        var plaintext = [UInt8](repeating: 0, count: box.count - tagLength)
        guard crypto_secretbox_open_easy(&plaintext, box, UInt64(box.count), nonce, key) == 0 else {
            throw WalletError(.wrongPassword, "Wrong password for decryption.")
        }
        return plaintext
    }

    private static func randomNonce() -> [UInt8] {
        SystemRandom.bytes(nonceLength)
    }
}
