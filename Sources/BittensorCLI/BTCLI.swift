import ArgumentParser

/// The root of the `btcli` command tree.
public struct BTCLI: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "btcli",
        abstract: "Bittensor command line: wallets, keys, subnets, stake and weights on a node, offline epoch simulation.",
        subcommands: [
            WalletCommand.self, SubnetsCommand.self, StakeCommand.self, WeightsCommand.self, SudoCommand.self,
            AxonCommand.self, KeysCommand.self, SimCommand.self, ViewCommand.self,
        ]
    )

    public init() {}
}

/// `btcli wallet …`: wallet and key-file management, with bittensor-wallet's file layout.
struct WalletCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wallet",
        abstract: "Create, regenerate, list and use wallets; balances, transfers and the dev faucet.",
        subcommands: [
            WalletCreate.self, WalletNewColdkey.self, WalletNewHotkey.self, WalletRegenColdkey.self,
            WalletRegenColdkeypub.self, WalletRegenHotkey.self, WalletList.self, WalletSign.self, WalletVerify.self,
            WalletBalance.self, WalletOverview.self, WalletTransfer.self, WalletFaucet.self,
        ]
    )
}

/// `btcli keys …`: key inspection without a wallet.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Inspect keys from secret URIs.",
        subcommands: [KeysInspect.self]
    )
}

/// `btcli sim …`: Yuma Consensus offline, on a JSON input.
struct SimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run Yuma Consensus epochs offline.",
        subcommands: [SimEpoch.self, SimRun.self]
    )
}

extension BTCLI {
    /// Parses the process's arguments and runs the chosen command, awaiting the asynchronous (chain) ones.
    /// (`main()` from a `main.swift` picks the synchronous entry point on Linux.)
    public static func runFromCommandLine() async {
        do {
            var command = try parseAsRoot()
            if var chainCommand = command as? any AsyncParsableCommand {
                try await chainCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
