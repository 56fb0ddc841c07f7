import Foundation
import ArgumentParser
import Wallet

/// `btcli wallet list`: every wallet under the wallet path with its coldkey and hotkeys.
struct WalletList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List wallets and their keys.")

    @Option(name: [.customLong("wallet.path"), .customLong("wallet-path")], help: "The directory that holds wallets.")
    var path: String = Wallet.defaultPath
    @OptionGroup var output: OutputOptions

    func run() throws {
        var wallets = [[String: Any]]()
        var lines = [String]()
        for name in Wallet.names(at: path) {
            let wallet = Wallet(name: name, path: path)
            let coldkey = (try? wallet.coldkeypub())?.ss58Address
            lines.append("Wallet (\(name), \(coldkey ?? "no coldkeypub.txt"))")
            var hotkeys = [[String: Any]]()
            for hotkeyName in wallet.hotkeyNames() {
                let selected = Wallet(name: name, hotkey: hotkeyName, path: path)
                let address = ((try? selected.hotkeypubFile.read()) ?? (try? selected.hotkeyFile.read()))?.ss58Address
                hotkeys.append(["name": hotkeyName, "ss58_address": address ?? NSNull()])
                lines.append("  └── Hotkey (\(hotkeyName), \(address ?? "encrypted, no pub file"))")
            }
            wallets.append(["name": name, "ss58_address": coldkey ?? NSNull(), "hotkeys": hotkeys])
        }
        if output.json {
            Output.json(["wallets": wallets])
        } else if lines.isEmpty {
            print("No wallets under \(Wallet(path: path).path)")
        } else {
            print("Wallets\n" + lines.joined(separator: "\n"))
        }
    }
}

