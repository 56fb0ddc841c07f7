import ArgumentParser
import Keys

/// `btcli wallet new-coldkey`: a new coldkey from a fresh mnemonic.
struct WalletNewColdkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-coldkey", abstract: "Create a new coldkey.")

    @OptionGroup var walletOptions: WalletOptions
    @OptionGroup var cryptoOption: CryptoTypeOption
    @OptionGroup var passwordOptions: PasswordOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .customLong("n-words"), help: "Mnemonic length: 12, 15, 18, 21 or 24 words.") var wordCount = 12
    @Flag(inversion: .prefixedNo, help: "Encrypt the coldkey with a password.") var usePassword = true
    @Flag(name: .customLong("overwrite"), help: "Replace an existing coldkey.") var overwrite = false

    func validate() throws { try validateWordCount(wordCount) }

    func run() throws {
        let wallet = walletOptions.wallet
        let writer = KeyWriter(wallet: wallet, passwords: PasswordReader(options: passwordOptions), overwrite: overwrite)
        try writer.checkWritable([wallet.coldkeyFile, wallet.coldkeypubFile])
        let mnemonic = try Mnemonic.generate(wordCount: wordCount)
        let keypair = try Keypair(mnemonic: mnemonic.phrase, cryptoType: cryptoOption.cryptoType)
        try writer.writeColdkey(keypair, encrypt: usePassword)
        report(kind: "coldkey", keypair: keypair, mnemonic: mnemonic.phrase, wallet: walletOptions, json: output.json)
    }
}

/// `btcli wallet new-hotkey`: a new hotkey from a fresh mnemonic.
struct WalletNewHotkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-hotkey", abstract: "Create a new hotkey.")

    @OptionGroup var walletOptions: WalletOptions
    @OptionGroup var cryptoOption: CryptoTypeOption
    @OptionGroup var passwordOptions: PasswordOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .customLong("n-words"), help: "Mnemonic length: 12, 15, 18, 21 or 24 words.") var wordCount = 12
    @Flag(inversion: .prefixedNo, help: "Encrypt the hotkey with a password.") var usePassword = false
    @Flag(name: .customLong("overwrite"), help: "Replace an existing hotkey.") var overwrite = false

    func validate() throws { try validateWordCount(wordCount) }

    func run() throws {
        let wallet = walletOptions.wallet
        let writer = KeyWriter(wallet: wallet, passwords: PasswordReader(options: passwordOptions), overwrite: overwrite)
        try writer.checkWritable([wallet.hotkeyFile, wallet.hotkeypubFile])
        let mnemonic = try Mnemonic.generate(wordCount: wordCount)
        let keypair = try Keypair(mnemonic: mnemonic.phrase, cryptoType: cryptoOption.cryptoType)
        try writer.writeHotkey(keypair, encrypt: usePassword)
        report(kind: "hotkey", keypair: keypair, mnemonic: mnemonic.phrase, wallet: walletOptions, json: output.json)
    }
}

/// Prints the outcome of writing one key.
func report(kind: String, keypair: Keypair, mnemonic: String?, wallet: WalletOptions, json: Bool) {
    if json {
        Output.json(["success": true, "error": "", "data": [
            "name": wallet.name, "path": wallet.wallet.path, "hotkey": wallet.hotkey,
            "\(kind)_ss58": keypair.ss58Address, "crypto_type": keypair.cryptoType.description,
        ]])
        return
    }
    if let mnemonic { print(KeyWriter.mnemonicNotice(kind: kind, mnemonic: mnemonic)) }
    print("Wrote \(kind) \(keypair.ss58Address) (\(keypair.cryptoType)) to wallet \(wallet.name)")
}
