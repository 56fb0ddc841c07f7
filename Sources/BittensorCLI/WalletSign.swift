import ArgumentParser
import Hashing
import Keys
import Wallet

/// `btcli wallet sign`: signs a message with the coldkey (or `--use-hotkey`) as bittensor-wallet signs it.
struct WalletSign: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sign", abstract: "Sign a message with the coldkey or hotkey.")

    @OptionGroup var walletOptions: WalletOptions
    @OptionGroup var passwordOptions: PasswordOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .customLong("message"), help: "The message: UTF-8 text, or bytes when it starts with 0x.")
    var message: String
    @Flag(name: .customLong("use-hotkey"), help: "Sign with the hotkey instead of the coldkey.") var useHotkey = false

    func run() throws {
        let wallet = walletOptions.wallet
        let file = useHotkey ? wallet.hotkeyFile : wallet.coldkeyFile
        let password = try file.isEncrypted() ? try PasswordReader(options: passwordOptions).passwordToOpen(keyfileAt: file.path) : nil
        let keypair = try file.read(password: password).keypair()
        let signature = keypair.sign(try messageBytes(message))
        if output.json {
            Output.json(["signature": Hex.encode(signature, prefixed: true), "ss58Address": keypair.ss58Address])
        } else {
            print("Signature: \(Hex.encode(signature, prefixed: true))")
            print("Signer:    \(keypair.ss58Address) (\(keypair.cryptoType))")
        }
    }
}

/// The bytes bittensor-wallet signs for a message string: hex-decoded when it starts with `0x`, else UTF-8.
func messageBytes(_ message: String) throws -> [UInt8] {
    guard message.hasPrefix("0x") else { return Array(message.utf8) }
    do { return try Hex.decode(message) } catch { throw CLIError("--message starts with 0x but is not hex: \(error)") }
}
