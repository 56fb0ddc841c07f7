/// The odd multiples 1·B, 3·B, …, 127·B of the Ed25519 base point in affine Niels form, for
/// width-8 NAF digits in variable-time multiplication.
///
/// Built once, on first use (64 additions and 64 inversions, well under a millisecond).
enum BasepointNAFTable {
    /// The NAF width that the table serves.
    static let width = 8

    /// `entries[i]` holds (2i + 1)·B.
    static let entries: [AffineNielsPoint] = oddMultiples(of: .basepoint, count: 1 << (width - 2))
        .map(\.affineNiels)

    /// `shiftedEntries[i]` holds (2i + 1)·2^128·B, for the upper half of a split base-point scalar.
    static let shiftedEntries: [AffineNielsPoint] = {
        var shifted = EdwardsPoint.basepoint
        for _ in 0..<128 { shifted = shifted.doubled() }
        return oddMultiples(of: shifted, count: 1 << (width - 2)).map(\.affineNiels)
    }()
}

/// The odd multiples P, 3P, 5P, …, (2·count − 1)·P in extended coordinates.
func oddMultiples(of point: EdwardsPoint, count: Int) -> [EdwardsPoint] {
    let twice = point.doubled().cached
    var multiples = [point]
    multiples.reserveCapacity(count)
    for i in 1..<count {
        multiples.append((multiples[i - 1] + twice).extended)
    }
    return multiples
}
