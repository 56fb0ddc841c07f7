extension EpochInput {
    /// Decodes an `epoch_input`-shaped object strictly: unknown keys, wrong types and sparse entries that
    /// are not `[uid, value]` pairs are errors. Consistency (lengths, UIDs) is checked by `validate()`.
    /// - Throws: `EpochInputError` or `DecodingError` (see `EpochInputError(decoding:)`).
    public init(strictFrom decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        try self.init(from: decoder)
        let object = try decoder.container(keyedBy: CodingKeys.self)
        for key in [CodingKeys.weights, .bondsPrev] {
            for (row, entries) in try object.decode([[[UInt16]]].self, forKey: key).enumerated() {
                _ = try sparseRow(entries, field: jsonPath(decoder.codingPath + [key]) + "[\(row)]")
            }
        }
    }
}
