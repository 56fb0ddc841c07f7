import Primitives

/// A chain-spec value that cannot be turned into genesis state.
public struct GenesisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the field.
    public let reason: String

    public var description: String { "invalid genesis: \(reason)" }
}

extension ChainSpec {
    /// The genesis state: balances, sudo, authorities, the root subnet and subnet 1 (as subtensor's genesis
    /// build makes them, specs/substrate.md §8), and the chain's configuration.
    ///
    /// Subnet 1's 10 TAO pool is minted at genesis, so the subtensor issuance is the endowments plus 10 TAO.
    /// - Throws: `GenesisError` for an address that does not decode or an issuance that overflows.
    public func genesisState() throws -> StorageState {
        var context = RuntimeContext(state: StorageState(), blockNumber: 0)
        do {
            try buildBalances(&context)
            if let sudo = genesis.sudo { context.put(SudoStorage.key, try account(sudo, field: "sudo")) }
            let authorities = try genesis.authorities.map { try account($0, field: "authorities") }
            AuraStorage.authorities.set(authorities, in: &context.state)
            context.put(SystemStorage.blockHash, 0, try H256([UInt8](repeating: 0x69, count: 32)))
            try buildSubtensor(&context)
        } catch let error as GenesisError {
            throw error
        } catch {
            throw GenesisError(reason: "\(error)")
        }
        return context.state
    }

    /// The genesis block (number 0, empty body) over `genesisState()`; its hash is the chain's genesis hash.
    public func genesisBlock() throws -> (block: Block, state: StorageState) {
        var state = try genesisState()
        let header = Header(parentHash: .zero, number: 0, stateRoot: state.root(),
                            extrinsicsRoot: TrieRoot.orderedRoot(of: [], layout: .v0), digest: [])
        return (Block(header: header, extrinsics: []), state)
    }

    private func account(_ address: String, field: String) throws -> AccountId32 {
        do {
            return try AccountId32(ss58: address)
        } catch {
            throw GenesisError(reason: "\(field): \(address) is not an SS58 address (\(error))")
        }
    }

    private func buildBalances(_ context: inout RuntimeContext) throws {
        var issuance: UInt64 = 0
        for endowment in genesis.balances {
            let who = try account(endowment.account, field: "balances")
            guard endowment.free >= RuntimeContext.existentialDeposit else {
                throw GenesisError(reason: "balances: \(endowment.account) gets less than the existential deposit")
            }
            guard try context.find(SystemStorage.account, who) == nil else {
                throw GenesisError(reason: "balances: \(endowment.account) is endowed twice")
            }
            let (sum, overflow) = issuance.addingReportingOverflow(endowment.free)
            guard !overflow else { throw GenesisError(reason: "balances: the total overflows u64") }
            issuance = sum
            context.put(SystemStorage.account, who, AccountInfo(providers: 1, free: endowment.free))
        }
        context.put(BalancesStorage.totalIssuance, issuance)
        context.put(SubtensorStorage.totalIssuance, issuance)
    }

    private func buildSubtensor(_ context: inout RuntimeContext) throws {
        let config = genesis.subtensor
        context.put(ChainConfigStorage.newSubnetTempo, config.subnetTempo)
        context.put(ChainConfigStorage.newSubnetCommitReveal, config.commitReveal)
        context.put(ChainConfigStorage.faucetEnabled, config.faucet)
        context.put(ChainConfigStorage.loopbackServingAllowed, config.loopbackServing)
        if let value = config.startCallDelay { context.put(SubtensorStorage.startCallDelay, value) }
        if let value = config.networkRateLimit { context.put(SubtensorStorage.networkRateLimit, value) }
        if let value = config.ownerHyperparamRateLimit { context.put(SubtensorStorage.ownerHyperparamRateLimit, value) }
        if let value = config.adminFreezeWindow { context.put(SubtensorStorage.adminFreezeWindow, value) }
        if let value = config.networkMinLockCost { context.put(SubtensorStorage.networkMinLockCost, value) }
        if let value = config.networkLastLockCost { context.put(SubtensorStorage.networkLastLockCost, value) }

        context.put(SubtensorStorage.networksAdded, 0, true)
        context.put(SubtensorStorage.subnetOwner, 0, try account(config.rootOwner, field: "rootOwner"))
        context.put(SubtensorStorage.subnetOwnerHotkey, 0, try account(config.rootOwnerHotkey, field: "rootOwnerHotkey"))
        context.put(SubtensorStorage.maxAllowedUids, 0, 64)
        context.put(SubtensorStorage.maxAllowedValidators, 0, 64)
        context.put(SubtensorStorage.minAllowedWeights, 0, 0)
        context.put(SubtensorStorage.tempo, 0, 100)
        context.put(SubtensorStorage.networkRegistrationAllowed, 0, true)
        context.put(SubtensorStorage.targetRegistrationsPerInterval, 0, 1)

        let netuid: UInt16 = 1
        let pool: UInt64 = 10_000_000_000
        let seedAlpha: UInt64 = 1_000_000_000
        try context.initializeNetwork(netuid, tempo: config.subnetTempo)
        context.put(SubtensorStorage.totalNetworks, 2)
        context.put(SubtensorStorage.subnetMechanism, netuid, 1)
        context.put(SubtensorStorage.subnetTAO, netuid, pool)
        context.put(SubtensorStorage.subnetAlphaIn, netuid, pool)
        context.put(SubtensorStorage.subnetLocked, netuid, 1)
        context.put(SubtensorStorage.owner, .zero, .zero)
        context.put(SubtensorStorage.ownedHotkeys, .zero, [.zero])
        _ = try context.registerNeuron(netuid: netuid, hotkey: .zero)
        context.put(SubtensorStorage.subnetAlphaOut, netuid, seedAlpha)
        try context.increaseStake(hotkey: .zero, coldkey: .zero, netuid: netuid, alpha: seedAlpha)
        context.put(SubtensorStorage.totalStake, pool)
        try context.mutate(SubtensorStorage.totalIssuance) { $0 += pool }
    }
}
