import Foundation
import Keys
import Testing
import Wallet

/// `text-miner` before it reaches a chain: it trains and saves a checkpoint when there is none, and refuses a
/// checkpoint of another model or a damaged one by name, leaving the file as it was.
@Suite struct TextMinerTests {
    static var executable: String {
        ProcessRunner.root.appendingPathComponent(".build/debug/text-miner").path
    }

    /// A wallet with a hotkey under a fresh folder; the folder.
    private func walletFolder() throws -> String {
        let folder = try ProcessRunner.temporaryDirectory()
        try Wallet(name: "miner", path: folder).setHotkey(try Keypair(uri: "//TextMinerTest", cryptoType: .sr25519),
                                                          password: nil, overwrite: true)
        return folder
    }

    private func mine(_ folder: String, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(Self.executable, ["--netuid", "1", "--wallet.path", folder, "--wallet.name", "miner",
                                                "--subtensor.network", "ws://127.0.0.1:1"] + arguments, timeout: 120)
    }

    @Test func trainsSavesThenRefusesAnotherModelsCheckpoint() throws {
        let folder = try walletFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let checkpoint = folder + "/ngram.ckpt"
        let trained = try mine(folder, ["--model", "ngram", "--order", "2", "--checkpoint", checkpoint])
        #expect(trained.status != 0, "no node answers on port 1, so it stops after training")
        #expect(trained.stderr.contains("training ngram-2") && trained.stderr.contains("held-out bits/byte"), "\(trained.stderr)")
        #expect(trained.stderr.contains("train 100.0%"))
        let saved = try #require(FileManager.default.contents(atPath: checkpoint))

        let mismatched = try mine(folder, ["--model", "ngram", "--order", "3", "--checkpoint", checkpoint])
        #expect(mismatched.status != 0)
        #expect(mismatched.stderr.contains("holds ngram-2, not ngram-3"), "\(mismatched.stderr)")
        #expect(FileManager.default.contents(atPath: checkpoint) == saved)

        try saved.prefix(saved.count - 3).write(to: URL(fileURLWithPath: checkpoint))
        let damaged = try mine(folder, ["--model", "ngram", "--order", "2", "--checkpoint", checkpoint])
        #expect(damaged.status != 0)
        #expect(damaged.stderr.contains("cannot load the checkpoint \(checkpoint)") && damaged.stderr.contains("cut short"),
                "\(damaged.stderr)")
        #expect(FileManager.default.contents(atPath: checkpoint) == saved.prefix(saved.count - 3), "left as it was")
    }

    @Test func refusesBadFlags() throws {
        let folder = try walletFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try mine(folder, ["--model", "ngram", "--order", "9"])
        #expect(result.status != 0 && result.stderr.contains("--order must be 1…8"), "\(result.stderr)")
        let unknown = try mine(folder, ["--model", "lstm"])
        #expect(unknown.status != 0 && unknown.stderr.contains("lstm"), "\(unknown.stderr)")
    }
}
