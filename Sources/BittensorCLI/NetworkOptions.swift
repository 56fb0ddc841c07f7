import ArgumentParser
import Client

/// `--subtensor.network local|ws://…|http://…` and its alias `--subtensor.chain_endpoint`.
struct NetworkOptions: ParsableArguments {
    /// Where `local` points: subtensor's localnet RPC.
    static let localEndpoint = "ws://127.0.0.1:9944"

    @Option(name: [.customLong("subtensor.network"), .customLong("network"), .customLong("subtensor.chain_endpoint"),
                   .customLong("chain")],
            help: "The node: local (ws://127.0.0.1:9944) or a ws://, wss://, http:// or https:// URL.")
    var network: String = "local"

    @Option(name: .customLong("timeout"), help: "Seconds to wait for each reply and for a transaction's inclusion.")
    var timeoutSeconds: Int = 60

    /// The node's URL.
    var url: String { network == "local" ? Self.localEndpoint : network }

    func validate() throws {
        guard network == "local" || network.contains("://") else {
            throw ValidationError("--subtensor.network must be local or a ws:// or http:// URL, not '\(network)'")
        }
        do { _ = try Endpoint(url) } catch { throw ValidationError("\(error)") }
        guard timeoutSeconds > 0 else { throw ValidationError("--timeout must be positive") }
    }

    /// A client for the node.
    func client() throws -> Client { try Client(url: url, timeout: .seconds(timeoutSeconds)) }
}

/// `--no-prompt` / `-y` / `--yes`: skip confirmation prompts.
struct PromptOptions: ParsableArguments {
    @Flag(name: [.customLong("no-prompt"), .customShort("y"), .customLong("yes")],
          help: "Do not ask for confirmation.")
    var noPrompt = false

    /// Asks `question` on the terminal unless prompts are off.
    /// - Throws: `CLIError` when the answer is not yes, or there is no terminal to ask on.
    func confirm(_ question: String) throws {
        guard !noPrompt else { return }
        guard let answer = Terminal.ask("\(question) [y/n]: ") else {
            throw CLIError("confirmation needed and there is no terminal to ask on; pass --no-prompt (or -y)")
        }
        guard ["y", "yes"].contains(answer.lowercased()) else { throw CLIError("cancelled; nothing was submitted") }
    }
}
