import Primitives

/// The runtime-API views of neurons and subnets, built from storage the way subtensor's `rpc_info` modules
/// build them. Removed at HEAD and zero-filled there too: rank, trust, pruning score.
extension RuntimeContext {
    /// The context of a query against `state` at its last block.
    init(queryOn state: StorageState) throws {
        self.init(state: state, blockNumber: UInt64(try SystemStorage.number.value(in: state)))
    }

    func neuronLite(netuid: UInt16, uid: UInt16) throws -> NeuronInfoLite? {
        guard try subnetExists(netuid), uid < (try get(SubtensorStorage.subnetworkN, netuid)) else { return nil }
        let hotkey = try get(SubtensorStorage.keys, netuid, uid)
        let coldkey = try owner(of: hotkey) ?? .zero
        let index = Int(uid)
        func element<T>(_ vector: [T], _ fallback: T) -> T { index < vector.count ? vector[index] : fallback }
        return NeuronInfoLite(
            hotkey: hotkey, coldkey: coldkey, uid: uid, netuid: netuid,
            active: element(try get(SubtensorStorage.active, netuid), false),
            axonInfo: try find(SubtensorStorage.axons, netuid, hotkey) ?? AxonInfo.unset,
            prometheusInfo: try find(SubtensorStorage.prometheus, netuid, hotkey) ?? PrometheusInfo.unset,
            stake: [(coldkey, try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid))], rank: 0,
            emission: element(try get(SubtensorStorage.emission, netuid), 0),
            incentive: element(try get(SubtensorStorage.incentive, netuid), 0),
            consensus: element(try get(SubtensorStorage.consensus, netuid), 0), trust: 0,
            validatorTrust: element(try get(SubtensorStorage.validatorTrust, netuid), 0),
            dividends: element(try get(SubtensorStorage.dividends, netuid), 0),
            lastUpdate: element(try get(SubtensorStorage.lastUpdate, netuid), 0),
            validatorPermit: element(try get(SubtensorStorage.validatorPermit, netuid), false), pruningScore: 0)
    }

    func neuron(netuid: UInt16, uid: UInt16) throws -> NeuronInfo? {
        guard let lite = try neuronLite(netuid: netuid, uid: uid) else { return nil }
        let weights = try get(SubtensorStorage.weights, netuid, uid).map { (uid: $0.first, weight: $0.second) }
        let bonds = try get(SubtensorStorage.bonds, netuid, uid).map { (uid: $0.first, bond: $0.second) }
        return NeuronInfo(neuron: lite, weights: weights, bonds: bonds)
    }

    func uids(of netuid: UInt16) throws -> Range<UInt16> {
        guard try subnetExists(netuid) else { return 0..<0 }
        return 0..<(try get(SubtensorStorage.subnetworkN, netuid))
    }

    func subnetInfo(netuid: UInt16) throws -> SubnetInfo? {
        guard try subnetExists(netuid) else { return nil }
        return SubnetInfo(
            netuid: netuid, rho: try get(SubtensorStorage.rho, netuid), kappa: try get(SubtensorStorage.kappa, netuid),
            difficulty: try get(SubtensorStorage.difficulty, netuid),
            immunityPeriod: try get(SubtensorStorage.immunityPeriod, netuid),
            maxAllowedValidators: try get(SubtensorStorage.maxAllowedValidators, netuid),
            minAllowedWeights: try get(SubtensorStorage.minAllowedWeights, netuid),
            maxWeightsLimit: try get(SubtensorStorage.maxWeightsLimit, netuid), scalingLawPower: 50,
            subnetworkN: try get(SubtensorStorage.subnetworkN, netuid),
            maxAllowedUids: try get(SubtensorStorage.maxAllowedUids, netuid),
            blocksSinceLastStep: try get(SubtensorStorage.blocksSinceLastStep, netuid),
            tempo: try get(SubtensorStorage.tempo, netuid), networkModality: 0, networkConnect: [], emissionValue: 0,
            burn: try get(SubtensorStorage.burn, netuid), owner: try get(SubtensorStorage.subnetOwner, netuid),
            identity: nil)
    }

    func hyperparameters(netuid: UInt16) throws -> SubnetHyperparameters? {
        guard try subnetExists(netuid) else { return nil }
        let alpha = try get(SubtensorStorage.alphaValues, netuid)
        return SubnetHyperparameters(
            rho: try get(SubtensorStorage.rho, netuid), kappa: try get(SubtensorStorage.kappa, netuid),
            immunityPeriod: try get(SubtensorStorage.immunityPeriod, netuid),
            minAllowedWeights: try get(SubtensorStorage.minAllowedWeights, netuid),
            maxWeightsLimit: try get(SubtensorStorage.maxWeightsLimit, netuid), tempo: try get(SubtensorStorage.tempo, netuid),
            minDifficulty: try get(SubtensorStorage.minDifficulty, netuid),
            maxDifficulty: try get(SubtensorStorage.maxDifficulty, netuid),
            weightsVersion: try get(SubtensorStorage.weightsVersionKey, netuid),
            weightsRateLimit: try get(SubtensorStorage.weightsSetRateLimit, netuid),
            adjustmentInterval: try get(SubtensorStorage.adjustmentInterval, netuid),
            activityCutoff: try activityCutoffBlocks(netuid),
            registrationAllowed: try get(SubtensorStorage.networkRegistrationAllowed, netuid),
            targetRegsPerInterval: try get(SubtensorStorage.targetRegistrationsPerInterval, netuid),
            minBurn: try get(SubtensorStorage.minBurn, netuid), maxBurn: try get(SubtensorStorage.maxBurn, netuid),
            bondsMovingAvg: try get(SubtensorStorage.bondsMovingAverage, netuid),
            maxRegsPerBlock: try get(SubtensorStorage.maxRegistrationsPerBlock, netuid),
            servingRateLimit: try get(SubtensorStorage.servingRateLimit, netuid),
            maxValidators: try get(SubtensorStorage.maxAllowedValidators, netuid),
            adjustmentAlpha: try get(SubtensorStorage.adjustmentAlpha, netuid),
            difficulty: try get(SubtensorStorage.difficulty, netuid),
            commitRevealPeriod: try get(SubtensorStorage.revealPeriodEpochs, netuid),
            commitRevealWeightsEnabled: try get(SubtensorStorage.commitRevealWeightsEnabled, netuid),
            alphaHigh: alpha.second, alphaLow: alpha.first,
            liquidAlphaEnabled: try get(SubtensorStorage.liquidAlphaOn, netuid))
    }

    /// Per-uid stake columns: alpha on the subnet, root TAO, and alpha + root·TaoWeight.
    func stakeColumns(netuid: UInt16, hotkeys: [AccountId32]) throws -> (alpha: [UInt64], tao: [UInt64], total: [UInt64]) {
        let weight = UInt128(try get(SubtensorStorage.taoWeight))
        var columns: (alpha: [UInt64], tao: [UInt64], total: [UInt64]) = ([], [], [])
        for hotkey in hotkeys {
            let alpha = try get(SubtensorStorage.totalHotkeyAlpha, hotkey, netuid)
            let root = try get(SubtensorStorage.totalHotkeyAlpha, hotkey, 0)
            columns.alpha.append(alpha)
            columns.tao.append(root)
            let total = UInt128(alpha) + mulDiv(UInt128(root), weight, UInt128(UInt64.max))
            columns.total.append(UInt64(min(total, UInt128(UInt64.max))))
        }
        return columns
    }

    func subnetState(netuid: UInt16) throws -> SubnetState? {
        guard try subnetExists(netuid) else { return nil }
        let uids = try uids(of: netuid)
        let hotkeys = try uids.map { try get(SubtensorStorage.keys, netuid, $0) }
        let stakes = try stakeColumns(netuid: netuid, hotkeys: hotkeys)
        let zeros = [UInt16](repeating: 0, count: uids.count)
        return SubnetState(
            netuid: netuid, hotkeys: hotkeys, coldkeys: try hotkeys.map { try owner(of: $0) ?? .zero },
            active: try get(SubtensorStorage.active, netuid), validatorPermit: try get(SubtensorStorage.validatorPermit, netuid),
            pruningScore: zeros, lastUpdate: try get(SubtensorStorage.lastUpdate, netuid),
            emission: try get(SubtensorStorage.emission, netuid), dividends: try get(SubtensorStorage.dividends, netuid),
            incentives: try get(SubtensorStorage.incentive, netuid), consensus: try get(SubtensorStorage.consensus, netuid),
            trust: zeros, rank: zeros,
            blockAtRegistration: try uids.map { try get(SubtensorStorage.blockAtRegistration, netuid, $0) },
            alphaStake: stakes.alpha, taoStake: stakes.tao, totalStake: stakes.total, emissionHistory: [])
    }
}

extension AxonInfo {
    /// What the runtime APIs return for a neuron that never served: all zeros.
    static let unset = AxonInfo(block: 0, version: 0, ip: 0, port: 0, ipType: 0, protocol: 0, placeholder1: 0, placeholder2: 0)
}

extension PrometheusInfo {
    /// All zeros.
    static let unset = PrometheusInfo(block: 0, version: 0, ip: 0, port: 0, ipType: 0)
}
