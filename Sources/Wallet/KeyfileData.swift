import Foundation
import Hashing
import Keys

/// The JSON inside a keyfile, with bittensor-wallet's field names: `accountId`, `publicKey`,
/// `privateKey`, `secretPhrase`, `secretSeed`, `ss58Address`, `cryptoType`.
///
/// A `*pub.txt` file holds only the public fields.
public struct KeyfileData: Sendable, Equatable {
    /// The 32-byte public key (also the account id).
    public var publicKey: [UInt8]
    /// The scheme; files without `cryptoType` (before bittensor-wallet 4.1) are sr25519.
    public var cryptoType: CryptoType
    /// sr25519's 64-byte secret or ed25519's 32-byte seed; nil in public files.
    public var privateKey: [UInt8]?
    /// The mnemonic, when known.
    public var secretPhrase: String?
    /// The 32-byte seed, when known.
    public var secretSeed: [UInt8]?

    /// The SS58 address (prefix 42).
    public var ss58Address: String { SS58.encode(publicKey: publicKey) }

    /// Whether the data holds a secret.
    public var hasSecret: Bool { privateKey != nil || secretSeed != nil || secretPhrase != nil }

    /// The full data of a keypair.
    public init(keypair: Keypair) {
        publicKey = keypair.publicKey
        cryptoType = keypair.cryptoType
        privateKey = keypair.privateKey
        secretPhrase = keypair.mnemonic
        secretSeed = keypair.seed
    }

    /// Public-only data.
    public init(publicKey: [UInt8], cryptoType: CryptoType) {
        self.publicKey = publicKey
        self.cryptoType = cryptoType
    }

    /// The same data without its secrets (what `coldkeypub.txt` and `<hotkey>pub.txt` hold).
    public var publicOnly: KeyfileData { KeyfileData(publicKey: publicKey, cryptoType: cryptoType) }

    /// The keypair, taking the first of `secretPhrase`, `secretSeed`, `privateKey` as bittensor-wallet does.
    /// - Throws: `WalletError.invalidKey` when the data has no secret or the secret is invalid.
    public func keypair() throws -> Keypair {
        do {
            if let phrase = secretPhrase {
                return try Keypair(mnemonic: phrase, cryptoType: cryptoType)
            }
            if let seed = secretSeed {
                return try Keypair(seed: seed, cryptoType: cryptoType)
            }
            if let privateKey {
                let secret = cryptoType == .ed25519 ? Array(privateKey.prefix(32)) : privateKey
                return try Keypair(privateKey: secret, cryptoType: cryptoType)
            }
        } catch let error as KeyError {
            throw WalletError(.invalidKey, "the keyfile's secret is invalid: \(error.reason)")
        }
        throw WalletError(.invalidKey, "the keyfile holds only a public key")
    }

    /// Compact JSON as bittensor-wallet writes it; absent secrets are left out.
    public var json: [UInt8] {
        var object: [String: Any] = [
            "accountId": Hex.encode(publicKey, prefixed: true),
            "publicKey": Hex.encode(publicKey, prefixed: true),
            "ss58Address": ss58Address,
            "cryptoType": cryptoType.rawValue,
        ]
        if let privateKey { object["privateKey"] = Hex.encode(privateKey, prefixed: true) }
        if let secretPhrase { object["secretPhrase"] = secretPhrase }
        if let secretSeed { object["secretSeed"] = Hex.encode(secretSeed, prefixed: true) }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return Array(data)
    }

    /// Parses keyfile JSON of any bittensor-wallet version (4.x compact, 6.x with nulls), or a bare
    /// `0x<hex>` public key as very old `coldkeypub.txt` files hold.
    /// - Throws: `WalletError.corruptKeyfile` naming what is wrong.
    public init(json bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("0x"), let key = try? Hex.decode(text), key.count == 32 {
            self.init(publicKey: key, cryptoType: .sr25519)
            return
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            throw WalletError(.corruptKeyfile, "the keyfile is not JSON (truncated or damaged?)")
        }
        func hexField(_ name: String, length: [Int]) throws -> [UInt8]? {
            guard let value = object[name], !(value is NSNull) else { return nil }
            guard let text = value as? String, let bytes = try? Hex.decode(text), length.contains(bytes.count) else {
                throw WalletError(.corruptKeyfile, "keyfile field \(name) is not \(length.map(String.init).joined(separator: " or "))-byte hex")
            }
            return bytes
        }
        let cryptoType: CryptoType
        switch object["cryptoType"] {
        case nil, is NSNull: cryptoType = .sr25519
        case let number as Int:
            guard let type = CryptoType(rawValue: number) else {
                throw WalletError(.corruptKeyfile, "keyfile cryptoType \(number) is neither 0 (ed25519) nor 1 (sr25519)")
            }
            cryptoType = type
        default: throw WalletError(.corruptKeyfile, "keyfile cryptoType is not a number")
        }
        var publicKey = try hexField("publicKey", length: [32]) ?? hexField("accountId", length: [32])
        if publicKey == nil, let address = object["ss58Address"] as? String {
            publicKey = try? SS58.decode(address).publicKey
        }
        guard let publicKey else {
            throw WalletError(.corruptKeyfile, "the keyfile has no publicKey, accountId or ss58Address")
        }
        self.init(publicKey: publicKey, cryptoType: cryptoType)
        privateKey = try hexField("privateKey", length: cryptoType == .sr25519 ? [64] : [32, 64])
        secretSeed = try hexField("secretSeed", length: [32])
        switch object["secretPhrase"] {
        case nil, is NSNull: secretPhrase = nil
        case let phrase as String: secretPhrase = phrase
        default: throw WalletError(.corruptKeyfile, "keyfile secretPhrase is not text")
        }
        if let address = object["ss58Address"] as? String, address != ss58Address,
           (try? SS58.decode(address).publicKey) != publicKey {
            throw WalletError(.corruptKeyfile, "keyfile ss58Address \(address) does not match its public key")
        }
        if hasSecret, try keypair().publicKey != publicKey {
            throw WalletError(.corruptKeyfile, "the keyfile's secret does not match its public key")
        }
    }
}
