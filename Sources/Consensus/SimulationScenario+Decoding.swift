extension SimulationScenario: SimulatorInput {
    /// Decodes the scenario format strictly: unknown keys, wrong types and malformed weight entries are
    /// errors, and absent hyperparameters take `EpochHyperparameters.newSubnet`'s values. Ranges and UIDs
    /// are checked by `validate()`.
    /// - Throws: `EpochInputError` or `DecodingError` (see `EpochInputError(decoding:)`).
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let object = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SimulationScenario(n: 0, stakeRao: [], segments: [])
        let tempo = try object.decodeIfPresent(UInt64.self, forKey: .tempo) ?? defaults.tempo
        self.init(
            description: try object.decodeIfPresent(String.self, forKey: .description),
            n: try object.decode(Int.self, forKey: .n),
            names: try object.decodeIfPresent([String].self, forKey: .names),
            stakeRao: try object.decode([UInt64].self, forKey: .stakeRao),
            hyperparameters: try object.decodeIfPresent(Strict<EpochHyperparameters>.self,
                                                        forKey: .hyperparameters)?.value ?? .newSubnet,
            tempo: tempo,
            activityCutoffBlocks: try object.decodeIfPresent(UInt64.self, forKey: .activityCutoffBlocks),
            emissionRao: try object.decodeIfPresent(UInt64.self, forKey: .emissionRao) ?? defaults.emissionRao,
            ownerUID: try object.decodeIfPresent(Int.self, forKey: .ownerUID),
            segments: try object.decode([Segment].self, forKey: .segments))
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case description, n, names, tempo, segments
        case stakeRao = "stake_rao"
        case hyperparameters
        case activityCutoffBlocks = "activity_cutoff_blocks"
        case emissionRao = "emission_rao"
        case ownerUID = "owner_uid"
    }
}

extension SimulationScenario.Segment: Decodable {
    /// Decodes one segment strictly; UID keys must be decimal integers (their range is checked by
    /// `SimulationScenario.validate()`).
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let object = try decoder.container(keyedBy: CodingKeys.self)
        let path = decoder.codingPath
        let rows = try object.decodeIfPresent([String: [[UInt16]]].self, forKey: .weights) ?? [:]
        var weights = [Int: [SparseU16Entry]]()
        for (key, entries) in rows.sorted(by: { $0.key < $1.key }) {
            let field = jsonPath(path + [CodingKeys.weights, JSONKey(stringValue: key)])
            weights[try Self.uid(key, field: field)] = try sparseRow(entries, field: field)
        }
        let stakeChanges = try object.decodeIfPresent([String: UInt64].self, forKey: .stakeRao) ?? [:]
        var stakes = [Int: UInt64]()
        for (key, stake) in stakeChanges.sorted(by: { $0.key < $1.key }) {
            stakes[try Self.uid(key, field: jsonPath(path + [CodingKeys.stakeRao, JSONKey(stringValue: key)]))] = stake
        }
        self.init(label: try object.decodeIfPresent(String.self, forKey: .label),
                  epochs: try object.decode(Int.self, forKey: .epochs), weights: weights, stakeRao: stakes)
    }

    /// A UID written as an object key.
    static func uid(_ key: String, field: String) throws(EpochInputError) -> Int {
        guard let uid = Int(key), uid >= 0, String(uid) == key else {
            throw EpochInputError(.wrongType, field: field, "key must be a UID (a decimal integer)")
        }
        return uid
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case label, epochs, weights
        case stakeRao = "stake_rao"
    }
}

/// A sparse row written as `[[uid, value], …]`, checking that every entry is a pair.
func sparseRow(_ entries: [[UInt16]], field: String) throws(EpochInputError) -> [SparseU16Entry] {
    try entries.enumerated().map { (index, entry) throws(EpochInputError) in
        guard entry.count == 2 else {
            throw EpochInputError(.malformedEntry, field: field + "[\(index)]",
                                  "expected a [uid, value] pair, found \(entry.count) numbers")
        }
        return SparseU16Entry(uid: entry[0], value: entry[1])
    }
}
