import ArgumentParser
import Keys

/// `btcli wallet create`: a new coldkey and hotkey in one step.
struct WalletCreate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new coldkey and hotkey.")

    @OptionGroup var walletOptions: WalletOptions
    @OptionGroup var cryptoOption: CryptoTypeOption
    @OptionGroup var passwordOptions: PasswordOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .customLong("n-words"), help: "Mnemonic length: 12, 15, 18, 21 or 24 words.") var wordCount = 12
    @Flag(inversion: .prefixedNo, help: "Encrypt the coldkey with a password.") var usePassword = true
    @Flag(name: .customLong("overwrite"), help: "Replace existing key files.") var overwrite = false

    func validate() throws { try validateWordCount(wordCount) }

    func run() throws {
        let wallet = walletOptions.wallet
        let writer = KeyWriter(wallet: wallet, passwords: PasswordReader(options: passwordOptions), overwrite: overwrite)
        try writer.checkWritable([wallet.coldkeyFile, wallet.coldkeypubFile, wallet.hotkeyFile, wallet.hotkeypubFile])
        let coldMnemonic = try Mnemonic.generate(wordCount: wordCount)
        let coldkey = try Keypair(mnemonic: coldMnemonic.phrase, cryptoType: cryptoOption.cryptoType)
        let hotMnemonic = try Mnemonic.generate(wordCount: wordCount)
        let hotkey = try Keypair(mnemonic: hotMnemonic.phrase, cryptoType: cryptoOption.cryptoType)
        try writer.writeColdkey(coldkey, encrypt: usePassword)
        try writer.writeHotkey(hotkey, encrypt: false)
        if output.json {
            Output.json(["success": true, "error": "", "data": [
                "name": wallet.name, "path": wallet.path, "hotkey": wallet.hotkey,
                "coldkey_ss58": coldkey.ss58Address, "hotkey_ss58": hotkey.ss58Address,
            ]])
        } else {
            print(KeyWriter.mnemonicNotice(kind: "coldkey", mnemonic: coldMnemonic.phrase))
            print(KeyWriter.mnemonicNotice(kind: "hotkey", mnemonic: hotMnemonic.phrase))
            print("Wallet \(wallet.name): coldkey \(coldkey.ss58Address), hotkey \(wallet.hotkey) \(hotkey.ss58Address)")
        }
    }
}

/// Rejects mnemonic lengths BIP39 does not define.
func validateWordCount(_ count: Int) throws {
    guard Mnemonic.allowedWordCounts.contains(count) else {
        throw ValidationError("--n-words must be 12, 15, 18, 21 or 24, not \(count)")
    }
}
