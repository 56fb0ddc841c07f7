import ArgumentParser
import Keys

/// `btcli wallet create`: a new coldkey and hotkey in one step.
struct WalletCreate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new coldkey and hotkey.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var length: MnemonicLengthOption
    @OptionGroup var devURI: DevURIOption
    @Flag(inversion: .prefixedNo, help: "Encrypt the coldkey with a password.") var usePassword = true

    func run() throws {
        let wallet = options.wallet.wallet
        let writer = options.writer
        try writer.checkWritable([wallet.coldkeyFile, wallet.coldkeypubFile, wallet.hotkeyFile, wallet.hotkeypubFile])
        let cryptoType = options.crypto.cryptoType
        let devKey = try devURI.keypair(cryptoType: cryptoType)
        let coldMnemonic = devKey == nil ? try length.generate() : nil
        let coldkey = try devKey ?? Keypair(mnemonic: coldMnemonic!.phrase, cryptoType: cryptoType)
        let hotMnemonic = devKey == nil ? try length.generate() : nil
        let hotkey = try devKey ?? Keypair(mnemonic: hotMnemonic!.phrase, cryptoType: cryptoType)
        try writer.writeColdkey(coldkey, encrypt: usePassword)
        try writer.writeHotkey(hotkey, encrypt: false)
        if options.output.json {
            Output.json(["success": true, "error": "", "data": [
                "name": wallet.name, "path": wallet.path, "hotkey": wallet.hotkey,
                "coldkey_ss58": coldkey.ss58Address, "hotkey_ss58": hotkey.ss58Address,
            ]])
        } else {
            if let coldMnemonic, let hotMnemonic {
                print(KeyWriter.mnemonicNotice(kind: "coldkey", mnemonic: coldMnemonic.phrase))
                print(KeyWriter.mnemonicNotice(kind: "hotkey", mnemonic: hotMnemonic.phrase))
            }
            print("Wallet \(wallet.name): coldkey \(coldkey.ss58Address), hotkey \(wallet.hotkey) \(hotkey.ss58Address)")
        }
    }
}
