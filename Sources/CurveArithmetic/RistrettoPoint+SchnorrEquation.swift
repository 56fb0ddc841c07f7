extension RistrettoPoint {
    /// Whether `s·B − k·A == R` in the ristretto255 group: the equation a Schnorr signature satisfies.
    ///
    /// Checked as `(c1·s)·B − c0·A − c1·R ∈ E[4]` with the half-size decomposition `c0 ≡ c1·k (mod l)`
    /// (Pornin's trick): multiplying by the invertible c1 changes nothing in a group of prime order, and
    /// the four half-length scalars need only ~128 doublings instead of ~253. The base-point scalar is
    /// split at 2^128 over two precomputed tables. Variable time: for public values only.
    ///
    /// - Parameters:
    ///   - s: the signature scalar, 32 bytes little-endian.
    ///   - k: the challenge scalar, 32 bytes little-endian.
    ///   - publicKey: A.
    ///   - commitment: R, decoded from the signature.
    public static func vartimeSchnorrEquationHolds(
        s: [UInt8], k: [UInt8], publicKey: RistrettoPoint, commitment: RistrettoPoint
    ) -> Bool {
        precondition(s.count == 32 && k.count == 32, "scalars are 32 bytes")
        let split = HalfSizeScalars(decomposing: k)
        let u = ScalarModOrder.multiply(split.c1ModOrder, s)
        let uLow = Array(u[0..<16]) + [UInt8](repeating: 0, count: 16)
        let uHigh = Array(u[16..<32]) + [UInt8](repeating: 0, count: 16)
        let rPoint = split.c1IsNegative ? commitment.edwards : -commitment.edwards
        let sum = EdwardsPoint.vartimeHalfSizeCombination(
            c0: littleEndian32(split.c0), aPoint: -publicKey.edwards,
            c1: littleEndian32(split.c1Magnitude), rPoint: rPoint,
            baseLow: uLow, baseHigh: uHigh)
        return sum.X.isZero || sum.Y.isZero
    }
}

private func littleEndian32(_ value: UInt128) -> [UInt8] {
    (0..<32).map { i in i < 16 ? UInt8(truncatingIfNeeded: value >> (8 * i)) : 0 }
}

extension EdwardsPoint {
    /// c0·P + c1·Q + baseLow·B + baseHigh·(2^128·B) for scalars below 2^128, by four-way Straus
    /// interleaving (width-5 NAFs for P and Q, width-8 NAFs over precomputed base tables).
    static func vartimeHalfSizeCombination(
        c0: [UInt8], aPoint: EdwardsPoint, c1: [UInt8], rPoint: EdwardsPoint, baseLow: [UInt8], baseHigh: [UInt8]
    ) -> EdwardsPoint {
        let width = 5
        let digitsP = nonAdjacentForm(c0, width: width, bitLength: 128)
        let digitsQ = nonAdjacentForm(c1, width: width, bitLength: 128)
        let digitsLow = nonAdjacentForm(baseLow, width: BasepointNAFTable.width, bitLength: 128)
        let digitsHigh = nonAdjacentForm(baseHigh, width: BasepointNAFTable.width, bitLength: 128)
        let tableP = oddMultiples(of: aPoint, count: 1 << (width - 2)).map(\.cached)
        let tableQ = oddMultiples(of: rPoint, count: 1 << (width - 2)).map(\.cached)
        let tableLow = BasepointNAFTable.entries
        let tableHigh = BasepointNAFTable.shiftedEntries
        var top = 129
        while top > 0 && digitsP[top] == 0 && digitsQ[top] == 0 && digitsLow[top] == 0 && digitsHigh[top] == 0 {
            top -= 1
        }
        var accumulator = ProjectivePoint.identity
        var i = top
        while true {
            var step = accumulator.doubled()
            step = step.adding(digit: digitsP[i], from: tableP)
            step = step.adding(digit: digitsQ[i], from: tableQ)
            step = step.adding(digit: digitsLow[i], from: tableLow)
            step = step.adding(digit: digitsHigh[i], from: tableHigh)
            if i == 0 { return step.extended }
            accumulator = step.projective
            i -= 1
        }
    }
}

extension CompletedPoint {
    /// Adds `digit`·P, where `table[j]` holds (2j + 1)·P; a zero digit leaves the point as it is.
    @inline(__always)
    func adding(digit: Int8, from table: [CachedPoint]) -> CompletedPoint {
        if digit > 0 { return extended + table[Int(digit) >> 1] }
        if digit < 0 { return extended - table[Int(-digit) >> 1] }
        return self
    }

    /// Adds `digit`·P from an affine table, where `table[j]` holds (2j + 1)·P.
    @inline(__always)
    func adding(digit: Int8, from table: [AffineNielsPoint]) -> CompletedPoint {
        if digit > 0 { return extended + table[Int(digit) >> 1] }
        if digit < 0 { return extended - table[Int(-digit) >> 1] }
        return self
    }
}
