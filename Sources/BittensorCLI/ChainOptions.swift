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
