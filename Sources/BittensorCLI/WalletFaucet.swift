import ArgumentParser
import Primitives

/// `btcli wallet faucet`: 1000 TAO minted to the coldkey, on dev chains (subtensor's `pow-faucet`, without the work).
struct WalletFaucet: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "faucet", abstract: "Get TAO from a dev chain's faucet.")

    @OptionGroup var options: ChainOptions

    func run(on session: ChainSession) async throws {
        let coldkey = try session.coldkey()
        let block = try await session.client.blockNumber()
        let receipt = try await session.submit(.subtensor(.faucet(blockNumber: UInt64(block), nonce: 0, work: [])),
                                               signer: coldkey, action: "Faucet")
        let minted = receipt.subtensorEvents.reduce(UInt64(0)) { sum, event in
            if case .faucet(_, let amount) = event { sum + amount } else { sum }
        }
        session.report(receipt, "The faucet sent \(Amount.display(minted)) to \(coldkey.ss58Address)",
                       data: ["coldkey": coldkey.ss58Address, "amount_rao": Int(minted), "amount": Amount.tao(minted)])
    }
}
