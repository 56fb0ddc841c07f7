import FixedPoint

extension Yuma {
    /// The three emission vectors of one epoch, in rao.
    struct Emissions {
        var server: [UInt64]
        var validator: [UInt64]
        var combined: [UInt64]
    }

    /// §1.11: incentive and dividends normalised by the sum of `I + D`; with a zero sum the validator and
    /// combined emissions follow active stake (or raw stake when no stake is active).
    static func splitEmission(
        incentive: [I32F32], dividends: [I32F32], stake: [I32F32], activeStake: [I32F32], raoEmission: UInt64
    ) -> Emissions {
        let combined = zip(incentive, dividends).map { $0.saturatingAdd($1) }
        let emissionSum = VectorMath.sum(combined)
        var server = incentive
        var validator = dividends
        var combinedNorm = combined
        VectorMath.normalize(&server, usingSum: emissionSum)
        VectorMath.normalize(&validator, usingSum: emissionSum)
        VectorMath.normalize(&combinedNorm)
        if emissionSum == .zero {
            if activeStake.allSatisfy({ $0 == .zero }) {
                validator = stake
                combinedNorm = stake
            } else {
                validator = activeStake
                combinedNorm = activeStake
            }
        }
        let rao = I96F32(saturating: raoEmission)
        func toRao(_ x: I32F32) -> UInt64 { I96F32(saturating: x).saturatingMul(rao).saturatingInteger(UInt64.self) }
        return Emissions(server: server.map(toRao), validator: validator.map(toRao), combined: combinedNorm.map(toRao))
    }
}
