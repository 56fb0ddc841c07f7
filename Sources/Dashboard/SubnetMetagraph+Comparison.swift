import Client

extension SubnetMetagraph {
    /// Whether `other` holds the same neurons with the same values, whatever block each was read at (compared
    /// as read, without converting a key to its address).
    func showsTheSame(as other: SubnetMetagraph) -> Bool {
        guard uids == other.uids, hotkeys == other.hotkeys, coldkeys == other.coldkeys else { return false }
        guard incentive == other.incentive, dividends == other.dividends, emission == other.emission else { return false }
        guard alphaStake == other.alphaStake, taoStake == other.taoStake, consensus == other.consensus else { return false }
        guard validatorTrust == other.validatorTrust, active == other.active, validatorPermit == other.validatorPermit else {
            return false
        }
        return axons == other.axons && weights == other.weights
    }
}
