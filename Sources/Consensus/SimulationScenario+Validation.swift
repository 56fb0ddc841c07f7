extension SimulationScenario {
    /// Checks that the scenario can run: `1 <= n <= EpochInput.maxUIDs`; `names` (when given) and
    /// `stake_rao` have `n` entries; `owner_uid` is a UID; `tempo` is in `1...65535` (a `u16` on chain);
    /// the hyperparameters pass their own validation; there is at least one segment, each runs at least one
    /// epoch, all together at most `maxEpochs`; and every segment's UIDs (stake keys, weight-row keys and
    /// weight targets, distinct per row) are below `n`.
    /// - Throws: `EpochInputError` naming the first offending field.
    public func validate() throws(EpochInputError) {
        guard n >= 1 else { throw EpochInputError(.outOfRange, field: "n", "must be at least 1, got \(n)") }
        guard n <= EpochInput.maxUIDs else {
            throw EpochInputError(.tooManyUIDs, field: "n", "\(n) UIDs is more than the maximum \(EpochInput.maxUIDs)")
        }
        if let names { try EpochInput.checkLength("names", names.count, n: n) }
        try EpochInput.checkLength("stake_rao", stakeRao.count, n: n)
        if let ownerUID { try EpochInput.checkUID(ownerUID, n: n, field: "owner_uid") }
        guard (1...UInt64(UInt16.max)).contains(tempo) else {
            throw EpochInputError(.outOfRange, field: "tempo", "must be in 1...65535, got \(tempo)")
        }
        do { try hyperparameters.validate() } catch { throw error.nested(in: "hyperparameters") }
        guard !segments.isEmpty else {
            throw EpochInputError(.outOfRange, field: "segments", "must list at least one segment")
        }
        for (index, segment) in segments.enumerated() {
            try segment.validate(n: n, field: "segments[\(index)]")
        }
        guard totalEpochs <= Self.maxEpochs else {
            throw EpochInputError(.outOfRange, field: "segments",
                                  "run \(totalEpochs) epochs in all, more than the maximum \(Self.maxEpochs)")
        }
    }
}

extension SimulationScenario.Segment {
    /// Checks the epoch count and that every UID the segment names is below `n`.
    func validate(n: Int, field: String) throws(EpochInputError) {
        guard (1...SimulationScenario.maxEpochs).contains(epochs) else {
            throw EpochInputError(.outOfRange, field: field + ".epochs",
                                  "must be in 1...\(SimulationScenario.maxEpochs), got \(epochs)")
        }
        for uid in stakeRao.keys.sorted() {
            try EpochInput.checkUID(uid, n: n, field: field + ".stake_rao.\(uid)")
        }
        for (uid, row) in weights.sorted(by: { $0.key < $1.key }) {
            try EpochInput.checkUID(uid, n: n, field: field + ".weights.\(uid)")
            try EpochInput.checkRow(field + ".weights.\(uid)", row.map(\.uid), n: n)
        }
    }
}
