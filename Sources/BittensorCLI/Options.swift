import ArgumentParser
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

/// Options of the commands that write a key.
struct KeyCreationOptions: ParsableArguments {
    @Flag(name: .customLong("overwrite"), help: "Replace an existing key file.")
    var overwrite = false
}
