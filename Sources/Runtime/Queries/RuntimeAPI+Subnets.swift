import Primitives

/// Dynamic-TAO views: pools, prices and the whole-subnet metagraph.
extension RuntimeContext {
    func dynamicInfo(netuid: UInt16) throws -> DynamicInfo? {
        guard try subnetExists(netuid) else { return nil }
        var info = DynamicInfo(netuid: netuid, ownerHotkey: try get(SubtensorStorage.subnetOwnerHotkey, netuid),
                               ownerColdkey: try get(SubtensorStorage.subnetOwner, netuid))
        info.tokenSymbol = try get(SubtensorStorage.tokenSymbol, netuid)
        info.tempo = try get(SubtensorStorage.tempo, netuid)
        info.lastStep = try get(SubtensorStorage.lastEpochBlock, netuid)
        info.blocksSinceLastStep = try get(SubtensorStorage.blocksSinceLastStep, netuid)
        info.alphaIn = try get(SubtensorStorage.subnetAlphaIn, netuid)
        info.alphaOut = try get(SubtensorStorage.subnetAlphaOut, netuid)
        info.taoIn = try get(SubtensorStorage.subnetTAO, netuid)
        info.subnetVolume = try get(SubtensorStorage.subnetVolume, netuid)
        info.networkRegisteredAt = try get(SubtensorStorage.networkRegisteredAt, netuid)
        info.movingPrice = try get(SubtensorStorage.subnetMovingPrice, netuid)
        info.taoInEmission = try get(SubtensorStorage.subnetTaoInEmission, netuid)
        info.emission = info.taoInEmission
        info.alphaInEmission = try get(SubtensorStorage.subnetAlphaInEmission, netuid)
        info.alphaOutEmission = try get(SubtensorStorage.subnetAlphaOutEmission, netuid)
        info.pendingAlphaEmission = try get(SubtensorStorage.pendingServerEmission, netuid)
            .addingClamped(try get(SubtensorStorage.pendingValidatorEmission, netuid))
        info.pendingRootEmission = try get(SubtensorStorage.pendingRootAlphaDivs, netuid)
        return info
    }

    /// The fields of the metagraph at `indices` (`SelectiveMetagraphIndex`), with `validators` (the uids with a
    /// validator permit) and `commitments` (none: this runtime has no Commitments pallet).
    func selectiveMetagraph(netuid: UInt16, indices: [UInt16]) throws -> SelectiveMetagraph? {
        guard let metagraph = try metagraph(netuid: netuid) else { return nil }
        var selective = SelectiveMetagraph(metagraph)
        selective.validators = metagraph.validatorPermit.enumerated().compactMap { $1 ? UInt16($0) : nil }
        selective.commitments = []
        return selective.keepingOnly(Set(indices))
    }

    func metagraph(netuid: UInt16) throws -> Metagraph? {
        guard let dynamic = try dynamicInfo(netuid: netuid), let parameters = try hyperparameters(netuid: netuid),
              let state = try subnetState(netuid: netuid) else { return nil }
        var graph = Metagraph(netuid: netuid, ownerHotkey: dynamic.ownerHotkey, ownerColdkey: dynamic.ownerColdkey)
        graph.symbol = dynamic.tokenSymbol
        graph.networkRegisteredAt = dynamic.networkRegisteredAt
        graph.block = blockNumber
        graph.tempo = dynamic.tempo
        graph.lastStep = dynamic.lastStep
        graph.blocksSinceLastStep = dynamic.blocksSinceLastStep
        graph.alphaIn = dynamic.alphaIn
        graph.alphaOut = dynamic.alphaOut
        graph.taoIn = dynamic.taoIn
        graph.subnetVolume = dynamic.subnetVolume
        graph.movingPrice = dynamic.movingPrice
        graph.subnetEmission = dynamic.emission
        graph.alphaInEmission = dynamic.alphaInEmission
        graph.alphaOutEmission = dynamic.alphaOutEmission
        graph.taoInEmission = dynamic.taoInEmission
        graph.pendingAlphaEmission = dynamic.pendingAlphaEmission
        graph.pendingRootEmission = dynamic.pendingRootEmission
        graph.rho = parameters.rho
        graph.kappa = parameters.kappa
        graph.minAllowedWeights = parameters.minAllowedWeights
        graph.maxWeightsLimit = parameters.maxWeightsLimit
        graph.weightsVersion = parameters.weightsVersion
        graph.weightsRateLimit = parameters.weightsRateLimit
        graph.activityCutoff = parameters.activityCutoff
        graph.maxValidators = parameters.maxValidators
        graph.numUids = UInt16(state.hotkeys.count)
        graph.maxUids = try get(SubtensorStorage.maxAllowedUids, netuid)
        graph.burn = try get(SubtensorStorage.burn, netuid)
        graph.difficulty = parameters.difficulty
        graph.registrationAllowed = parameters.registrationAllowed
        graph.powRegistrationAllowed = try get(SubtensorStorage.networkPowRegistrationAllowed, netuid)
        graph.immunityPeriod = parameters.immunityPeriod
        graph.minDifficulty = parameters.minDifficulty
        graph.maxDifficulty = parameters.maxDifficulty
        graph.minBurn = parameters.minBurn
        graph.maxBurn = parameters.maxBurn
        graph.adjustmentAlpha = parameters.adjustmentAlpha
        graph.adjustmentInterval = parameters.adjustmentInterval
        graph.targetRegsPerInterval = parameters.targetRegsPerInterval
        graph.maxRegsPerBlock = parameters.maxRegsPerBlock
        graph.servingRateLimit = parameters.servingRateLimit
        graph.commitRevealWeightsEnabled = parameters.commitRevealWeightsEnabled
        graph.commitRevealPeriod = parameters.commitRevealPeriod
        graph.liquidAlphaEnabled = parameters.liquidAlphaEnabled
        graph.alphaHigh = parameters.alphaHigh
        graph.alphaLow = parameters.alphaLow
        graph.bondsMovingAvg = parameters.bondsMovingAvg
        graph.hotkeys = state.hotkeys
        graph.coldkeys = state.coldkeys
        graph.identities = state.hotkeys.map { _ in nil }
        graph.axons = try state.hotkeys.map { try find(SubtensorStorage.axons, netuid, $0) ?? AxonInfo.unset }
        graph.active = state.active
        graph.validatorPermit = state.validatorPermit
        graph.pruningScore = state.pruningScore
        graph.lastUpdate = state.lastUpdate
        graph.emission = state.emission
        graph.dividends = state.dividends
        graph.incentives = state.incentives
        graph.consensus = state.consensus
        graph.trust = state.trust
        graph.rank = state.rank
        graph.blockAtRegistration = state.blockAtRegistration
        graph.alphaStake = state.alphaStake
        graph.taoStake = state.taoStake
        graph.totalStake = state.totalStake
        graph.alphaDividendsPerHotkey = try state.hotkeys.map {
            HotkeyDividend(hotkey: $0, amount: try get(SubtensorStorage.alphaDividendsPerSubnet, netuid, $0))
        }
        graph.taoDividendsPerHotkey = try state.hotkeys.map {
            HotkeyDividend(hotkey: $0, amount: try get(SubtensorStorage.rootAlphaDividendsPerSubnet, netuid, $0))
        }
        return graph
    }
}

/// Stake and delegation views.
extension RuntimeContext {
    /// The stake `coldkey` holds on `hotkey` on `netuid`, zero included (subtensor always answers `Some`).
    func stakeInfo(hotkey: AccountId32, coldkey: AccountId32, netuid: UInt16) throws -> StakeInfo {
        StakeInfo(hotkey: hotkey, coldkey: coldkey, netuid: netuid,
                  stake: try stake(hotkey: hotkey, coldkey: coldkey, netuid: netuid),
                  isRegistered: try get(SubtensorStorage.isNetworkMember, hotkey, netuid))
    }

    /// Every stake `coldkey` holds, by hotkey in `StakingHotkeys` order, then netuid.
    func stakeInfos(coldkey: AccountId32) throws -> [StakeInfo] {
        let netuids = try subnets()
        return try get(SubtensorStorage.stakingHotkeys, coldkey).flatMap { hotkey in
            try netuids.map { try stakeInfo(hotkey: hotkey, coldkey: coldkey, netuid: $0) }.filter { $0.stake > 0 }
        }
    }

    func delegateInfo(hotkey: AccountId32) throws -> DelegateInfo? {
        guard let owner = try owner(of: hotkey) else { return nil }
        var byColdkey: [(coldkey: AccountId32, stakes: [DelegateInfo.NetuidStake])] = []
        for (key, _) in try SubtensorStorage.alpha.entries(hotkey, in: state) {
            let amount = try stake(hotkey: hotkey, coldkey: key.0, netuid: key.1)
            guard amount > 0 else { continue }
            let entry = DelegateInfo.NetuidStake(netuid: key.1, stake: amount)
            if let index = byColdkey.firstIndex(where: { $0.coldkey == key.0 }) {
                byColdkey[index].stakes.append(entry)
            } else {
                byColdkey.append((key.0, [entry]))
            }
        }
        var registrations: [UInt16] = []
        var permits: [UInt16] = []
        for netuid in try subnets() {
            guard let uid = try find(SubtensorStorage.uids, netuid, hotkey) else { continue }
            registrations.append(netuid)
            let permit = try get(SubtensorStorage.validatorPermit, netuid)
            if Int(uid) < permit.count && permit[Int(uid)] { permits.append(netuid) }
        }
        return DelegateInfo(delegateSS58: hotkey, take: try get(SubtensorStorage.delegates, hotkey),
                            nominators: byColdkey.map { DelegateInfo.Nominator(coldkey: $0.coldkey, stakes: $0.stakes) },
                            ownerSS58: owner, registrations: registrations, validatorPermits: permits,
                            returnPer1000: 0, totalDailyReturn: 0)
    }

    /// Every hotkey that has an owner, in storage order.
    func delegates() throws -> [DelegateInfo] {
        try SubtensorStorage.owner.entries(in: state).compactMap { try delegateInfo(hotkey: $0.key) }
    }
}
