import Primitives

/// A subnet's neurons as miners and validators use them (Bittensor's `Metagraph`): one entry per uid, read at
/// one block from subtensor's runtime APIs as they split it: `get_neurons_lite` (identities, axons, scores),
/// `get_subnet_state` (stakes), and `get_neurons` instead of the lite call when weights and bonds are wanted.
/// `sync` refreshes it in place.
public struct SubnetMetagraph: Sendable {
    /// The subnet.
    public let netuid: UInt16
    /// The block it was read at.
    public private(set) var block: UInt32 = 0
    /// The uids, 0 … n−1.
    public private(set) var uids: [UInt16] = []
    /// Each neuron's hotkey.
    public private(set) var hotkeys: [AccountId32] = []
    /// Each neuron's coldkey.
    public private(set) var coldkeys: [AccountId32] = []
    /// Whether each neuron set weights or was registered within the activity cutoff.
    public private(set) var active: [Bool] = []
    /// Whether each neuron may validate (set weights that count).
    public private(set) var validatorPermit: [Bool] = []
    /// The block each neuron last set weights (or registered).
    public private(set) var lastUpdate: [UInt64] = []
    /// Each neuron's share of the miners' emission at the last epoch, 0–1.
    public private(set) var incentive: [Double] = []
    /// Each neuron's share of the validators' emission at the last epoch, 0–1.
    public private(set) var dividends: [Double] = []
    /// Each neuron's consensus weight, 0–1.
    public private(set) var consensus: [Double] = []
    /// Each validator's trust, 0–1.
    public private(set) var validatorTrust: [Double] = []
    /// Each neuron's emission at the last epoch, in rao of the subnet's alpha.
    public private(set) var emission: [UInt64] = []
    /// Each hotkey's alpha stake on the subnet, in rao.
    public private(set) var alphaStake: [UInt64] = []
    /// Each hotkey's root (TAO) stake, in rao.
    public private(set) var taoStake: [UInt64] = []
    /// Each hotkey's stake weight: alpha plus weighted root stake, in rao.
    public private(set) var totalStake: [UInt64] = []
    /// Where each neuron serves.
    public private(set) var axons: [AxonInfo] = []
    /// Each neuron's weights as a dense row over the uids (u16 values); nil after a lite sync.
    public private(set) var weights: [[UInt16]]?
    /// Each neuron's bonds as a dense row over the uids; nil after a lite sync.
    public private(set) var bonds: [[UInt16]]?

    /// The number of neurons.
    public var n: Int { uids.count }

    /// The subnet's metagraph, read now.
    /// - Parameter lite: leave weights and bonds out (one call fewer, much less data).
    /// - Throws: `ClientError`, or `SubnetMetagraph.NotFound` when the subnet does not exist.
    public init(netuid: UInt16, client: Client, lite: Bool = true) async throws {
        self.netuid = netuid
        try await sync(client: client, lite: lite)
    }

    /// The chain has no subnet with this netuid.
    public struct NotFound: Error, CustomStringConvertible {
        /// The netuid asked for.
        public let netuid: UInt16
        public var description: String { "subnet \(netuid) does not exist" }
    }

    /// Reads the metagraph again, at the best block, in place.
    /// - Throws: `ClientError`, or `NotFound` when the subnet no longer exists; the metagraph is unchanged then.
    public mutating func sync(client: Client, lite: Bool = true) async throws {
        let header = try await client.header()
        let hash = header.hash
        guard let state = try await client.subnetState(netuid: netuid, at: hash) else { throw NotFound(netuid: netuid) }
        let neurons: [NeuronInfoLite]
        var full: [NeuronInfo] = []
        if lite {
            neurons = try await client.neuronsLite(netuid: netuid, at: hash)
        } else {
            full = try await client.neurons(netuid: netuid, at: hash)
            neurons = full.map(\.neuron)
        }
        let ordered = neurons.sorted { $0.uid < $1.uid }
        let fraction = { (value: UInt16) in Double(value) / 65535 }
        block = header.number
        uids = ordered.map(\.uid)
        hotkeys = ordered.map(\.hotkey)
        coldkeys = ordered.map(\.coldkey)
        active = ordered.map(\.active)
        validatorPermit = ordered.map(\.validatorPermit)
        lastUpdate = ordered.map(\.lastUpdate)
        incentive = ordered.map { fraction($0.incentive) }
        dividends = ordered.map { fraction($0.dividends) }
        consensus = ordered.map { fraction($0.consensus) }
        validatorTrust = ordered.map { fraction($0.validatorTrust) }
        emission = ordered.map(\.emission)
        axons = ordered.map(\.axonInfo)
        let byUID = { (values: [UInt64]) in ordered.map { Int($0.uid) < values.count ? values[Int($0.uid)] : 0 } }
        alphaStake = byUID(state.alphaStake)
        taoStake = byUID(state.taoStake)
        totalStake = byUID(state.totalStake)
        if lite {
            weights = nil
            bonds = nil
        } else {
            let dense = { (entries: [(uid: UInt16, value: UInt16)]) -> [UInt16] in
                var row = [UInt16](repeating: 0, count: ordered.count)
                for entry in entries where Int(entry.uid) < row.count { row[Int(entry.uid)] = entry.value }
                return row
            }
            let sorted = full.sorted { $0.neuron.uid < $1.neuron.uid }
            weights = sorted.map { dense($0.weights.map { ($0.uid, $0.weight) }) }
            bonds = sorted.map { dense($0.bonds.map { ($0.uid, $0.bond) }) }
        }
    }

    /// The uid of `hotkey`, if it is registered.
    public func uid(of hotkey: AccountId32) -> UInt16? {
        hotkeys.firstIndex(of: hotkey).map { uids[$0] }
    }
}
