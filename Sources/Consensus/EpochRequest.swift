/// The input of `btcli sim epoch`: `{"hyperparameters": {…}, "epoch_input": {…}}`, decoded strictly.
///
/// The two objects have the shapes of a case's `sim_hyperparameters` and a step's `epoch_input` in
/// `Tests/Fixtures/yuma-public.json`. `hyperparameters`, or any key inside it, may be left out: absent values
/// are `EpochHyperparameters.newSubnet`'s. Decoding rejects unknown keys at any level and wrong types;
/// `validate()` rejects inconsistent lengths, UIDs and hyperparameter ranges.
public struct EpochRequest: SimulatorInput {
    /// The hyperparameters to run with.
    public var hyperparameters: EpochHyperparameters
    /// The subnet state to run on.
    public var input: EpochInput

    /// Decodes strictly (see the type's discussion).
    /// - Throws: `EpochInputError` or `DecodingError` (see `EpochInputError(decoding:)`).
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let object = try decoder.container(keyedBy: CodingKeys.self)
        hyperparameters = try object.decodeIfPresent(Strict<EpochHyperparameters>.self, forKey: .hyperparameters)?.value
            ?? .newSubnet
        input = try object.decode(Strict<EpochInput>.self, forKey: .input).value
    }

    /// Checks the hyperparameters' ranges and the input's consistency; field paths start at the document.
    /// - Throws: `EpochInputError`.
    public func validate() throws(EpochInputError) {
        do { try hyperparameters.validate() } catch { throw error.nested(in: CodingKeys.hyperparameters.stringValue) }
        do { try input.validate() } catch { throw error.nested(in: CodingKeys.input.stringValue) }
    }

    /// Runs the epoch.
    public func run() -> EpochOutput { Yuma.epoch(input, hyperparameters) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case hyperparameters
        case input = "epoch_input"
    }
}
