extension ScaleReader {
    /// Reads an enum's variant index and checks it names one of `variantCount` variants.
    /// - Throws: `ScaleError.invalidTag` for an index with no variant.
    public mutating func readVariantIndex(of typeName: String, variantCount: Int) throws -> UInt8 {
        let offset = position
        let index = try readByte()
        guard Int(index) < variantCount else {
            throw ScaleError(.invalidTag, "\(typeName) has no variant \(index) (offset \(offset))")
        }
        return index
    }
}
