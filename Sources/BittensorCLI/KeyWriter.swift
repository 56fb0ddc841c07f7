import Keys
import Wallet

/// Writes new or regenerated keys into a wallet and reports them, shared by the `wallet` commands.
struct KeyWriter {
    let wallet: Wallet
    let passwords: PasswordReader
    let overwrite: Bool

    /// Refuses up front (before any password prompt) when any of `files` exists and `--overwrite` was not given.
    func checkWritable(_ files: [Keyfile]) throws {
        try wallet.refuseExisting(files, overwrite: overwrite)
    }

    /// Writes the coldkey and `coldkeypub.txt`, asking for a password first when `encrypt`.
    func writeColdkey(_ keypair: Keypair, encrypt: Bool) throws {
        try checkWritable([wallet.coldkeyFile, wallet.coldkeypubFile])
        let password = encrypt ? try passwords.newPassword(forKeyfileAt: wallet.coldkeyFile.path) : nil
        try wallet.setColdkey(keypair, password: password, overwrite: overwrite)
    }

    /// Writes the selected hotkey and its `pub.txt`.
    func writeHotkey(_ keypair: Keypair, encrypt: Bool) throws {
        try checkWritable([wallet.hotkeyFile, wallet.hotkeypubFile])
        let password = encrypt ? try passwords.newPassword(forKeyfileAt: wallet.hotkeyFile.path) : nil
        try wallet.setHotkey(keypair, password: password, overwrite: overwrite)
    }

    /// The warning and mnemonic btcli prints after creating a key.
    static func mnemonicNotice(kind: String, mnemonic: String) -> String {
        """
        IMPORTANT: Store this mnemonic in a secure (preferably offline) place, as anyone who has possession of \
        this mnemonic can use it to regenerate the key and access your tokens.

        The mnemonic to the new \(kind) is: \(mnemonic)
        You can use the mnemonic to recreate the key with `btcli` in case it gets lost.
        """
    }
}

/// Prints the outcome of writing one key.
func report(kind: String, keypair: Keypair, mnemonic: String?, options: KeyWritingOptions) {
    let wallet = options.wallet
    if options.output.json {
        Output.json(["success": true, "error": "", "data": [
            "name": wallet.name, "path": wallet.wallet.path, "hotkey": wallet.hotkey,
            "\(kind)_ss58": keypair.ss58Address, "crypto_type": keypair.cryptoType.description,
        ]])
        return
    }
    if let mnemonic { print(KeyWriter.mnemonicNotice(kind: kind, mnemonic: mnemonic)) }
    print("Wrote \(kind) \(keypair.ss58Address) (\(keypair.cryptoType)) to wallet \(wallet.name)")
}
