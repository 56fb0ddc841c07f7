import Foundation
import Testing

/// Bittensor 10.5's real `bt.Dendrite` and `bt.Axon` (PyPI) against `example-axon` and `example-dendrite`, through
/// the harness in `Tests/Interop/harness` (both sides use its fixed test hotkeys).
///
/// `scripts/test` creates the venv; without it these tests are disabled and say so.
@Suite("Axon and dendrite interop with Bittensor 10.5 (Python)",
       .enabled(if: ProcessRunner.interopPython != nil, "no interop venv: run scripts/test"))
final class PythonWireInteropTests {
    static let axonMnemonic = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    static let dendriteMnemonic = "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"
    static let axonHotkey = "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe"
    static let dendriteHotkey = "5EtaiguVmKZ9Vewv7HkS86hWTS8Lf4twTSADg29PH5rM5Wng"
    static let harness = ProcessRunner.root.appendingPathComponent("Tests/Interop/harness").path

    let root: String
    let environment: [String: String]

    init() throws {
        root = try ProcessRunner.temporaryDirectory()
        environment = ["BT_HARNESS_WALLETS": root + "/python-wallets"]
        for (name, mnemonic) in [("axon", Self.axonMnemonic), ("dendrite", Self.dendriteMnemonic)] {
            let made = try ProcessRunner.run(ProcessRunner.btcli, [
                "wallet", "regen-hotkey", "--mnemonic", mnemonic, "--wallet.name", name, "--wallet.path", root,
                "--no-use-password", "--json",
            ])
            guard made.status == 0 else { throw TestFailure("btcli regen-hotkey failed: \(made.stderr)") }
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    private static func executable(_ name: String) -> String {
        ProcessRunner.root.appendingPathComponent(".build/debug/\(name)").path
    }

    /// Runs a harness script and returns its last stdout line as JSON.
    private func python(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        let result = try ProcessRunner.run(ProcessRunner.interopPython!, ["\(Self.harness)/\(script)"] + arguments,
                                           environment: environment, timeout: 120)
        let lastLine = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        return try ProcessResult(status: 0, stdout: lastLine, stderr: "").json()
    }

    /// Each harness synapse answers as the harness axon would (Dummy doubles, TextEcho upper-cases, StreamText
    /// streams the words), input 13 fails with 500 and input 7 outlasts a 1 s timeout (408).
    private func expectHarnessOutcomes(_ call: ([String]) throws -> [String: Any]) throws {
        let dummy = try call([])
        #expect(dummy["status_code"] as? Int == 200)
        #expect((dummy["fields"] as? [String: Any])?["output"] as? Int == 42)
        let echo = try call(["--synapse", "TextEcho", "--text", "héllo"])
        #expect((echo["fields"] as? [String: Any])?["response"] as? String == "HÉLLO")
        let stream = try call(["--synapse", "StreamText", "--text", "one two three"])
        #expect(stream["status_code"] as? Int == 200)
        #expect((stream["fields"] as? [String: Any])?["completion"] as? String == "one two three ")
        #expect(try call(["--input", "13"])["status_code"] as? Int == 500)
        #expect(try call(["--input", "7", "--timeout", "1"])["status_code"] as? Int == 408)
    }

    @Test func pythonDendriteCallsOurAxon() throws {
        let axon = try ReadyProcess(Self.executable("example-axon"), [
            "--axon.port", "0", "--wallet.name", "axon", "--wallet.path", root, "--no-chain",
            "--fail-on", "13", "--sleep-on", "7",
        ])
        let port = try #require(axon.ready["port"] as? Int)
        #expect(axon.ready["hotkey"] as? String == Self.axonHotkey)
        let call = { (arguments: [String]) throws -> [String: Any] in
            try self.python("python_dendrite.py", ["\(port)", Self.axonHotkey] + arguments)
        }
        try expectHarnessOutcomes(call)
        #expect(try call(["--synapse", "Synapse"])["status_code"] as? Int == 200)
        #expect(try call(["--crypto", "ed25519"])["status_code"] as? Int == 401)
        let probe = try python("replay_probe.py", ["\(port)", Self.axonHotkey])
        #expect(probe["first"] as? Int == 200)
        #expect(probe["replay"] as? Int == 401 && probe["unsigned"] as? Int == 401 && probe["stale"] as? Int == 401)

        let guarded = try ReadyProcess(Self.executable("example-axon"), [
            "--axon.port", "0", "--wallet.name", "axon", "--wallet.path", root, "--no-chain",
            "--blacklist-hotkey", Self.dendriteHotkey,
        ])
        let blocked = try python("python_dendrite.py", ["\(guarded.ready["port"] as? Int ?? 0)", Self.axonHotkey])
        #expect(blocked["status_code"] as? Int == 403)
        #expect(blocked["status_message"] as? String == "Forbidden. Key is blacklisted: hotkey blocked.")
    }

    @Test func ourDendriteCallsPythonAxon() throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        let axon = try ReadyProcess(ProcessRunner.interopPython!, [
            "\(Self.harness)/python_axon.py", "--port", "\(port)", "--fail-on", "13", "--sleep-on", "7",
        ], environment: environment)
        #expect(axon.ready["hotkey"] as? String == Self.axonHotkey)
        let call = { (arguments: [String]) throws -> [String: Any] in
            let result = try ProcessRunner.run(Self.executable("example-dendrite"), [
                "--url", "http://127.0.0.1:\(port)", "--axon-hotkey", Self.axonHotkey, "--wallet.name", "dendrite",
                "--wallet.path", self.root, "--json",
            ] + arguments, timeout: 60)
            return try ProcessResult(status: 0, stdout: result.stdout, stderr: "").json()
        }
        try expectHarnessOutcomes(call)
        let wrongHotkey = try ProcessRunner.run(Self.executable("example-dendrite"), [
            "--url", "http://127.0.0.1:\(port)", "--axon-hotkey", Self.dendriteHotkey, "--wallet.name", "dendrite",
            "--wallet.path", root, "--json",
        ], timeout: 60)
        #expect(try wrongHotkey.json()["status_code"] as? Int == 401)
    }
}

/// A process that prints a JSON line with `"ready": true` once it serves; stopped when released.
final class ReadyProcess {
    private let process = Process()
    private let outputPath: String
    /// The ready line.
    let ready: [String: Any]

    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60) throws {
        outputPath = try ProcessRunner.temporaryDirectory() + "/stdout"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = FileHandle.nullDevice
        try process.run()
        let giveUp = Date().addingTimeInterval(timeout)
        var line: [String: Any]?
        while line == nil, process.isRunning, Date() < giveUp {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            line = text.split(separator: "\n").lazy.compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }.first { $0["ready"] as? Bool == true }
            if line == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let line else {
            process.terminate()
            throw TestFailure("\(executable) did not become ready: \((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")")
        }
        ready = line
    }

    /// Stops the process: SIGTERM, then SIGKILL if it is still there after 5 s (the Python axon's shutdown can hang).
    deinit {
        if process.isRunning {
            process.terminate()
            let giveUp = Date().addingTimeInterval(5)
            while process.isRunning, Date() < giveUp { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: (outputPath as NSString).deletingLastPathComponent)
    }
}
