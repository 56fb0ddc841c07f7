import ArgumentParser
import ExampleSynapses
import Foundation
import Keys
import Neurons
import Synchronization
import Wallet

/// `example-dendrite`: calls one axon with `Dummy`, `TextEcho` or `StreamText` as Bittensor's interop harness
/// dendrite does (`python_dendrite.py`) and prints the response's fields and status as JSON; exits 0 on 200.
@main
struct ExampleDendrite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example-dendrite", abstract: "Call an axon with an example synapse.")

    @Option(help: "The axon, http://IP:PORT.") var url: String
    @Option(name: .customLong("axon-hotkey"), help: "The axon's hotkey (SS58).") var axonHotkey: String
    @Option(help: "Dummy, TextEcho or StreamText.") var synapse = "Dummy"
    @Option(help: "Dummy's input.") var input = 21
    @Option(help: "TextEcho's or StreamText's text.") var text = "hello axon"
    @Option(help: "Seconds to wait.") var timeout = 12.0
    @Option(name: .customLong("wallet.name")) var walletName = "default"
    @Option(name: .customLong("wallet.hotkey")) var walletHotkey = "default"
    @Option(name: .customLong("wallet.path")) var walletPath = Wallet.defaultPath
    @Flag(help: "Print JSON (the only output format).") var json = false

    func run() async throws {
        let trimmed = url.replacingOccurrences(of: "http://", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        guard let colon = trimmed.lastIndex(of: ":"), let port = Int(trimmed[trimmed.index(after: colon)...]) else {
            throw ValidationError("--url must be http://IP:PORT, not \(url)")
        }
        let target = AxonTarget(ip: String(trimmed[..<colon]), port: port, hotkey: axonHotkey)
        let wallet = Wallet(name: walletName, hotkey: walletHotkey, path: (walletPath as NSString).expandingTildeInPath)
        let dendrite = Dendrite(keypair: try wallet.hotkeyFile.read().keypair())
        let output: [String: Any]
        switch synapse {
        case "Dummy":
            let response = await dendrite.call(target, Dummy(input: input), timeout: timeout)
            output = describe(response, fields: ["input": response.synapse.input, "output": response.synapse.output as Any])
        case "TextEcho":
            let response = await dendrite.call(target, TextEcho(text: text), timeout: timeout)
            output = describe(response, fields: ["text": response.synapse.text, "response": response.synapse.response as Any])
        case "StreamText":
            let chunks = Mutex<[String]>([])
            let response = await dendrite.stream(target, StreamText(text: text), timeout: timeout) { chunk in
                chunks.withLock { $0.append(String(decoding: chunk, as: UTF8.self)) }
            }
            let received = chunks.withLock { $0 }
            output = describe(response, fields: ["text": text, "completion": received.joined()]).merging(["chunks": received]) { $1 }
        default:
            throw ValidationError("--synapse must be Dummy, TextEcho or StreamText")
        }
        let data = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        if output["status_code"] as? Int != 200 { throw ExitCode(1) }
    }

    private func describe<S: Synapse>(_ response: SynapseResponse<S>, fields: [String: Any]) -> [String: Any] {
        [
            "status_code": response.statusCode as Any, "status_message": response.statusMessage as Any,
            "is_success": response.isSuccess, "process_time": response.dendrite.processTime as Any,
            "axon_hotkey": response.axon.hotkey as Any, "fields": fields.mapValues { $0 is NSNull ? NSNull() : $0 },
        ]
    }
}
