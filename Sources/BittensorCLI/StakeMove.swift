import ArgumentParser
import Primitives

/// `btcli stake move`: moves the coldkey's alpha from the wallet's hotkey to another hotkey, within or across subnets.
struct StakeMove: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move stake to another hotkey or subnet.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var route: StakeRouteOptions
    @Option(name: [.customLong("dest"), .customLong("dest-hotkey")], help: "The destination hotkey's SS58 address.")
    var destination: String

    func run(on session: ChainSession) async throws {
        let target = try AccountId32(argument: destination, flag: "--dest")
        let alpha = try Amount.rao(route.amount)
        let hotkey = try session.hotkeyAccount()
        let coldkey = try session.coldkey()
        try options.prompt.confirm("Move \(Amount.display(alpha, symbol: "α")) from \(hotkey) on subnet \(route.originNetuid) "
            + "to \(target) on subnet \(route.destinationNetuid)?")
        let call = SubtensorCall.moveStake(originHotkey: hotkey, destinationHotkey: target, originNetuid: route.originNetuid,
                                           destinationNetuid: route.destinationNetuid, alphaAmount: alpha)
        let receipt = try await session.submit(.subtensor(call), signer: coldkey, action: "Move stake")
        session.report(receipt, "Moved \(Amount.display(alpha, symbol: "α")) to \(target)",
                       data: ["destination_hotkey": target.ss58Address, "alpha_rao": Int(alpha)])
    }
}

/// `--origin-netuid`, `--dest-netuid` and `--amount` (alpha) of `stake move` and `stake transfer`.
struct StakeRouteOptions: ParsableArguments {
    @Option(name: .customLong("origin-netuid"), help: "The subnet the stake is in.") var originNetuid: UInt16
    @Option(name: .customLong("dest-netuid"), help: "The subnet it goes to (the origin by default).")
    var destinationNetuidOption: UInt16?
    @Option(name: .customLong("amount"), help: "Alpha to move.") var amount: String

    var destinationNetuid: UInt16 { destinationNetuidOption ?? originNetuid }
}
