import ArgumentParser
import Hashing
import Keys
import Wallet

/// `--wallet.name`, `--wallet.hotkey`, `--wallet.path`, with btcli's aliases.
struct WalletOptions: ParsableArguments {
    @Option(name: [.customLong("wallet.name"), .customLong("wallet-name"), .customLong("name")],
            help: "The wallet's name (its directory under the wallet path).")
    var name: String = "default"

    @Option(name: [.customLong("wallet.hotkey"), .customLong("wallet-hotkey"), .customLong("hotkey")],
            help: "The hotkey's name.")
    var hotkey: String = "default"

    @Option(name: [.customLong("wallet.path"), .customLong("wallet-path")],
            help: "The directory that holds wallets.")
    var path: String = Wallet.defaultPath

    var wallet: Wallet { Wallet(name: name, hotkey: hotkey, path: path) }

    func validate() throws {
        for (flag, value) in [("--wallet.name", name), ("--wallet.hotkey", hotkey)] {
            guard !value.isEmpty, !value.contains("/"), value != ".", value != ".." else {
                throw ValidationError("\(flag) must be a plain name, not '\(value)'")
            }
        }
    }
}

/// `--json-output` (btcli's name) and its alias `--json`.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.customLong("json-output"), .customLong("json")], help: "Print the result as JSON.")
    var json = false
}

/// Where a password comes from when a command needs one.
struct PasswordOptions: ParsableArguments {
    @Option(name: .customLong("password-file"), help: "Read the password from the first line of this file.")
    var passwordFile: String?
}

/// `--crypto-type sr25519|ed25519`.
struct CryptoTypeOption: ParsableArguments {
    @Option(name: .customLong("crypto-type"), help: "The signature scheme: sr25519 (default) or ed25519.")
    var cryptoTypeName: String = "sr25519"

    var cryptoType: CryptoType { CryptoType(name: cryptoTypeName) ?? .sr25519 }

    func validate() throws {
        guard CryptoType(name: cryptoTypeName) != nil else {
            throw ValidationError("--crypto-type must be sr25519 or ed25519, not '\(cryptoTypeName)'")
        }
    }
}

/// The options every key-writing command shares: which wallet, which scheme, where a password comes
/// from, JSON output and `--overwrite`.
struct KeyWritingOptions: ParsableArguments {
    @OptionGroup var wallet: WalletOptions
    @OptionGroup var crypto: CryptoTypeOption
    @OptionGroup var password: PasswordOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .customLong("overwrite"), help: "Replace existing key files.")
    var overwrite = false

    /// The writer for this wallet and these options.
    var writer: KeyWriter {
        KeyWriter(wallet: wallet.wallet, passwords: PasswordReader(options: password), overwrite: overwrite)
    }
}

/// `--n-words` for commands that make a new mnemonic.
struct MnemonicLengthOption: ParsableArguments {
    @Option(name: .customLong("n-words"), help: "Mnemonic length: 12, 15, 18, 21 or 24 words.")
    var wordCount = 12

    func validate() throws {
        guard Mnemonic.allowedWordCounts.contains(wordCount) else {
            throw ValidationError("--n-words must be 12, 15, 18, 21 or 24, not \(wordCount)")
        }
    }

    /// A fresh mnemonic of the chosen length.
    func generate() throws -> Mnemonic { try Mnemonic.generate(wordCount: wordCount) }
}

/// `--mnemonic` or `--seed` for the `regen-*` commands.
struct KeySourceOptions: ParsableArguments {
    @Option(name: .customLong("mnemonic"), help: "The mnemonic, as one quoted argument.")
    var mnemonic: String?
    @Option(name: .customLong("seed"), help: "The 32-byte seed as 0x hex.")
    var seed: String?

    func validate() throws {
        guard (mnemonic == nil) != (seed == nil) else { throw ValidationError("give exactly one of --mnemonic or --seed") }
    }

    /// The keypair the mnemonic or seed makes.
    func keypair(cryptoType: CryptoType) throws -> Keypair {
        if let mnemonic { return try Keypair(mnemonic: mnemonic, cryptoType: cryptoType) }
        let bytes: [UInt8]
        do { bytes = try Hex.decode(seed ?? "") } catch { throw CLIError("--seed is not hex: \(error)") }
        return try Keypair(seed: bytes, cryptoType: cryptoType)
    }
}

/// `--uri Alice`: btcli's dev-account option, a key from the dev secret URI `//Alice` instead of a fresh mnemonic.
struct DevURIOption: ParsableArguments {
    @Option(name: .customLong("uri"), help: "Use the dev account with this name (alice → //Alice) or secret URI.")
    var uri: String?

    /// The secret URI: `//Name` for a bare name, else as given.
    var secretURI: String? {
        guard let uri else { return nil }
        return uri.hasPrefix("/") || uri.contains(" ") || uri.hasPrefix("0x") ? uri : "//" + uri.prefix(1).uppercased() + uri.dropFirst()
    }

    /// The key the URI makes, or nil without `--uri`.
    func keypair(cryptoType: CryptoType) throws -> Keypair? {
        try secretURI.map { try Keypair(uri: $0, cryptoType: cryptoType) }
    }
}
