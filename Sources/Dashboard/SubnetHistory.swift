import Client

/// A subnet's per-neuron incentive, dividends, emission and stake over time: one sample each time any of them
/// changed (in practice once per epoch, plus staking), the newest `capacity` kept.
struct SubnetHistory: Sendable {
    /// The values at one block.
    struct Sample: Sendable, Equatable {
        /// The block the metagraph was read at.
        let block: UInt32
        /// The neurons' hotkeys (SS58), by uid.
        let hotkeys: [String]
        /// Incentive by uid, in [0, 1].
        let incentive: [Double]
        /// Dividends by uid, in [0, 1].
        let dividends: [Double]
        /// Emission by uid in the last epoch, rao of alpha.
        let emission: [UInt64]
        /// Alpha stake by uid, rao.
        let stake: [UInt64]

        /// `metagraph`'s values.
        init(_ metagraph: SubnetMetagraph) {
            self.init(block: metagraph.block, hotkeys: metagraph.hotkeys.map(\.ss58Address), incentive: metagraph.incentive,
                      dividends: metagraph.dividends, emission: metagraph.emission, stake: metagraph.alphaStake)
        }

        /// The values given.
        init(block: UInt32, hotkeys: [String], incentive: [Double], dividends: [Double], emission: [UInt64], stake: [UInt64]) {
            self.block = block
            self.hotkeys = hotkeys
            self.incentive = incentive
            self.dividends = dividends
            self.emission = emission
            self.stake = stake
        }

        /// The same values, ignoring the block.
        func sameValues(as other: Sample) -> Bool {
            hotkeys == other.hotkeys && incentive == other.incentive && dividends == other.dividends
                && emission == other.emission && stake == other.stake
        }
    }

    /// How many samples are kept.
    static let capacity = 240

    /// The samples, oldest first.
    private(set) var samples: [Sample] = []

    /// Adds `sample` when its values differ from the last sample's. Unchanged hotkeys share the last sample's
    /// array, so a long history holds one copy of them.
    mutating func record(_ sample: Sample) {
        var sample = sample
        if let last = samples.last {
            if last.sameValues(as: sample) { return }
            if last.hotkeys == sample.hotkeys {
                sample = Sample(block: sample.block, hotkeys: last.hotkeys, incentive: sample.incentive,
                                dividends: sample.dividends, emission: sample.emission, stake: sample.stake)
            }
        }
        samples.append(sample)
        if samples.count > Self.capacity { samples.removeFirst(samples.count - Self.capacity) }
    }
}
