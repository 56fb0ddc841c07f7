import SCALE

/// A subnet's hyperparameters, as `SubnetInfoRuntimeApi_get_subnet_hyperparams` returns them (subtensor's
/// `SubnetHyperparams`, version 1: it ends at `liquid_alpha_enabled`).
public struct SubnetHyperparameters: Equatable, Sendable, ScaleCodable {
    public var rho: UInt16
    public var kappa: UInt16
    public var immunityPeriod: UInt16
    public var minAllowedWeights: UInt16
    public var maxWeightsLimit: UInt16
    public var tempo: UInt16
    public var minDifficulty: UInt64
    public var maxDifficulty: UInt64
    public var weightsVersion: UInt64
    public var weightsRateLimit: UInt64
    public var adjustmentInterval: UInt16
    public var activityCutoff: UInt64
    public var registrationAllowed: Bool
    public var targetRegsPerInterval: UInt16
    public var minBurn: UInt64
    public var maxBurn: UInt64
    public var bondsMovingAvg: UInt64
    public var maxRegsPerBlock: UInt16
    public var servingRateLimit: UInt64
    public var maxValidators: UInt16
    public var adjustmentAlpha: UInt64
    public var difficulty: UInt64
    public var commitRevealPeriod: UInt64
    public var commitRevealWeightsEnabled: Bool
    public var alphaHigh: UInt16
    public var alphaLow: UInt16
    public var liquidAlphaEnabled: Bool

    /// A value with every field given.
    public init(rho: UInt16, kappa: UInt16, immunityPeriod: UInt16, minAllowedWeights: UInt16,
                maxWeightsLimit: UInt16, tempo: UInt16, minDifficulty: UInt64, maxDifficulty: UInt64,
                weightsVersion: UInt64, weightsRateLimit: UInt64, adjustmentInterval: UInt16, activityCutoff: UInt64,
                registrationAllowed: Bool, targetRegsPerInterval: UInt16, minBurn: UInt64, maxBurn: UInt64,
                bondsMovingAvg: UInt64, maxRegsPerBlock: UInt16, servingRateLimit: UInt64, maxValidators: UInt16,
                adjustmentAlpha: UInt64, difficulty: UInt64, commitRevealPeriod: UInt64,
                commitRevealWeightsEnabled: Bool, alphaHigh: UInt16, alphaLow: UInt16, liquidAlphaEnabled: Bool) {
        self.rho = rho
        self.kappa = kappa
        self.immunityPeriod = immunityPeriod
        self.minAllowedWeights = minAllowedWeights
        self.maxWeightsLimit = maxWeightsLimit
        self.tempo = tempo
        self.minDifficulty = minDifficulty
        self.maxDifficulty = maxDifficulty
        self.weightsVersion = weightsVersion
        self.weightsRateLimit = weightsRateLimit
        self.adjustmentInterval = adjustmentInterval
        self.activityCutoff = activityCutoff
        self.registrationAllowed = registrationAllowed
        self.targetRegsPerInterval = targetRegsPerInterval
        self.minBurn = minBurn
        self.maxBurn = maxBurn
        self.bondsMovingAvg = bondsMovingAvg
        self.maxRegsPerBlock = maxRegsPerBlock
        self.servingRateLimit = servingRateLimit
        self.maxValidators = maxValidators
        self.adjustmentAlpha = adjustmentAlpha
        self.difficulty = difficulty
        self.commitRevealPeriod = commitRevealPeriod
        self.commitRevealWeightsEnabled = commitRevealWeightsEnabled
        self.alphaHigh = alphaHigh
        self.alphaLow = alphaLow
        self.liquidAlphaEnabled = liquidAlphaEnabled
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(rho), Compact(kappa), Compact(immunityPeriod), Compact(minAllowedWeights), Compact(maxWeightsLimit), Compact(tempo))
        writer.encode(Compact(minDifficulty), Compact(maxDifficulty), Compact(weightsVersion), Compact(weightsRateLimit))
        writer.encode(Compact(adjustmentInterval), Compact(activityCutoff), registrationAllowed, Compact(targetRegsPerInterval))
        writer.encode(Compact(minBurn), Compact(maxBurn), Compact(bondsMovingAvg), Compact(maxRegsPerBlock), Compact(servingRateLimit))
        writer.encode(Compact(maxValidators), Compact(adjustmentAlpha), Compact(difficulty), Compact(commitRevealPeriod))
        writer.encode(commitRevealWeightsEnabled, Compact(alphaHigh), Compact(alphaLow), liquidAlphaEnabled)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let a = try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt16>.self, Compact<UInt16>.self,
                                  Compact<UInt16>.self, Compact<UInt16>.self)
        (rho, kappa, immunityPeriod, minAllowedWeights, maxWeightsLimit, tempo) = (a.0.value, a.1.value, a.2.value, a.3.value, a.4.value, a.5.value)
        let b = try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self, Compact<UInt64>.self, Compact<UInt64>.self)
        (minDifficulty, maxDifficulty, weightsVersion, weightsRateLimit) = (b.0.value, b.1.value, b.2.value, b.3.value)
        let c = try reader.decode(Compact<UInt16>.self, Compact<UInt64>.self, Bool.self, Compact<UInt16>.self)
        (adjustmentInterval, activityCutoff, registrationAllowed, targetRegsPerInterval) = (c.0.value, c.1.value, c.2, c.3.value)
        let d = try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self, Compact<UInt64>.self, Compact<UInt16>.self, Compact<UInt64>.self)
        (minBurn, maxBurn, bondsMovingAvg, maxRegsPerBlock, servingRateLimit) = (d.0.value, d.1.value, d.2.value, d.3.value, d.4.value)
        let e = try reader.decode(Compact<UInt16>.self, Compact<UInt64>.self, Compact<UInt64>.self, Compact<UInt64>.self)
        (maxValidators, adjustmentAlpha, difficulty, commitRevealPeriod) = (e.0.value, e.1.value, e.2.value, e.3.value)
        let f = try reader.decode(Bool.self, Compact<UInt16>.self, Compact<UInt16>.self, Bool.self)
        (commitRevealWeightsEnabled, alphaHigh, alphaLow, liquidAlphaEnabled) = (f.0, f.1.value, f.2.value, f.3)
    }
}
