extension EpochHyperparameters {
    /// The values a subnet gets when it is registered in production (specs/chain.md §6.2): the "new
    /// subnet" column where `init_new_network` writes one (Yuma3 on, 64 validators), else the runtime
    /// default (kappa 32767, bonds penalty 65535, bonds moving average 900_000, liquid alpha off with
    /// alpha values (45875, 58982) and steepness 1000, bonds reset off, stake threshold 0).
    public static let newSubnet = EpochHyperparameters(
        kappa: 32767, bondsPenalty: 65535, bondsMovingAverage: 900_000, liquidAlpha: false, alphaLow: 45875,
        alphaHigh: 58982, alphaSigmoidSteepness: 1000, yuma3: true, bondsReset: false, maxAllowedValidators: 64,
        stakeThreshold: 0)

    /// Decodes a `sim_hyperparameters`-shaped object strictly: unknown keys, `null` values and wrong types
    /// are errors, and absent keys take `newSubnet`'s values. Ranges are checked by `validate()`.
    /// - Throws: `EpochInputError` or `DecodingError` (see `EpochInputError(decoding:)`).
    public init(strictFrom decoder: Decoder) throws {
        try self.init(from: decoder, defaults: .newSubnet, strict: true)
    }
}
