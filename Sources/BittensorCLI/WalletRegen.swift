import ArgumentParser
import Hashing
import Keys

/// `btcli wallet regen-coldkey`: rebuilds a coldkey from its mnemonic or seed.
struct WalletRegenColdkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regen-coldkey", abstract: "Regenerate a coldkey from a mnemonic or seed.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var source: KeySourceOptions
    @Flag(inversion: .prefixedNo, help: "Encrypt the coldkey with a password.") var usePassword = true

    func run() throws {
        let keypair = try source.keypair(cryptoType: options.crypto.cryptoType)
        try options.writer.writeColdkey(keypair, encrypt: usePassword)
        report(kind: "coldkey", keypair: keypair, mnemonic: nil, options: options)
    }
}

/// `btcli wallet regen-coldkeypub`: rebuilds `coldkeypub.txt` from an address or public key.
struct WalletRegenColdkeypub: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regen-coldkeypub", abstract: "Regenerate coldkeypub.txt from an SS58 address or public key.")

    @OptionGroup var walletOptions: WalletOptions
    @OptionGroup var cryptoOption: CryptoTypeOption
    @OptionGroup var output: OutputOptions
    @Option(name: [.customLong("ss58-address"), .customLong("ss58"), .customLong("addr")], help: "The coldkey's SS58 address.")
    var ss58Address: String?
    @Option(name: [.customLong("public-key-hex"), .customLong("public-key")], help: "The coldkey's public key as 0x hex.")
    var publicKeyHex: String?
    @Flag(name: .customLong("overwrite"), help: "Replace an existing coldkeypub.txt.") var overwrite = false

    func run() throws {
        let publicKey: [UInt8]
        switch (ss58Address, publicKeyHex) {
        case (let address?, nil):
            publicKey = try SS58.decode(address).publicKey
        case (nil, let hex?):
            guard let bytes = try? Hex.decode(hex), bytes.count == 32 else {
                throw CLIError("--public-key-hex must be 32 bytes of hex")
            }
            publicKey = bytes
        default:
            throw CLIError("give exactly one of --ss58-address or --public-key-hex")
        }
        let wallet = walletOptions.wallet
        try wallet.setColdkeypub(publicKey: publicKey, cryptoType: cryptoOption.cryptoType, overwrite: overwrite)
        let address = SS58.encode(publicKey: publicKey)
        if output.json {
            Output.json(["success": true, "error": "", "data": ["name": wallet.name, "path": wallet.path, "coldkeypub_ss58": address]])
        } else {
            print("Wrote coldkeypub \(address) to wallet \(wallet.name)")
        }
    }
}

/// `btcli wallet regen-hotkey`: rebuilds a hotkey from its mnemonic or seed.
struct WalletRegenHotkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regen-hotkey", abstract: "Regenerate a hotkey from a mnemonic or seed.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var source: KeySourceOptions
    @Flag(inversion: .prefixedNo, help: "Encrypt the hotkey with a password.") var usePassword = false

    func run() throws {
        let keypair = try source.keypair(cryptoType: options.crypto.cryptoType)
        try options.writer.writeHotkey(keypair, encrypt: usePassword)
        report(kind: "hotkey", keypair: keypair, mnemonic: nil, options: options)
    }
}
