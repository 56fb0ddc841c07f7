import ArgumentParser

/// The root of the `btcli` command tree.
public struct BTCLI: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "btcli",
        abstract: "Bittensor command line: wallets, keys, offline epoch simulation and (soon) the chain.",
        subcommands: [WalletCommand.self, KeysCommand.self, SimCommand.self]
    )

    public init() {}
}

/// `btcli wallet …`: wallet and key-file management, with bittensor-wallet's file layout.
struct WalletCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wallet",
        abstract: "Create, regenerate, list and use wallets.",
        subcommands: [
            WalletCreate.self, WalletNewColdkey.self, WalletNewHotkey.self, WalletRegenColdkey.self,
            WalletRegenColdkeypub.self, WalletRegenHotkey.self, WalletList.self, WalletSign.self, WalletVerify.self,
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
