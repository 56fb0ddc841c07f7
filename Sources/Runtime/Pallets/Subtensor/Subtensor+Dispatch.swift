import Primitives

/// `pallet_subtensor`'s call router.
extension RuntimeContext {
    mutating func dispatch(_ call: SubtensorCall, origin: Origin) throws {
        let signer = try origin.signer()
        switch call {
        case .setWeights(let weights), .setMechanismWeights(let weights):
            try setWeights(hotkey: signer, weights, viaReveal: false)
        case .commitWeights(let netuid, let hash):
            try commitWeights(hotkey: signer, netuid: netuid, mechanism: 0, hash: hash)
        case .commitMechanismWeights(let netuid, let mechanism, let hash):
            try commitWeights(hotkey: signer, netuid: netuid, mechanism: mechanism, hash: hash)
        case .revealWeights(let weights), .revealMechanismWeights(let weights):
            try revealWeights(hotkey: signer, weights)
        case .addStake(let hotkey, let netuid, let amount):
            try addStake(coldkey: signer, hotkey: hotkey, netuid: netuid, tao: amount)
        case .removeStake(let hotkey, let netuid, let amount):
            try removeStake(coldkey: signer, hotkey: hotkey, netuid: netuid, alpha: amount)
        case .unstakeAll(let hotkey):
            try unstakeAll(coldkey: signer, hotkey: hotkey)
        case .moveStake(let origin, let destination, let originNetuid, let destinationNetuid, let amount):
            try moveStake(coldkey: signer, from: (origin, originNetuid), to: (destination, destinationNetuid), alpha: amount)
        case .transferStake(let destinationColdkey, let hotkey, let originNetuid, let destinationNetuid, let amount):
            try transferStake(coldkey: signer, to: destinationColdkey, hotkey: hotkey, originNetuid: originNetuid,
                              destinationNetuid: destinationNetuid, alpha: amount)
        case .serveAxon(let endpoint):
            try serveAxon(hotkey: signer, endpoint)
        case .servePrometheus(let netuid, let version, let ip, let port, let ipType):
            try servePrometheus(hotkey: signer, netuid: netuid, version: version, ip: ip, port: port, ipType: ipType)
        case .register(let netuid, _, _, _, let hotkey, _), .burnedRegister(let netuid, let hotkey):
            try burnedRegister(coldkey: signer, netuid: netuid, hotkey: hotkey)
        case .registerNetwork(let hotkey):
            try registerNetwork(coldkey: signer, hotkey: hotkey)
        case .startCall(let netuid):
            try startCall(coldkey: signer, netuid: netuid)
        case .rootRegister(let hotkey):
            try rootRegister(coldkey: signer, hotkey: hotkey)
        case .increaseTake(let hotkey, let take):
            try changeTake(coldkey: signer, hotkey: hotkey, take: take, increase: true)
        case .decreaseTake(let hotkey, let take):
            try changeTake(coldkey: signer, hotkey: hotkey, take: take, increase: false)
        case .faucet:
            try faucet(account: signer)
        }
    }

    /// 1000 TAO minted to the caller: dev chains only (subtensor's `pow-faucet` feature, without the work).
    mutating func faucet(account: AccountId32) throws {
        guard try get(ChainConfigStorage.faucetEnabled) else { throw SubtensorError.faucetDisabled }
        let amount: UInt64 = 1_000_000_000_000
        try creditFree(account, amount)
        try mintIssuance(amount)
        deposit(.subtensor(.faucet(account: account, amount: amount)))
    }

    // MARK: Shared checks

    func subnetExists(_ netuid: UInt16) throws -> Bool { try get(SubtensorStorage.networksAdded, netuid) }

    /// - Throws: `SubnetNotExists`.
    func ensureSubnetExists(_ netuid: UInt16) throws {
        guard try subnetExists(netuid) else { throw SubtensorError.subnetNotExists }
    }

    /// The coldkey that owns `hotkey`, or nil when the hotkey has never been used.
    func owner(of hotkey: AccountId32) throws -> AccountId32? { try find(SubtensorStorage.owner, hotkey) }

    /// Makes `coldkey` the owner of `hotkey` if the hotkey is new.
    /// - Throws: `NonAssociatedColdKey` when another coldkey owns it.
    mutating func claimHotkey(_ hotkey: AccountId32, for coldkey: AccountId32) throws {
        if let existing = try owner(of: hotkey) {
            guard existing == coldkey else { throw SubtensorError.nonAssociatedColdKey }
            return
        }
        put(SubtensorStorage.owner, hotkey, coldkey)
        try mutate(SubtensorStorage.ownedHotkeys, coldkey) { $0.append(hotkey) }
    }

    /// Every subnet that exists, in netuid order.
    func subnets() throws -> [UInt16] {
        try SubtensorStorage.networksAdded.entries(in: state).filter(\.value).map(\.key)
    }
}
