import Foundation
import Hashing
import Keys
@testable import Wallet
import TestSupport
import Testing

/// The wallet written by bittensor-wallet 4.1.1 under Tests/Fixtures/wallet-fixture.
@Suite("The bittensor-wallet fixture opens")
struct WalletFixtureTests {
    let root = Fixtures.url("wallet-fixture").path

    @Test("sr25519 coldkey with its password; public file; plain and encrypted hotkeys")
    func fixture() throws {
        let wallet = Wallet(name: "fixture", path: root)
        let coldkey = try wallet.coldkeyFile.read(password: "bittensor-fixture-pw")
        #expect(coldkey.ss58Address == "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV")
        #expect(coldkey.secretPhrase == SecretURI.devPhrase)
        #expect(try coldkey.keypair().ss58Address == coldkey.ss58Address)
        #expect(try wallet.coldkeypub() == coldkey.publicOnly)
        #expect(try wallet.coldkeyFile.isEncrypted())

        let hotkey = try wallet.hotkeyFile.read()
        #expect(hotkey.ss58Address == "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe")
        #expect(try wallet.hotkeypubFile.read() == hotkey.publicOnly)
        let ed = try wallet.hotkeyFile(named: "ed25519").read()
        #expect(ed.cryptoType == .ed25519)
        #expect(try ed.keypair().ss58Address == "5EiUxpwtkzUyQhRkw5qpoEajpQwUUjGnp25Z3fCt36JyqDUr")
        #expect(wallet.hotkeyNames() == ["default", "ed25519", "encrypted"])
    }

    @Test("ed25519 coldkey with a UTF-8 password")
    func edFixture() throws {
        let wallet = Wallet(name: "fixture-ed25519", path: root)
        let coldkey = try wallet.coldkeyFile.read(password: "pässwörd 🔑")
        #expect(coldkey.cryptoType == .ed25519)
        #expect(coldkey.ss58Address == "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6")
        #expect(try wallet.hotkeyFile.read().ss58Address == "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH")
    }

    @Test("a wrong password is refused with bittensor's message; no password is its own error")
    func wrongPassword() throws {
        let file = Wallet(name: "fixture", hotkey: "encrypted", path: root).hotkeyFile
        #expect(throws: WalletError(.wrongPassword, "")) { try file.read(password: "not it") }
        #expect(throws: WalletError(.passwordRequired, "")) { try file.read() }
        #expect(try file.read(password: "bittensor-fixture-pw").ss58Address == "5EtaiguVmKZ9Vewv7HkS86hWTS8Lf4twTSADg29PH5rM5Wng")
    }
}

@Suite("Keyfiles on disk")
struct KeyfileTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "swift-bittensor-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("writes are 0600, round-trip, and never overwrite without asking")
    func writeAndRead() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let wallet = Wallet(name: "w", path: root)
        let pair = try Keypair(uri: "//Alice", cryptoType: .sr25519)
        try wallet.setHotkey(pair, password: nil, overwrite: false)
        let attributes = try FileManager.default.attributesOfItem(atPath: wallet.hotkeyFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try wallet.hotkeyFile.read().ss58Address == pair.ss58Address)
        let before = try wallet.hotkeyFile.readBytes()
        let other = try Keypair(uri: "//Bob", cryptoType: .sr25519)
        #expect(throws: WalletError(.keyfileExists, "")) { try wallet.setHotkey(other, password: nil, overwrite: false) }
        #expect(try wallet.hotkeyFile.readBytes() == before)
        try wallet.setHotkey(other, password: nil, overwrite: true)
        #expect(try wallet.hotkeyFile.read().ss58Address == other.ss58Address)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(wallet.directory)/hotkeys").filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test("JSON round trip keeps every field; public files hold no secret")
    func json() throws {
        for type in CryptoType.allCases {
            let pair = try Keypair(mnemonic: SecretURI.devPhrase, cryptoType: type)
            let data = KeyfileData(keypair: pair)
            #expect(try KeyfileData(json: data.json) == data)
            let text = String(decoding: data.publicOnly.json, as: UTF8.self)
            #expect(!text.contains("privateKey") && !text.contains("secret"))
        }
    }

    @Test("v6 JSON with nulls, a bare 0x public key, and missing cryptoType are read")
    func legacyJSON() throws {
        let alice = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
        let v6 = "{\"accountId\": \"\(alice)\", \"publicKey\": \"\(alice)\", \"privateKey\": null, \"secretPhrase\": null, \"secretSeed\": null, \"ss58Address\": \"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"}"
        let parsed = try KeyfileData(json: Array(v6.utf8))
        #expect(parsed.cryptoType == .sr25519 && !parsed.hasSecret)
        #expect(try KeyfileData(json: Array(alice.utf8)).ss58Address == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
    }

    @Test("truncated, mismatched and malformed JSON keyfiles are refused")
    func malformed() throws {
        let json = KeyfileData(keypair: try Keypair(uri: "//Alice", cryptoType: .sr25519)).json
        for length in stride(from: 0, to: json.count - 1, by: 7) {
            #expect(throws: WalletError.self, "length \(length)") { try KeyfileData(json: Array(json.prefix(length))) }
        }
        let bob = try Keypair(uri: "//Bob", cryptoType: .sr25519)
        var mismatched = KeyfileData(keypair: try Keypair(uri: "//Alice", cryptoType: .sr25519))
        mismatched.privateKey = bob.privateKey
        mismatched.secretPhrase = nil
        mismatched.secretSeed = nil
        #expect(throws: WalletError(.corruptKeyfile, "")) { try KeyfileData(json: mismatched.json) }
        #expect(throws: WalletError(.corruptKeyfile, "")) { try KeyfileData(json: Array("{\"publicKey\":\"0x12\"}".utf8)) }
        #expect(throws: WalletError(.corruptKeyfile, "")) { try KeyfileData(json: Array("{\"cryptoType\":7,\"publicKey\":\"\(Hex.encode(bob.publicKey, prefixed: true))\"}".utf8)) }
    }
}
