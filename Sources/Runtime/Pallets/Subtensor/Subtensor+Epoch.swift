import Consensus
import Primitives

/// Yuma Consensus on a subnet's stored state (specs/chain.md §1): the epoch's input is read from storage, the
/// pure `Yuma.epoch` runs it, and every per-UID output is written back.
extension RuntimeContext {
    /// One epoch's outputs with the hotkey of each UID.
    struct EpochResult {
        var output: EpochOutput
        var hotkeys: [AccountId32]
    }

    /// Runs the epoch of `netuid` distributing `raoEmission` and persists its outputs (Active, Emission,
    /// Consensus, Incentive, Dividends, ValidatorTrust, ValidatorPermit, StakeWeight and every Bonds row).
    mutating func runEpoch(_ netuid: UInt16, raoEmission: UInt64) throws -> EpochResult {
        let hotkeys = try (0..<get(SubtensorStorage.subnetworkN, netuid)).map { try get(SubtensorStorage.keys, netuid, $0) }
        let output = Yuma.epoch(try epochInput(netuid, hotkeys: hotkeys, raoEmission: raoEmission),
                                try epochHyperparameters(netuid))
        put(SubtensorStorage.active, netuid, output.active)
        put(SubtensorStorage.emission, netuid, output.emission)
        put(SubtensorStorage.consensus, netuid, output.consensus)
        put(SubtensorStorage.incentive, netuid, output.incentive)
        put(SubtensorStorage.dividends, netuid, output.dividends)
        put(SubtensorStorage.validatorTrust, netuid, output.validatorTrust)
        put(SubtensorStorage.validatorPermit, netuid, output.validatorPermit)
        put(SubtensorStorage.stakeWeight, netuid, output.stakeWeight)
        for (uid, row) in output.bonds.enumerated() {
            if row.isEmpty {
                SubtensorStorage.bonds.remove(netuid, UInt16(uid), in: &state)
            } else {
                put(SubtensorStorage.bonds, netuid, UInt16(uid), row.map { UInt16Pair($0.uid, $0.value) })
            }
        }
        return EpochResult(output: output, hotkeys: hotkeys)
    }

    /// `get_activity_cutoff_blocks` at HEAD: `max(ActivityCutoffFactorMilli · tempo / 1000, 1)`.
    func activityCutoffBlocks(_ netuid: UInt16) throws -> UInt64 {
        let factor = UInt64(try get(SubtensorStorage.activityCutoffFactorMilli, netuid))
        return max(factor * UInt64(try get(SubtensorStorage.tempo, netuid)) / 1000, 1)
    }

    private func epochInput(_ netuid: UInt16, hotkeys: [AccountId32], raoEmission: UInt64) throws -> EpochInput {
        let n = hotkeys.count
        let rows = { (item: StorageDoubleMap<UInt16, UInt16, [UInt16Pair]>) throws -> [[SparseU16Entry]] in
            var matrix = [[SparseU16Entry]](repeating: [], count: n)
            for (uid, row) in try item.entries(netuid, in: self.state) where Int(uid) < n {
                matrix[Int(uid)] = row.map { SparseU16Entry(uid: $0.first, value: $0.second) }
            }
            return matrix
        }
        let ownerHotkey = try get(SubtensorStorage.subnetOwnerHotkey, netuid)
        return EpochInput(
            n: n, currentBlock: blockNumber, tempo: UInt64(try get(SubtensorStorage.tempo, netuid)),
            activityCutoffBlocks: try activityCutoffBlocks(netuid),
            lastUpdate: try get(SubtensorStorage.lastUpdate, netuid),
            blockAtRegistration: try (0..<n).map { try get(SubtensorStorage.blockAtRegistration, netuid, UInt16($0)) },
            alphaStakeRao: try hotkeys.map { try get(SubtensorStorage.totalHotkeyAlpha, $0, netuid) },
            rootStakeRao: try hotkeys.map { try get(SubtensorStorage.totalHotkeyAlpha, $0, 0) },
            taoWeight: try get(SubtensorStorage.taoWeight),
            validatorPermitPrev: try get(SubtensorStorage.validatorPermit, netuid),
            weights: try rows(SubtensorStorage.weights), bondsPrev: try rows(SubtensorStorage.bonds),
            lastMechanismStepBlock: try get(SubtensorStorage.lastMechanismStepBlock, netuid),
            ownerUID: try find(SubtensorStorage.uids, netuid, ownerHotkey).map(Int.init),
            raoEmission: raoEmission,
            weightCommitBlock: try weightCommitBlocks(netuid, hotkeys: hotkeys))
    }

    /// Per UID the earliest block of its unexpired weight commits, when commit-reveal is on.
    private func weightCommitBlocks(_ netuid: UInt16, hotkeys: [AccountId32]) throws -> [UInt64?]? {
        guard try get(SubtensorStorage.commitRevealWeightsEnabled, netuid) else { return nil }
        let epoch = try get(SubtensorStorage.subnetEpochIndex, netuid)
        let period = try get(SubtensorStorage.revealPeriodEpochs, netuid)
        return try hotkeys.map { hotkey in
            try (find(SubtensorStorage.weightCommits, netuid, hotkey) ?? [])
                .filter { epoch <= $0.commitEpoch + period }
                .map(\.commitBlock).min()
        }
    }

    private func epochHyperparameters(_ netuid: UInt16) throws -> EpochHyperparameters {
        let alphaValues = try get(SubtensorStorage.alphaValues, netuid)
        return EpochHyperparameters(
            kappa: try get(SubtensorStorage.kappa, netuid),
            bondsPenalty: try get(SubtensorStorage.bondsPenalty, netuid),
            bondsMovingAverage: try get(SubtensorStorage.bondsMovingAverage, netuid),
            liquidAlpha: try get(SubtensorStorage.liquidAlphaOn, netuid),
            alphaLow: alphaValues.first, alphaHigh: alphaValues.second,
            alphaSigmoidSteepness: try get(SubtensorStorage.alphaSigmoidSteepness, netuid),
            yuma3: try get(SubtensorStorage.yuma3On, netuid),
            bondsReset: false,
            maxAllowedValidators: Int(try get(SubtensorStorage.maxAllowedValidators, netuid)),
            stakeThreshold: try get(SubtensorStorage.stakeThreshold))
    }
}
