import Client
import Foundation
import Keys
import Logging
import Primitives

/// Bittensor's base validator for one synapse type: each step it syncs the metagraph, samples serving miners,
/// queries them, turns the responses into rewards (the subnet's rule), folds them into moving-average scores,
/// saves its state, and every `epochLength` blocks sets weights from the scores, within the chain's rate limit,
/// committing and later revealing them where the subnet has commit-reveal on.
public final class Validator<S: Synapse>: Sendable {
    /// How the validator samples, averages and sets weights.
    public struct Configuration: Sendable {
        /// Miners queried per step.
        public var sampleSize: Int
        /// Weight of a step's rewards in the moving average (`--neuron.moving_average_alpha`).
        public var movingAverageAlpha: Double
        /// Blocks between weight settings (`--neuron.epoch_length`).
        public var epochLength: Int
        /// Seconds each query may take.
        public var queryTimeout: Double
        /// Where the state is saved.
        public var statePath: String

        /// A configuration.
        public init(sampleSize: Int = 16, movingAverageAlpha: Double = 0.1, epochLength: Int = 100,
                    queryTimeout: Double = 12, statePath: String) {
            (self.sampleSize, self.movingAverageAlpha, self.epochLength) = (sampleSize, movingAverageAlpha, epochLength)
            (self.queryTimeout, self.statePath) = (queryTimeout, statePath)
        }
    }

    /// What one step did.
    public struct StepReport: Sendable {
        /// The uids queried.
        public var queried: [UInt16]
        /// Their rewards.
        public var rewards: [Double]
        /// The weights set, committed or revealed this step, by uid (empty when none).
        public var weights: [UInt16: UInt16]
        /// How they went to the chain: `set`, `commit`, `reveal`, or nil.
        public var weightsAction: String?
        /// Why the chain refused this step's weights, commit or reveal, if it did.
        public var weightsError: DispatchError?
    }

    /// The subnet.
    public let netuid: UInt16
    /// The node.
    public let client: Client
    /// The dendrite the queries go through.
    public let dendrite: Dendrite
    /// The settings.
    public let configuration: Configuration
    /// The subnet's metagraph.
    public let metagraph: MetagraphCache
    private let makeSynapse: @Sendable (Int) -> S
    private let reward: @Sendable (ValidatorRound<S>) async -> [Double]
    private let state: StateBox

    /// A validator signing as `hotkey`, building each step's query with `makeSynapse(step)` and scoring the
    /// round with `reward` (one reward per response, higher is better; failures should score 0). The saved
    /// state is loaded from `configuration.statePath`.
    /// - Throws: `ValidatorStateError`, or what reading the metagraph throws.
    public init(netuid: UInt16, hotkey: Keypair, client: Client, configuration: Configuration,
                makeSynapse: @escaping @Sendable (Int) -> S,
                rewardRound reward: @escaping @Sendable (ValidatorRound<S>) async -> [Double]) async throws {
        self.netuid = netuid
        self.client = client
        dendrite = Dendrite(keypair: hotkey)
        self.configuration = configuration
        metagraph = MetagraphCache(try await SubnetMetagraph(netuid: netuid, client: client))
        self.makeSynapse = makeSynapse
        self.reward = reward
        state = StateBox(try ValidatorState.load(from: configuration.statePath))
    }

    /// A validator whose reward function needs only the responses (in query order).
    /// - Throws: `ValidatorStateError`, or what reading the metagraph throws.
    public convenience init(netuid: UInt16, hotkey: Keypair, client: Client, configuration: Configuration,
                            makeSynapse: @escaping @Sendable (Int) -> S,
                            reward: @escaping @Sendable ([SynapseResponse<S>]) async -> [Double]) async throws {
        try await self.init(netuid: netuid, hotkey: hotkey, client: client, configuration: configuration,
                            makeSynapse: makeSynapse, rewardRound: { await reward($0.responses) })
    }

    /// The state as it stands.
    public var currentState: ValidatorState { state.value }

    /// Runs steps one after another until cancelled, logging each.
    public func run(logger: Logger = Logger(label: "validator"), pause: Duration = .seconds(1)) async {
        while !Task.isCancelled {
            do {
                let report = try await step()
                logger.debug("queried \(report.queried) rewards \(report.rewards) weights \(report.weightsAction ?? "-")")
            } catch {
                logger.warning("step failed: \(error)")
            }
            try? await Task.sleep(for: pause)
        }
    }

    /// One step: sync, sample, query, reward, average, save, and weights when due.
    public func step() async throws -> StepReport {
        try await metagraph.sync(client: client)
        let graph = metagraph.metagraph
        let me = try AccountId32(dendrite.keypair.publicKey)
        let serving = graph.uids.filter { uid in
            graph.axons[Int(uid)].port != 0 && graph.hotkeys[Int(uid)] != me
        }
        let sample = Array(serving.shuffled().prefix(configuration.sampleSize)).sorted()
        let targets = sample.map { uid in
            let axon = graph.axons[Int(uid)]
            return AxonTarget(ip: AxonIP.text(ip: axon.ip, type: axon.ipType), port: Int(axon.port),
                              hotkey: graph.hotkeys[Int(uid)].ss58Address)
        }
        var updated = state.value
        let responses = await dendrite.query(targets, makeSynapse(updated.steps), timeout: configuration.queryTimeout)
        let round = ValidatorRound(step: updated.steps, metagraph: graph, uids: sample,
                                   hotkeys: targets.map(\.hotkey), responses: responses)
        let rewards = sample.isEmpty ? [] : await reward(round)
        let alpha = configuration.movingAverageAlpha
        for (uid, value) in zip(sample, rewards) {
            let hotkey = graph.hotkeys[Int(uid)].ss58Address
            updated.scores[hotkey] = alpha * (value.isFinite ? max(0, value) : 0) + (1 - alpha) * (updated.scores[hotkey] ?? 0)
        }
        let registered = Set(graph.hotkeys.map(\.ss58Address))
        updated.scores = updated.scores.filter { registered.contains($0.key) }
        updated.steps += 1
        var report = StepReport(queried: sample, rewards: rewards, weights: [:], weightsAction: nil, weightsError: nil)
        try await weights(&updated, graph: graph, me: me, report: &report)
        try updated.save(to: configuration.statePath)
        state.value = updated
        return report
    }

    /// Reveals a due commit (and does nothing more that step); otherwise, when `epochLength` blocks have passed
    /// and the chain's rate limit allows, sets weights, or commits them if the subnet has commit-reveal on and no
    /// commit is waiting.
    private func weights(_ state: inout ValidatorState, graph: SubnetMetagraph, me: AccountId32,
                         report: inout StepReport) async throws {
        guard let myUID = graph.uid(of: me), let parameters = try await client.hyperparameters(netuid: netuid) else { return }
        for pending in state.pendingReveals {
            let arguments = WeightsArguments(netuid: netuid, uids: pending.uids, values: pending.values,
                                             salt: pending.salt, versionKey: pending.versionKey)
            let receipt = try await client.submit(.subtensor(.revealWeights(arguments)), signer: dendrite.keypair)
            if receipt.dispatchError == SubtensorError.revealTooEarly.dispatchError { continue }
            state.pendingReveals.removeAll { $0 == pending }
            report.weightsError = receipt.dispatchError
            if receipt.dispatchError == nil {
                report.weightsAction = "reveal"
                report.weights = Dictionary(uniqueKeysWithValues: zip(pending.uids, pending.values))
                return
            }
        }
        // One commit at a time: the next waits until the last is revealed (or dropped).
        if parameters.commitRevealWeightsEnabled, !state.pendingReveals.isEmpty { return }
        let sinceLast = Int(graph.block) - Int(state.lastWeightsBlock)
        let sinceUpdate = Int64(graph.block) - Int64(graph.lastUpdate[Int(myUID)])
        guard state.lastWeightsBlock == 0 || sinceLast >= configuration.epochLength,
              sinceUpdate > Int64(parameters.weightsRateLimit) || parameters.weightsRateLimit == 0 else { return }
        let scored = graph.uids.compactMap { uid -> (UInt16, Double)? in
            guard let score = state.scores[graph.hotkeys[Int(uid)].ss58Address], score > 0 else { return nil }
            return (uid, score)
        }
        guard let best = scored.map(\.1).max() else { return }
        let uids = scored.map(\.0)
        let values = scored.map { UInt16(min(65535, ($0.1 / best * 65535).rounded())) }
        if parameters.commitRevealWeightsEnabled {
            let salt = (0..<8).map { _ in UInt16.random(in: 0...UInt16.max) }
            let arguments = WeightsArguments(netuid: netuid, uids: uids, values: values, salt: salt,
                                             versionKey: parameters.weightsVersion)
            let receipt = try await client.submit(
                .subtensor(.commitWeights(netuid: netuid, commitHash: arguments.commitHash(hotkey: me))),
                signer: dendrite.keypair)
            report.weightsError = receipt.dispatchError
            guard receipt.dispatchError == nil else { return }
            state.pendingReveals.append(.init(uids: uids, values: values, salt: salt,
                                              versionKey: parameters.weightsVersion, committedAt: receipt.blockNumber))
            report.weightsAction = "commit"
        } else {
            let arguments = WeightsArguments(netuid: netuid, uids: uids, values: values, salt: [],
                                             versionKey: parameters.weightsVersion)
            let receipt = try await client.submit(.subtensor(.setWeights(arguments)), signer: dendrite.keypair)
            report.weightsError = receipt.dispatchError
            guard receipt.dispatchError == nil else { return }
            report.weightsAction = "set"
        }
        report.weights = Dictionary(uniqueKeysWithValues: zip(uids, values))
        state.lastWeightsBlock = graph.block
    }
}

/// The validator's state, shared between steps.
private final class StateBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: ValidatorState

    init(_ state: ValidatorState) { stored = state }

    var value: ValidatorState {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
