import ArgumentParser
import Keys

/// `btcli wallet new-coldkey`: a new coldkey from a fresh mnemonic.
struct WalletNewColdkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-coldkey", abstract: "Create a new coldkey.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var length: MnemonicLengthOption
    @OptionGroup var devURI: DevURIOption
    @Flag(inversion: .prefixedNo, help: "Encrypt the coldkey with a password.") var usePassword = true

    func run() throws {
        let devKey = try devURI.keypair(cryptoType: options.crypto.cryptoType)
        let mnemonic = devKey == nil ? try length.generate().phrase : nil
        let keypair = try devKey ?? Keypair(mnemonic: mnemonic!, cryptoType: options.crypto.cryptoType)
        try options.writer.writeColdkey(keypair, encrypt: usePassword)
        report(kind: "coldkey", keypair: keypair, mnemonic: mnemonic, options: options)
    }
}

/// `btcli wallet new-hotkey`: a new hotkey from a fresh mnemonic.
struct WalletNewHotkey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-hotkey", abstract: "Create a new hotkey.")

    @OptionGroup var options: KeyWritingOptions
    @OptionGroup var length: MnemonicLengthOption
    @OptionGroup var devURI: DevURIOption
    @Flag(inversion: .prefixedNo, help: "Encrypt the hotkey with a password.") var usePassword = false

    func run() throws {
        let devKey = try devURI.keypair(cryptoType: options.crypto.cryptoType)
        let mnemonic = devKey == nil ? try length.generate().phrase : nil
        let keypair = try devKey ?? Keypair(mnemonic: mnemonic!, cryptoType: options.crypto.cryptoType)
        try options.writer.writeHotkey(keypair, encrypt: usePassword)
        report(kind: "hotkey", keypair: keypair, mnemonic: mnemonic, options: options)
    }
}
