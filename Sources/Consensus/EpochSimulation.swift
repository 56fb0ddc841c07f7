import FixedPoint

/// One epoch of a simulation: when it ran, on what stake, and everything it produced.
public struct SimulatedEpoch: Encodable, Hashable, Sendable {
    /// The epoch's number, from 1.
    public var epoch: Int
    /// The block it ran in.
    public var block: UInt64
    /// The index of the scenario segment it belongs to.
    public var segment: Int
    /// The alpha stake per UID it ran on, in rao.
    public var stakeRao: [UInt64]
    /// The epoch's outputs.
    public var output: EpochOutput

    enum CodingKeys: String, CodingKey {
        case epoch, block, segment, output
        case stakeRao = "stake_rao"
    }
}

/// Runs a `SimulationScenario` epoch by epoch, carrying the subnet state between epochs as the chain does.
///
/// Timeline: every UID is registered at block 0 (`LastUpdate` 0), epoch `k` runs at block `k × (tempo + 1)`.
/// Before each epoch every validator with a non-empty weight row sets it again (stored max-upscaled,
/// `LastUpdate` = the epoch's block). After it, the epoch's `validator_permit` and bond rows become the
/// next epoch's `validator_permit_prev` and `bonds_u16_sparse_prev`, and `LastMechansimStepBlock` becomes
/// the epoch's block, as the coinbase stores them. So the first epoch only grants permits (no UID has one
/// before it) and weights count from the second. Not modelled: registrations and pruning after block 0,
/// commit-reveal, root stake, emission compounding into stake, and the coinbase's owner cut.
public struct EpochSimulation: Sendable {
    /// The scenario being run.
    public let scenario: SimulationScenario
    /// The state the next epoch will run on (its `current_block` is that of the last epoch run).
    public private(set) var state: EpochInput
    /// How many epochs have run.
    public private(set) var epochsRun = 0

    /// Prepares `scenario`, which must pass `SimulationScenario.validate()`, before its first segment.
    public init(_ scenario: SimulationScenario) {
        self.scenario = scenario
        let n = scenario.n
        state = EpochInput(
            n: n, currentBlock: 0, tempo: scenario.tempo, activityCutoffBlocks: scenario.activityCutoffBlocks,
            lastUpdate: [UInt64](repeating: 0, count: n), blockAtRegistration: [UInt64](repeating: 0, count: n),
            alphaStakeRao: scenario.stakeRao, validatorPermitPrev: [Bool](repeating: false, count: n),
            weights: [[SparseU16Entry]](repeating: [], count: n),
            bondsPrev: [[SparseU16Entry]](repeating: [], count: n),
            ownerUID: scenario.ownerUID, raoEmission: scenario.emissionRao)
    }

    /// Applies a segment's stake and weight changes (weights max-upscaled as `set_weights` stores them).
    public mutating func apply(_ segment: SimulationScenario.Segment) {
        for (uid, stake) in segment.stakeRao { state.alphaStakeRao[uid] = stake }
        for (uid, row) in segment.weights {
            let values = vecU16MaxUpscaleToU16(row.map(\.value))
            state.weights[uid] = zip(row, values).map { SparseU16Entry(uid: $0.uid, value: $1) }
        }
    }

    /// Runs the next epoch: validators with weights set them, the epoch runs, its permits, bonds and block
    /// are carried into the state.
    /// - Parameter segment: the index of the segment the epoch belongs to, for the record.
    public mutating func runEpoch(segment: Int) -> SimulatedEpoch {
        epochsRun += 1
        let block = UInt64(epochsRun) * (scenario.tempo + 1)
        state.currentBlock = block
        for uid in 0..<state.n where !state.weights[uid].isEmpty { state.lastUpdate[uid] = block }
        let output = Yuma.epoch(state, scenario.hyperparameters)
        state.validatorPermitPrev = output.validatorPermit
        state.bondsPrev = output.bonds
        state.lastMechanismStepBlock = block
        return SimulatedEpoch(epoch: epochsRun, block: block, segment: segment, stakeRao: state.alphaStakeRao,
                              output: output)
    }

    /// Runs every segment of `scenario` (which must pass `SimulationScenario.validate()`) and returns one
    /// record per epoch.
    public static func run(_ scenario: SimulationScenario) -> [SimulatedEpoch] {
        var simulation = EpochSimulation(scenario)
        var epochs = [SimulatedEpoch]()
        for (index, segment) in scenario.segments.enumerated() {
            simulation.apply(segment)
            for _ in 0..<segment.epochs { epochs.append(simulation.runEpoch(segment: index)) }
        }
        return epochs
    }
}
