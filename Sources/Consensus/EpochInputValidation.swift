extension EpochInput {
    /// The largest `n` accepted: the upper bound owners may raise `MaxAllowedUids` to.
    public static let maxUIDs = 4096

    /// Checks that the input is a consistent subnet state: `0 <= n <= maxUIDs`, every per-UID vector and
    /// sparse matrix has exactly `n` entries or rows, every sparse entry names a UID below `n` at most once
    /// per row, and `owner_uid` (when set) is a UID.
    ///
    /// `Yuma.epoch` itself tolerates all of these (it pads, truncates and skips as subtensor does); this is
    /// for inputs written by hand, where a mismatch is a mistake.
    /// - Throws: `EpochInputError` naming the first offending field (JSON key names) and what is wrong.
    public func validate() throws(EpochInputError) {
        guard n >= 0 else { throw EpochInputError(.outOfRange, field: "n", "must not be negative, got \(n)") }
        guard n <= Self.maxUIDs else {
            throw EpochInputError(.tooManyUIDs, field: "n", "\(n) UIDs is more than the maximum \(Self.maxUIDs)")
        }
        try Self.checkLength("last_update", lastUpdate.count, n: n)
        try Self.checkLength("block_at_registration", blockAtRegistration.count, n: n)
        try Self.checkLength("alpha_stake_rao", alphaStakeRao.count, n: n)
        if let rootStakeRao { try Self.checkLength("root_stake_rao", rootStakeRao.count, n: n) }
        try Self.checkLength("validator_permit_prev", validatorPermitPrev.count, n: n)
        if let weightCommitBlock { try Self.checkLength("weight_commit_block", weightCommitBlock.count, n: n) }
        try Self.checkMatrix("weights_u16_sparse", weights.map { $0.map(\.uid) }, n: n)
        try Self.checkMatrix("bonds_u16_sparse_prev", bondsPrev.map { $0.map(\.uid) }, n: n)
        if let ownerUID { try Self.checkUID(ownerUID, n: n, field: "owner_uid") }
    }

    /// Throws `uidOutOfRange` unless `0 <= uid < n`.
    static func checkUID(_ uid: Int, n: Int, field: String) throws(EpochInputError) {
        guard uid >= 0, uid < n else {
            throw EpochInputError(.uidOutOfRange, field: field, "UID \(uid) is not below n = \(n)")
        }
    }

    /// Throws `lengthMismatch` unless a per-UID vector has `n` entries.
    static func checkLength(_ field: String, _ count: Int, n: Int) throws(EpochInputError) {
        guard count == n else {
            throw EpochInputError(.lengthMismatch, field: field, "has \(count) entries, expected n = \(n)")
        }
    }

    /// Throws unless a sparse matrix (given as its rows' UIDs) has `n` rows, each naming distinct UIDs below `n`.
    static func checkMatrix(_ field: String, _ rows: [[UInt16]], n: Int) throws(EpochInputError) {
        guard rows.count == n else {
            throw EpochInputError(.rowCountMismatch, field: field, "has \(rows.count) rows, expected n = \(n)")
        }
        for (row, uids) in rows.enumerated() {
            try checkRow("\(field)[\(row)]", uids, n: n)
        }
    }

    /// Throws unless every UID of one sparse row is below `n` and appears once.
    static func checkRow(_ field: String, _ uids: [UInt16], n: Int) throws(EpochInputError) {
        var seen = Set<UInt16>()
        for uid in uids {
            guard Int(uid) < n else {
                throw EpochInputError(.uidOutOfRange, field: field, "names UID \(uid), which is not below n = \(n)")
            }
            guard seen.insert(uid).inserted else {
                throw EpochInputError(.duplicateUID, field: field, "names UID \(uid) more than once")
            }
        }
    }
}

extension EpochHyperparameters {
    /// Checks the ranges the chain enforces (specs/chain.md §6.2): `alpha_low` and `alpha_high` at least 1638
    /// with `alpha_low <= alpha_high`, `max_allowed_validators` a `u16`; and `bonds_moving_average` at most
    /// 1_000_000, since above it the EMA factor α = 1 − bma/1e6 would be negative.
    /// - Throws: `EpochInputError` naming the offending key.
    public func validate() throws(EpochInputError) {
        guard (0...Int(UInt16.max)).contains(maxAllowedValidators) else {
            throw EpochInputError(.outOfRange, field: "max_allowed_validators",
                                  "must be in 0...65535, got \(maxAllowedValidators)")
        }
        guard bondsMovingAverage <= 1_000_000 else {
            throw EpochInputError(.outOfRange, field: "bonds_moving_average",
                                  "must be at most 1000000, got \(bondsMovingAverage)")
        }
        for (field, value) in [("alpha_low", alphaLow), ("alpha_high", alphaHigh)] where value < 1638 {
            throw EpochInputError(.outOfRange, field: field, "must be at least 1638, got \(value)")
        }
        guard alphaLow <= alphaHigh else {
            throw EpochInputError(.outOfRange, field: "alpha_low",
                                  "must not exceed alpha_high (\(alphaHigh)), got \(alphaLow)")
        }
    }
}
