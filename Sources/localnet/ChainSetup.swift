import Client
import Keys
import Primitives
import Wallet

/// Prepares a fresh development chain for the reference subnet: funds every neuron's coldkey from Alice, creates
/// and starts the subnet with the first validator as its owner, opens registration and lifts the weights rate
/// limit (as sudo), registers every hotkey and stakes the validators.
struct ChainSetup {
    /// A setup step the chain refused.
    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    let client: Client
    let alice: Keypair

    /// Runs every step; the subnet's netuid.
    func run(validators: [NeuronPlan], miners: [NeuronPlan], stakes: [UInt64]) async throws -> UInt16 {
        let everyone = validators + miners
        for plan in everyone {
            let amount: UInt64 = plan.role == .validator ? 5_000 : 100
            try await submit(.balances(.transferKeepAlive(dest: .id(try AccountId32(plan.coldkey().publicKey)),
                                                          value: amount * Self.rao)),
                             signer: alice, "fund \(plan.name)")
        }
        let owner = validators[0]
        let created = try await submit(.subtensor(.registerNetwork(hotkey: try AccountId32(owner.hotkey().publicKey))),
                                       signer: try owner.coldkey(), "create the subnet")
        guard let netuid = created.subtensorEvents.compactMap({ event -> UInt16? in
            if case .networkAdded(let netuid, _) = event { netuid } else { nil }
        }).first else { throw Refused(description: "the subnet was created but no NetworkAdded event names it") }
        try await submit(.subtensor(.startCall(netuid: netuid)), signer: try owner.coldkey(), "start the subnet")
        for (parameter, value) in [(Hyperparameter.targetRegistrationsPerInterval, UInt64(256)),
                                   (.maxRegistrationsPerBlock, 256), (.weightsSetRateLimit, 0)] {
            let setter = AdminUtilsCall(parameter, netuid: netuid,
                                        value: parameter.kind == .u64 ? .u64(value) : .u16(UInt16(value)))
            try await submit(.sudo(.sudo(.adminUtils(setter))), signer: alice, "set \(parameter)")
        }
        for plan in everyone.dropFirst() {
            try await submit(.subtensor(.burnedRegister(netuid: netuid, hotkey: try AccountId32(plan.hotkey().publicKey))),
                             signer: try plan.coldkey(), "register \(plan.name)")
        }
        for (plan, stake) in zip(validators, stakes) {
            try await submit(.subtensor(.addStake(hotkey: try AccountId32(plan.hotkey().publicKey), netuid: netuid,
                                                  amount: stake * Self.rao)),
                             signer: try plan.coldkey(), "stake \(plan.name)")
        }
        return netuid
    }

    /// Writes each neuron's wallet (unencrypted development keys) under `path`.
    static func writeWallets(_ plans: [NeuronPlan], path: String) throws {
        for plan in plans {
            let wallet = Wallet(name: plan.name, path: path)
            try wallet.setColdkey(try plan.coldkey(), password: nil, overwrite: true)
            try wallet.setHotkey(try plan.hotkey(), password: nil, overwrite: true)
        }
    }

    /// Rao per TAO.
    static let rao: UInt64 = 1_000_000_000

    @discardableResult
    private func submit(_ call: RuntimeCall, signer: Keypair, _ action: String) async throws -> Receipt {
        let receipt = try await client.submit(call, signer: signer)
        if let error = receipt.dispatchError { throw Refused(description: "\(action): the chain refused it (\(error))") }
        return receipt
    }
}
