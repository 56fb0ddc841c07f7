import ArgumentParser
import Hashing
import Keys

/// `btcli keys inspect SURI`: the public key and address of a secret URI, like Substrate's `subkey inspect`.
struct KeysInspect: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Show the public key and address of a secret URI.")

    @Argument(help: "A mnemonic or 0x seed, optionally with //hard, /soft and ///password parts (e.g. //Alice).")
    var uri: String
    @OptionGroup var cryptoOption: CryptoTypeOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let keypair = try Keypair(uri: uri, cryptoType: cryptoOption.cryptoType)
        let publicHex = Hex.encode(keypair.publicKey, prefixed: true)
        if output.json {
            Output.json([
                "ss58Address": keypair.ss58Address, "publicKey": publicHex, "accountId": publicHex,
                "cryptoType": keypair.cryptoType.rawValue,
            ])
        } else {
            print("Secret Key URI `\(uri)` is account:")
            print("  Network ID:        42")
            if let seed = keypair.seed { print("  Secret seed:       \(Hex.encode(seed, prefixed: true))") }
            print("  Public key (hex):  \(publicHex)")
            print("  Account ID:        \(publicHex)")
            print("  SS58 Address:      \(keypair.ss58Address)")
            print("  Crypto type:       \(keypair.cryptoType)")
        }
    }
}
