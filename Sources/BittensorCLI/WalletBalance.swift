import ArgumentParser
import Primitives

/// `btcli wallet balance`: the coldkey's free, reserved and staked balances.
struct WalletBalance: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show a coldkey's balance.")

    @OptionGroup var options: ChainOptions
    @Option(name: .customLong("ss58"), help: "Show this address instead of the wallet's coldkey.")
    var address: String?

    func run(on session: ChainSession) async throws {
        let account = try address.map { try AccountId32(ss58: $0) } ?? session.coldkeyAccount()
        let info = try await session.client.accountInfo(account)
        let stakes = try await session.client.stakeInfo(coldkey: account)
        let staked = stakes.reduce(UInt64(0)) { $0 &+ $1.stake }
        var table = TextTable(headers: ["Wallet", "Coldkey", "Free", "Staked (α)", "Reserved"],
                              alignments: [.left, .left, .right, .right, .right])
        table.rows.append([address == nil ? options.wallet.name : "", account.ss58Address, Amount.display(info.free),
                           Amount.display(staked, symbol: "α"), Amount.display(info.reserved)])
        session.show(["coldkey": account.ss58Address, "free": Amount.tao(info.free), "free_rao": Int(info.free),
                      "reserved_rao": Int(info.reserved), "staked_alpha_rao": Int(staked), "nonce": Int(info.nonce)],
                     text: table.render())
    }
}
