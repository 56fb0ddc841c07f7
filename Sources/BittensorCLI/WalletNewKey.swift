import ArgumentParser
import Keys

/// `btcli wallet new-coldkey`: a new coldkey from a fresh mnemonic.
struct WalletNewColdkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-coldkey", abstract: "Create a new coldkey.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var length: MnemonicLengthOption
    @Flag(inversion: .prefixedNo, help: "Encrypt the coldkey with a password.") var usePassword = true

    func run() throws {
        let mnemonic = try length.generate()
        let keypair = try Keypair(mnemonic: mnemonic.phrase, cryptoType: options.crypto.cryptoType)
        try options.writer.writeColdkey(keypair, encrypt: usePassword)
        report(kind: "coldkey", keypair: keypair, mnemonic: mnemonic.phrase, options: options)
    }
}

/// `btcli wallet new-hotkey`: a new hotkey from a fresh mnemonic.
struct WalletNewHotkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-hotkey", abstract: "Create a new hotkey.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var length: MnemonicLengthOption
    @Flag(inversion: .prefixedNo, help: "Encrypt the hotkey with a password.") var usePassword = false

    func run() throws {
        let mnemonic = try length.generate()
        let keypair = try Keypair(mnemonic: mnemonic.phrase, cryptoType: options.crypto.cryptoType)
        try options.writer.writeHotkey(keypair, encrypt: usePassword)
        report(kind: "hotkey", keypair: keypair, mnemonic: mnemonic.phrase, options: options)
    }
}
