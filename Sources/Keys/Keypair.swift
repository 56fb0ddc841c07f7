import Hashing

/// The signature schemes Bittensor keys use, with bittensor-wallet's `cryptoType` numbers.
public enum CryptoType: Int, Sendable, CaseIterable, CustomStringConvertible {
    /// Ed25519 (`cryptoType` 0).
    case ed25519 = 0
    /// sr25519 (`cryptoType` 1), Bittensor's default.
    case sr25519 = 1

    /// Parses `sr25519` or `ed25519`.
    public init?(name: String) {
        switch name.lowercased() {
        case "sr25519": self = .sr25519
        case "ed25519": self = .ed25519
        default: return nil
        }
    }

    public var description: String { self == .sr25519 ? "sr25519" : "ed25519" }
}

/// A key pair of either scheme, with what bittensor-wallet keeps beside it (the phrase and seed when known).
public struct Keypair: Sendable {
    private enum Secret: Sendable {
        case sr25519(Sr25519Keypair)
        case ed25519(seed: [UInt8])
    }

    private let secret: Secret
    /// The 32-byte public key (also the account id).
    public let publicKey: [UInt8]
    /// The mnemonic the key came from, when it came from one (keyfiles' `secretPhrase`).
    public let mnemonic: String?
    /// The 32-byte seed, when known (keyfiles' `secretSeed`; sr25519's mini secret).
    public let seed: [UInt8]?

    /// The scheme.
    public var cryptoType: CryptoType {
        if case .sr25519 = secret { .sr25519 } else { .ed25519 }
    }

    /// The SS58 address with Bittensor's prefix 42.
    public var ss58Address: String { SS58.encode(publicKey: publicKey) }

    /// keyfiles' `privateKey`: sr25519's 64-byte `to_bytes` form, or ed25519's 32-byte seed.
    public var privateKey: [UInt8] {
        switch secret {
        case .sr25519(let pair): pair.secretKey.bytes
        case .ed25519(let seed): seed
        }
    }

    /// The keypair of a 32-byte seed.
    /// - Throws: `KeyError.invalidLength`.
    public init(seed: [UInt8], cryptoType: CryptoType, mnemonic: String? = nil) throws {
        switch cryptoType {
        case .sr25519:
            let pair = Sr25519Keypair(seed: try Sr25519MiniSecretKey(bytes: seed))
            secret = .sr25519(pair)
            publicKey = pair.publicKey.bytes
        case .ed25519:
            secret = .ed25519(seed: seed)
            publicKey = try Ed25519.publicKey(seed: seed)
        }
        self.seed = seed
        self.mnemonic = mnemonic
    }

    /// The keypair of a mnemonic (substrate-bip39), optionally with a BIP39 password.
    /// - Throws: the mnemonic's `KeyError`.
    public init(mnemonic phrase: String, cryptoType: CryptoType, password: String = "") throws {
        let mnemonic = try Mnemonic(phrase: phrase)
        try self.init(seed: mnemonic.miniSecret(password: password), cryptoType: cryptoType, mnemonic: mnemonic.phrase)
    }

    /// The keypair of a secret key in keyfile `privateKey` form (64 bytes for sr25519, a 32-byte seed for ed25519).
    /// - Throws: `KeyError.invalidLength` or `.scalarFormatError`.
    public init(privateKey: [UInt8], cryptoType: CryptoType) throws {
        switch cryptoType {
        case .sr25519:
            let pair = Sr25519Keypair(secretKey: try Sr25519SecretKey(bytes: privateKey))
            secret = .sr25519(pair)
            publicKey = pair.publicKey.bytes
            seed = nil
        case .ed25519:
            secret = .ed25519(seed: privateKey)
            publicKey = try Ed25519.publicKey(seed: privateKey)
            seed = privateKey
        }
        mnemonic = nil
    }

    private init(secret: Secret, publicKey: [UInt8], seed: [UInt8]?, mnemonic: String?) {
        self.secret = secret
        self.publicKey = publicKey
        self.seed = seed
        self.mnemonic = mnemonic
    }

    /// The keypair of a secret URI: a mnemonic or `0x` seed (the dev phrase when absent), then
    /// `//hard` and `/soft` junctions, and `///password` for the mnemonic.
    /// - Throws: `KeyError` for a bad URI, phrase or seed, and `.invalidDerivation` for a soft junction
    ///   on an ed25519 key.
    public init(uri text: String, cryptoType: CryptoType) throws {
        let uri = try SecretURI(parsing: text)
        let root: Keypair
        let phrase = uri.phrase ?? SecretURI.devPhrase
        if phrase.hasPrefix("0x") {
            let seed: [UInt8]
            do { seed = try Hex.decode(phrase) } catch {
                throw KeyError(.invalidHex, "the seed \(phrase) is not hex: \(error)")
            }
            guard seed.count == 32 else {
                throw KeyError(.invalidLength, "a hex seed is 32 bytes, got \(seed.count)")
            }
            root = try Keypair(seed: seed, cryptoType: cryptoType)
        } else {
            root = try Keypair(mnemonic: phrase, cryptoType: cryptoType, password: uri.password ?? "")
        }
        self = try root.derived(uri.junctions)
    }

    /// The key reached by following `junctions` from this one.
    /// - Throws: `KeyError.invalidDerivation` for a soft junction on an ed25519 key.
    public func derived(_ junctions: [DeriveJunction]) throws -> Keypair {
        var result = self
        for junction in junctions {
            result = try result.derived(junction)
        }
        return result
    }

    private func derived(_ junction: DeriveJunction) throws -> Keypair {
        switch secret {
        case .sr25519(let pair):
            if junction.isHard {
                let child = pair.secretKey.hardDerivedMiniSecret(chainCode: junction.chainCode)
                let childPair = Sr25519Keypair(seed: child)
                return Keypair(secret: .sr25519(childPair), publicKey: childPair.publicKey.bytes,
                               seed: seed == nil ? nil : child.bytes, mnemonic: nil)
            }
            let childPair = Sr25519Keypair(secretKey: pair.secretKey.softDerived(chainCode: junction.chainCode))
            return Keypair(secret: .sr25519(childPair), publicKey: childPair.publicKey.bytes, seed: nil, mnemonic: nil)
        case .ed25519(let parentSeed):
            guard junction.isHard else {
                throw KeyError(.invalidDerivation, "Invalid path: ed25519 keys have no soft derivation (/\(junction.name))")
            }
            let child = Ed25519.hardDerivedSeed(seed: parentSeed, chainCode: junction.chainCode)
            return try Keypair(seed: child, cryptoType: .ed25519)
        }
    }

    /// Signs `message` (sr25519 with context `substrate` and fresh randomness; ed25519 deterministically).
    public func sign(_ message: [UInt8]) -> [UInt8] {
        switch secret {
        case .sr25519(let pair): pair.sign(message)
        case .ed25519(let seed): try! Ed25519.sign(message, seed: seed)
        }
    }

    /// Whether `signature` is a valid signature of `message` by `publicKey` under `cryptoType`.
    public static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8], cryptoType: CryptoType) -> Bool {
        switch cryptoType {
        case .sr25519: (try? Sr25519.verify(signature: signature, message: message, publicKey: publicKey)) ?? false
        case .ed25519: Ed25519.verify(signature: signature, message: message, publicKey: publicKey)
        }
    }

    /// Verifies as bittensor-wallet's `Keypair.verify` does: the message as given, then wrapped in
    /// `<Bytes>…</Bytes>` (what polkadot-js extensions sign).
    public static func verifyBittensorMessage(signature: [UInt8], message: [UInt8], publicKey: [UInt8], cryptoType: CryptoType) -> Bool {
        verify(signature: signature, message: message, publicKey: publicKey, cryptoType: cryptoType)
            || verify(signature: signature, message: Array("<Bytes>".utf8) + message + Array("</Bytes>".utf8),
                      publicKey: publicKey, cryptoType: cryptoType)
    }
}
