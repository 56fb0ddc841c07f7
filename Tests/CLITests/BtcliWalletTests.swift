import Foundation
import Keys
import Testing
import TestSupport
import Wallet

/// End-to-end tests of the built `btcli` binary.
@Suite("btcli wallet and keys commands")
final class BtcliWalletTests {
    let root: String
    let passwordFile: String

    init() throws {
        root = try ProcessRunner.temporaryDirectory()
        passwordFile = root + "/password"
        try "correct horse\n".write(toFile: passwordFile, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    private func walletArguments(_ name: String, hotkey: String = "default") -> [String] {
        ["--wallet.path", root + "/wallets", "--wallet.name", name, "--wallet.hotkey", hotkey]
    }

    private func btcli(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessRunner.run(ProcessRunner.btcli, arguments, environment: environment)
    }

    @Test("keys inspect prints subkey's fields for sr25519 and ed25519")
    func inspect() throws {
        let sr = try btcli(["keys", "inspect", "//Alice", "--json"]).json()
        #expect(sr["ss58Address"] as? String == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        #expect(sr["publicKey"] as? String == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(sr["accountId"] as? String == sr["publicKey"] as? String)
        #expect(sr["cryptoType"] as? Int == 1)
        let ed = try btcli(["keys", "inspect", "//Alice", "--crypto-type", "ed25519", "--json"]).json()
        #expect(ed["ss58Address"] as? String == "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu")
        #expect(ed["cryptoType"] as? Int == 0)
        let seeded = try btcli(["keys", "inspect", "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e//Alice", "--json"]).json()
        #expect(seeded["ss58Address"] as? String == sr["ss58Address"] as? String)
        let bad = try btcli(["keys", "inspect", "bottom drive obey lake curtain smoke basket hold race lonely fit fit"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("checksum"))
        #expect(try btcli(["keys", "inspect", "//Alice", "--crypto-type", "ecdsa"]).status != 0)
    }

    @Test("create writes an encrypted coldkey and plain hotkey, 0600, and refuses to overwrite")
    func create() throws {
        let result = try btcli(["wallet", "create"] + walletArguments("alpha") + ["--password-file", passwordFile, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try #require(try result.json()["data"] as? [String: Any])
        let wallet = Wallet(name: "alpha", path: root + "/wallets")
        #expect(try wallet.coldkeyFile.isEncrypted())
        #expect(try !wallet.hotkeyFile.isEncrypted())
        #expect(try wallet.coldkeyFile.read(password: "correct horse").ss58Address == data["coldkey_ss58"] as? String)
        #expect(try wallet.coldkeypub().ss58Address == data["coldkey_ss58"] as? String)
        #expect(try wallet.hotkeyFile.read().ss58Address == data["hotkey_ss58"] as? String)
        for file in [wallet.coldkeyFile, wallet.coldkeypubFile, wallet.hotkeyFile, wallet.hotkeypubFile] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600, "\(file.path)")
        }
        let before = try [wallet.coldkeyFile, wallet.hotkeyFile].map { try $0.readBytes() }
        let again = try btcli(["wallet", "create"] + walletArguments("alpha") + ["--password-file", passwordFile])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try [wallet.coldkeyFile, wallet.hotkeyFile].map { try $0.readBytes() } == before)
        let listed = try btcli(["wallet", "list", "--wallet.path", root + "/wallets", "--json"]).json()
        let wallets = try #require(listed["wallets"] as? [[String: Any]])
        #expect(wallets.first?["ss58_address"] as? String == data["coldkey_ss58"] as? String)
    }

    @Test("regen-coldkey from the dev mnemonic and from a seed; a bad word writes nothing")
    func regen() throws {
        let fromMnemonic = try btcli(["wallet", "regen-coldkey"] + walletArguments("dev")
            + ["--mnemonic", SecretURI.devPhrase, "--password-file", passwordFile, "--json"])
        #expect(fromMnemonic.status == 0, "\(fromMnemonic.stderr)")
        let wallet = Wallet(name: "dev", path: root + "/wallets")
        #expect(try wallet.coldkeypub().ss58Address == "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV")
        let fromSeed = try btcli(["wallet", "regen-hotkey"] + walletArguments("dev")
            + ["--seed", "0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a"])
        #expect(fromSeed.status == 0, "\(fromSeed.stderr)")
        #expect(try wallet.hotkeyFile.read().ss58Address == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        let badWord = try btcli(["wallet", "regen-coldkey"] + walletArguments("bad")
            + ["--mnemonic", "bottom drive obey lake curtain smoke basket hold race lonely fit walkx", "--no-use-password"])
        #expect(badWord.status == 1)
        #expect(badWord.stderr.contains("walkx"))
        #expect(!FileManager.default.fileExists(atPath: root + "/wallets/bad"))
        let pub = try btcli(["wallet", "regen-coldkeypub"] + walletArguments("watch")
            + ["--ss58-address", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"])
        #expect(pub.status == 0)
        let badAddress = try btcli(["wallet", "regen-coldkeypub"] + walletArguments("watch2")
            + ["--ss58-address", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ"])
        #expect(badAddress.status == 1)
        #expect(badAddress.stderr.contains("InvalidChecksum"))
    }

    @Test("sign and verify: exit 0 valid, 1 invalid, 2 malformed; 0x messages are bytes")
    func signVerify() throws {
        _ = try btcli(["wallet", "create"] + walletArguments("signer") + ["--password-file", passwordFile])
        let signed = try btcli(["wallet", "sign"] + walletArguments("signer") + ["--message", "hello", "--password-file", passwordFile, "--json"]).json()
        let signature = try #require(signed["signature"] as? String)
        let address = try #require(signed["ss58Address"] as? String)
        #expect(try btcli(["wallet", "verify", "--message", "hello", "--signature", signature, "--address", address]).status == 0)
        #expect(try btcli(["wallet", "verify", "--message", "0x68656c6c6f", "--signature", signature, "--address", address]).status == 0)
        #expect(try btcli(["wallet", "verify", "--message", "hellO", "--signature", signature, "--address", address]).status == 1)
        let malformed = try btcli(["wallet", "verify", "--message", "hello", "--signature", "0x1234", "--address", address])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("64 bytes"))
        #expect(try btcli(["wallet", "verify", "--message", "hello", "--signature", signature, "--address", "5Grw"]).status == 2)
        let hot = try btcli(["wallet", "sign"] + walletArguments("signer") + ["--message", "0xdeadbeef", "--use-hotkey", "--json"]).json()
        let hotSignature = try #require(hot["signature"] as? String)
        #expect(try btcli(["wallet", "verify", "--message", "0xdeadbeef", "--signature", hotSignature,
                           "--address", try #require(hot["ss58Address"] as? String)]).status == 0)
    }

    @Test("a wrong password is named as such; BT_PW_ environment passwords work")
    func passwords() throws {
        _ = try btcli(["wallet", "new-coldkey"] + walletArguments("locked") + ["--password-file", passwordFile])
        let wrongFile = root + "/wrong"
        try "nope\n".write(toFile: wrongFile, atomically: true, encoding: .utf8)
        let wrong = try btcli(["wallet", "sign"] + walletArguments("locked") + ["--message", "x", "--password-file", wrongFile])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("Wrong password"))
        let coldkeyPath = Wallet(name: "locked", path: root + "/wallets").coldkeyFile.path
        let environment = [PasswordEnvironment.variableName(forKeyfileAt: coldkeyPath):
                            PasswordEnvironment.encodedValue(password: "correct horse", forKeyfileAt: coldkeyPath)]
        #expect(try btcli(["wallet", "sign"] + walletArguments("locked") + ["--message", "x"], environment: environment).status == 0)
    }

    @Test("passwords typed at a terminal prompt (a pseudo-terminal through script(1)) unlock the coldkey")
    func terminalPrompt() throws {
        let created = try btcli(["wallet", "new-coldkey"] + walletArguments("typed") + ["--password-file", passwordFile])
        #expect(created.status == 0, "\(created.stderr)")
        let command = ([ProcessRunner.btcli, "wallet", "sign"] + walletArguments("typed") + ["--message", "hi", "--json"])
            .map { "'\($0)'" }.joined(separator: " ")
        let typed = try ProcessRunner.run("/usr/bin/script", ["-qec", command, "/dev/null"], input: "correct horse\n")
        #expect(typed.status == 0, "\(typed.stdout)")
        #expect(typed.stdout.contains("Enter password to unlock key:"))
        #expect(typed.stdout.contains("\"signature\""))
        let wrong = try ProcessRunner.run("/usr/bin/script", ["-qec", command, "/dev/null"], input: "incorrect\n")
        #expect(wrong.status != 0)
        #expect(wrong.stdout.contains("Wrong password"))
    }

    @Test("the fixture wallet signs with its password; a truncated coldkey is refused")
    func fixtureAndCorruption() throws {
        let copy = root + "/fixture-copy"
        try FileManager.default.copyItem(atPath: Fixtures.url("wallet-fixture").path, toPath: copy)
        let fixturePassword = root + "/fixture-pw"
        try "bittensor-fixture-pw".write(toFile: fixturePassword, atomically: true, encoding: .utf8)
        let arguments = ["wallet", "sign", "--wallet.path", copy, "--wallet.name", "fixture", "--message", "hi", "--json", "--password-file", fixturePassword]
        let signed = try btcli(arguments).json()
        #expect(signed["ss58Address"] as? String == "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV")
        let coldkey = copy + "/fixture/coldkey"
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: coldkey)
        let bytes = try #require(FileManager.default.contents(atPath: coldkey))
        try bytes.prefix(40).write(to: URL(fileURLWithPath: coldkey))
        let truncated = try btcli(arguments)
        #expect(truncated.status == 1)
        #expect(truncated.stderr.contains("truncated"))
    }
}
