import Foundation
import Keys

/// A bittensor wallet directory: `<path>/<name>/{coldkey, coldkeypub.txt, hotkeys/<hotkey>, hotkeys/<hotkey>pub.txt}`.
public struct Wallet: Sendable {
    /// The default wallet directory, `~/.bittensor/wallets`.
    public static let defaultPath = "~/.bittensor/wallets"

    /// The wallet's name (its directory).
    public let name: String
    /// The selected hotkey's name.
    public let hotkey: String
    /// The directory holding all wallets, with `~` expanded.
    public let path: String

    /// A wallet handle; nothing is read or written until asked.
    public init(name: String = "default", hotkey: String = "default", path: String = Wallet.defaultPath) {
        self.name = name
        self.hotkey = hotkey
        self.path = (path as NSString).expandingTildeInPath
    }

    /// This wallet's directory.
    public var directory: String { "\(path)/\(name)" }
    /// The (usually encrypted) coldkey.
    public var coldkeyFile: Keyfile { Keyfile(path: "\(directory)/coldkey") }
    /// The public coldkey file.
    public var coldkeypubFile: Keyfile { Keyfile(path: "\(directory)/coldkeypub.txt") }
    /// The selected hotkey's file.
    public var hotkeyFile: Keyfile { hotkeyFile(named: hotkey) }
    /// The selected hotkey's public file.
    public var hotkeypubFile: Keyfile { Keyfile(path: "\(directory)/hotkeys/\(hotkey)pub.txt") }

    /// A named hotkey's file.
    public func hotkeyFile(named name: String) -> Keyfile { Keyfile(path: "\(directory)/hotkeys/\(name)") }

    /// Writes a coldkey: the secret file (encrypted when `password` is given) and `coldkeypub.txt`.
    ///
    /// Both files are checked before either is written, so a refused overwrite changes nothing.
    /// - Throws: `WalletError.keyfileExists` unless `overwrite`, `.io` on write failure.
    public func setColdkey(_ keypair: Keypair, password: String?, overwrite: Bool) throws {
        try refuseExisting([coldkeyFile, coldkeypubFile], overwrite: overwrite)
        let data = KeyfileData(keypair: keypair)
        try coldkeyFile.write(data, password: password, overwrite: overwrite)
        try coldkeypubFile.write(data.publicOnly, overwrite: overwrite)
    }

    /// Writes only `coldkeypub.txt` (for `regen-coldkeypub`).
    public func setColdkeypub(publicKey: [UInt8], cryptoType: CryptoType, overwrite: Bool) throws {
        try coldkeypubFile.write(KeyfileData(publicKey: publicKey, cryptoType: cryptoType), overwrite: overwrite)
    }

    /// Writes the selected hotkey and its `pub.txt`, encrypted when `password` is given.
    public func setHotkey(_ keypair: Keypair, password: String?, overwrite: Bool) throws {
        try refuseExisting([hotkeyFile, hotkeypubFile], overwrite: overwrite)
        let data = KeyfileData(keypair: keypair)
        try hotkeyFile.write(data, password: password, overwrite: overwrite)
        try hotkeypubFile.write(data.publicOnly, overwrite: overwrite)
    }

    /// The coldkey's public data, from `coldkeypub.txt`.
    public func coldkeypub() throws -> KeyfileData { try coldkeypubFile.read() }

    /// The hotkey's names in this wallet, sorted.
    public func hotkeyNames() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "\(directory)/hotkeys")) ?? []
        return entries.filter { !$0.hasSuffix("pub.txt") && !$0.hasPrefix(".") }.sorted()
    }

    /// The names of the wallets under `path`, sorted.
    public static func names(at path: String = defaultPath) -> [String] {
        let root = (path as NSString).expandingTildeInPath
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return entries.filter { entry in
            var isDirectory: ObjCBool = false
            return !entry.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(root)/\(entry)", isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// Refuses when any of `files` exists and `overwrite` is false, before anything is written.
    /// - Throws: `WalletError.keyfileExists` naming the first existing file.
    public func refuseExisting(_ files: [Keyfile], overwrite: Bool) throws {
        guard !overwrite, let existing = files.first(where: \.exists) else { return }
        throw WalletError(.keyfileExists, "keyfile \(existing.path) already exists; pass --overwrite to replace it (nothing was written)")
    }
}
