import ArgumentParser
import Client
import Foundation
import Keys
import Primitives
import Wallet

/// A chain command's working set: the client, the wallet's keys, and how results and failures are reported.
struct ChainSession {
    let options: ChainOptions
    let client: Client

    init(_ options: ChainOptions) throws {
        self.options = options
        client = try options.network.client()
    }

    var json: Bool { options.output.json }
    var wallet: Wallet { options.wallet.wallet }

    /// The coldkey's account, from `coldkeypub.txt` (no password needed).
    func coldkeyAccount() throws -> AccountId32 { try AccountId32(wallet.coldkeypub().publicKey) }

    /// The selected hotkey's account: `--hotkey` itself when it is an SS58 address (as btcli's stake commands
    /// allow), else from the hotkey's public file (or the hotkey file when that is missing).
    func hotkeyAccount() throws -> AccountId32 {
        if let account = try? AccountId32(ss58: options.wallet.hotkey) { return account }
        let file = wallet.hotkeypubFile.exists ? wallet.hotkeypubFile : wallet.hotkeyFile
        return try AccountId32(file.read().publicKey)
    }

    /// The coldkey, decrypted with the password from `--password-file`, the `BT_PW_` variable or the terminal.
    func coldkey() throws -> Keypair { try unlock(wallet.coldkeyFile) }

    /// The selected hotkey.
    func hotkey() throws -> Keypair { try unlock(wallet.hotkeyFile) }

    private func unlock(_ file: Keyfile) throws -> Keypair {
        let password = try file.isEncrypted()
            ? try PasswordReader(options: options.password).passwordToOpen(keyfileAt: file.path) : nil
        return try file.read(password: password).keypair()
    }

    /// Signs and submits `call`, showing progress, and returns the receipt of a call that succeeded.
    /// - Parameter hint: what to tell the user for a failure, by error variant name, before the generic hints.
    /// - Throws: `ChainFailure` when the pool refuses the transaction or the call fails on chain.
    func submit(_ call: RuntimeCall, signer: Keypair, action: String,
                hint: (String) async -> String? = { _ in nil }) async throws -> Receipt {
        if !json { Terminal.progress("\(action): submitting \(call.name) and waiting for inclusion") }
        let receipt: Receipt
        do {
            receipt = try await client.submit(call, signer: signer)
        } catch let error as ClientError where error.code == .rpc {
            let reason = error.data ?? error.reason
            throw ChainFailure(name: "TransactionRejected", message: "the node refused the transaction: \(reason)",
                               hint: ChainHints.rejectionHint(reason), receipt: nil)
        }
        guard let error = receipt.dispatchError else { return receipt }
        let name = String(error.name.split(separator: ".").last ?? "")
        let specific = await hint(name)
        throw ChainFailure(name: name, message: "\(error.name) in block \(receipt.blockNumber)",
                           hint: specific ?? ChainHints.hint(for: name), receipt: receipt)
    }

    /// Reports a successful transaction: JSON with `data` and the receipt's fields, or `text`.
    func report(_ receipt: Receipt, _ text: String, data: [String: Any] = [:]) {
        guard json else {
            print("\(text) (block \(receipt.blockNumber), fee \(Amount.display(receipt.fee)))")
            return
        }
        Output.json(["success": true, "error": "", "data": data.merging(Self.fields(receipt)) { first, _ in first }])
    }

    /// A receipt's fields for JSON output.
    static func fields(_ receipt: Receipt) -> [String: Any] {
        ["extrinsic_hash": receipt.extrinsicHash.description, "block_hash": receipt.blockHash.description,
         "block_number": Int(receipt.blockNumber), "fee_rao": Int(receipt.fee), "fee": Amount.tao(receipt.fee)]
    }

    /// Prints a query's result: JSON `data`, or the text.
    func show(_ data: Any, text: @autoclosure () -> String) {
        if json {
            Output.json(["success": true, "error": "", "data": data])
        } else {
            print(text())
        }
    }
}

/// A transaction the pool refused or whose call failed on chain: the chain's error name and what to do.
struct ChainFailure: Error, CustomStringConvertible {
    /// The error variant (`SettingWeightsTooFast`), or `TransactionRejected` for a pool rejection.
    let name: String
    /// What happened.
    let message: String
    /// What to do about it.
    let hint: String?
    /// The receipt, when the transaction made it into a block.
    let receipt: Receipt?

    var description: String { "\(name): " + (hint ?? message) + (hint == nil ? "" : " (\(message))") }
}

/// Runs a chain command's body; with `--json`, a failure is printed as `{"success": false, …}` on standard output
/// before the exit status 1.
func reportingFailures(_ output: OutputOptions, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        guard output.json else { throw error }
        var object: [String: Any] = ["success": false, "error": "\(error)", "data": [String: Any]()]
        if let failure = error as? ChainFailure {
            object["error_name"] = failure.name
            if let receipt = failure.receipt { object["data"] = ChainSession.fields(receipt) }
        }
        Output.json(object)
        throw ExitCode.failure
    }
}
