import ArgumentParser

/// The options every chain command takes: the wallet, where its password comes from, the node, JSON output and
/// prompts.
struct ChainOptions: ParsableArguments {
    @OptionGroup var wallet: WalletOptions
    @OptionGroup var password: PasswordOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var prompt: PromptOptions
}

/// A command that talks to a node: it gets a session for its options, and its failures are reported as text or,
/// with `--json`, as `{"success": false, …}`.
protocol ChainCommand: AsyncParsableCommand {
    /// The shared chain options.
    var options: ChainOptions { get }

    /// The command's work.
    func run(on session: ChainSession) async throws
}

extension ChainCommand {
    func run() async throws {
        try await reportingFailures(options.output) { try await run(on: ChainSession(options)) }
    }
}
