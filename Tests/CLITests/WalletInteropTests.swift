import Foundation
import Hashing
import Keys
import Testing
import Wallet

/// Interop with the real bittensor-wallet from PyPI (bittensor 10.5), through `Tests/Interop/wallet_interop.py`.
///
/// `scripts/test` creates the venv; without it these tests are disabled and say so.
@Suite("Interop with bittensor-wallet (Python)", .enabled(if: ProcessRunner.interopPython != nil, "no interop venv: run scripts/test"))
final class WalletInteropTests {
    let root: String
    let passwordFile: String
    let password = "interop-\(UUID().uuidString.prefix(8))"

    init() throws {
        root = try ProcessRunner.temporaryDirectory()
        passwordFile = root + "/password"
        try password.write(toFile: passwordFile, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    private func python(_ arguments: String...) throws -> [String: Any] {
        let script = ProcessRunner.root.appendingPathComponent("Tests/Interop/wallet_interop.py").path
        let result = try ProcessRunner.run(ProcessRunner.interopPython!, [script] + arguments)
        guard result.status == 0 else { throw TestFailure("python \(arguments) failed: \(result.stderr)") }
        // bittensor-wallet prints progress ("Encrypting...") on stdout; the script's JSON is the last line.
        let lastLine = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        return try ProcessResult(status: 0, stdout: lastLine, stderr: "").json()
    }

    private func btcli(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(ProcessRunner.btcli, arguments)
    }

    @Test("wallets btcli creates open in bittensor-wallet with the same addresses", arguments: ["sr25519", "ed25519"])
    func oursOpenInPython(_ crypto: String) throws {
        let name = "ours-\(crypto)"
        let created = try btcli(["wallet", "create", "--wallet.path", root, "--wallet.name", name,
                                 "--crypto-type", crypto, "--password-file", passwordFile, "--json"])
        #expect(created.status == 0, "\(created.stderr)")
        let data = try #require(try created.json()["data"] as? [String: Any])
        let opened = try python("open", root, name, "default", password)
        #expect(opened["coldkey_ss58"] as? String == data["coldkey_ss58"] as? String)
        #expect(opened["coldkeypub_ss58"] as? String == data["coldkey_ss58"] as? String)
        #expect(opened["hotkey_ss58"] as? String == data["hotkey_ss58"] as? String)
        #expect(opened["coldkey_encrypted"] as? Bool == true)
        #expect(opened["coldkey_crypto"] as? Int == CryptoType(name: crypto)!.rawValue)
    }

    @Test("wallets bittensor-wallet creates open in ours with the same addresses", arguments: [1, 0])
    func theirsOpenInOurs(_ crypto: Int) throws {
        let name = "theirs-\(crypto)"
        let created = try python("create", root, name, "default", password, String(crypto))
        let wallet = Wallet(name: name, path: root)
        let coldkey = try wallet.coldkeyFile.read(password: password)
        #expect(coldkey.ss58Address == created["coldkey_ss58"] as? String)
        #expect(coldkey.cryptoType.rawValue == crypto)
        #expect(try coldkey.keypair().ss58Address == coldkey.ss58Address)
        #expect(try wallet.coldkeypub().ss58Address == coldkey.ss58Address)
        #expect(try wallet.hotkeyFile.read().ss58Address == created["hotkey_ss58"] as? String)
        #expect(throws: WalletError(.wrongPassword, "")) { try wallet.coldkeyFile.read(password: "not " + self.password) }
    }

    @Test("signatures cross both ways, for fresh random keys and messages", arguments: ["sr25519", "ed25519"])
    func signaturesCross(_ crypto: String) throws {
        let type = try #require(CryptoType(name: crypto))
        let theirs = "sig-theirs-\(crypto)"
        let ours = "sig-ours-\(crypto)"
        _ = try python("create", root, theirs, "default", password, String(type.rawValue))
        let created = try btcli(["wallet", "create", "--wallet.path", root, "--wallet.name", ours, "--crypto-type", crypto,
                                 "--password-file", passwordFile])
        #expect(created.status == 0, "\(created.stderr)")
        for which in ["coldkey", "hotkey"] {
            let message = SystemRandom.bytes(Int.random(in: 1...200))
            let messageHex = Hex.encode(message)
            let signedByPython = try python("sign", root, theirs, "default", password, which, messageHex)
            let signature = try #require(signedByPython["signature"] as? String)
            let signer = try #require(signedByPython["ss58"] as? String)
            let verifyArguments = ["wallet", "verify", "--crypto-type", crypto, "--address", signer, "--signature", signature]
            #expect(try btcli(verifyArguments + ["--message", "0x" + messageHex]).status == 0, "\(which)")
            #expect(try btcli(verifyArguments + ["--message", "0x" + Hex.encode(message + [1])]).status == 1, "\(which)")

            var signArguments = ["wallet", "sign", "--wallet.path", root, "--wallet.name", ours, "--message", "0x" + messageHex,
                                 "--password-file", passwordFile, "--json"]
            if which == "hotkey" { signArguments.append("--use-hotkey") }
            let signedByUs = try btcli(signArguments).json()
            let ourSignature = try #require(signedByUs["signature"] as? String)
            let ourSigner = try #require(signedByUs["ss58Address"] as? String)
            #expect(try python("verify", ourSigner, String(type.rawValue), messageHex, ourSignature)["valid"] as? Bool == true, "\(which)")
            #expect(try python("verify", ourSigner, String(type.rawValue), messageHex + "00", ourSignature)["valid"] as? Bool == false)
        }
    }
}
