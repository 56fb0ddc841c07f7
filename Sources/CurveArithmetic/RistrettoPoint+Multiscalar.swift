extension RistrettoPoint {
    /// Whether `base·B + Σ scalars[j]·points[j]` is the identity of ristretto255, in variable time: the check
    /// behind batch verification of Schnorr signatures.
    ///
    /// Straus interleaving over one shared chain of doublings: width-5 NAFs over per-point tables of odd
    /// multiples and a width-8 NAF over the precomputed base-point table, so each extra point costs only its
    /// additions. Only for public values.
    ///
    /// - Parameters:
    ///   - base: 32-byte little-endian scalar for the base point.
    ///   - scalars: 32-byte little-endian scalars, one per point.
    ///   - points: the points.
    public static func vartimeMultiscalarIsIdentity(base: [UInt8], scalars: [[UInt8]], points: [RistrettoPoint]) -> Bool {
        precondition(scalars.count == points.count, "one scalar per point")
        precondition(base.count == 32 && scalars.allSatisfy { $0.count == 32 }, "scalars are 32 bytes")
        let width = 5
        let digits = scalars.map { nonAdjacentForm($0, width: width) }
        let tables = points.map { oddMultiples(of: $0.edwards, count: 1 << (width - 2)).map(\.cached) }
        let baseDigits = nonAdjacentForm(base, width: BasepointNAFTable.width)
        let baseTable = BasepointNAFTable.entries
        var top = 256
        while top > 0 && baseDigits[top] == 0 && digits.allSatisfy({ $0[top] == 0 }) {
            top -= 1
        }
        var accumulator = ProjectivePoint.identity
        var i = top
        while true {
            var step = accumulator.doubled()
            for j in digits.indices where digits[j][i] != 0 {
                step = step.adding(digit: digits[j][i], from: tables[j])
            }
            step = step.adding(digit: baseDigits[i], from: baseTable)
            if i == 0 {
                let sum = step.extended
                return sum.X.isZero || sum.Y.isZero
            }
            accumulator = step.projective
            i -= 1
        }
    }
}
