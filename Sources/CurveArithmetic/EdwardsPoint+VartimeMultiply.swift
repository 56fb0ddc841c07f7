extension EdwardsPoint {
    /// The NAF width used for the variable point.
    private static let pointNAFWidth = 5

    /// Computes a·A + b·B, where B is the Ed25519 base point, in variable time.
    ///
    /// Straus–Shamir interleaving: a width-5 NAF of `a` over a per-call table of A, 3A, …, 15A and a
    /// width-8 NAF of `b` over the precomputed ``BasepointNAFTable``. Only for public scalars (for
    /// example in signature verification).
    ///
    /// - Parameters:
    ///   - a: 32-byte little-endian scalar; any 256-bit value (no reduction is needed).
    ///   - A: the variable point.
    ///   - b: 32-byte little-endian scalar multiplying the base point; any 256-bit value.
    /// - Precondition: both scalars are exactly 32 bytes.
    public static func vartimeDoubleScalarMultiplyBase(a: [UInt8], point A: EdwardsPoint, b: [UInt8]) -> EdwardsPoint {
        let aDigits = nonAdjacentForm(a, width: pointNAFWidth)
        let bDigits = nonAdjacentForm(b, width: BasepointNAFTable.width)
        let aTable = oddMultiples(of: A, count: 1 << (pointNAFWidth - 2)).map(\.cached)
        let bTable = BasepointNAFTable.entries
        return aDigits.withUnsafeBufferPointer { aNAF in
            bDigits.withUnsafeBufferPointer { bNAF in
                aTable.withUnsafeBufferPointer { aMultiples in
                    bTable.withUnsafeBufferPointer { bMultiples in
                        var top = 256
                        while top > 0 && aNAF[top] == 0 && bNAF[top] == 0 {
                            top -= 1
                        }
                        var accumulator = ProjectivePoint.identity
                        var i = top
                        while true {
                            var step = accumulator.doubled()
                            let aDigit = Int(aNAF[i])
                            if aDigit > 0 {
                                step = step.extended + aMultiples[aDigit >> 1]
                            } else if aDigit < 0 {
                                step = step.extended - aMultiples[(-aDigit) >> 1]
                            }
                            let bDigit = Int(bNAF[i])
                            if bDigit > 0 {
                                step = step.extended + bMultiples[bDigit >> 1]
                            } else if bDigit < 0 {
                                step = step.extended - bMultiples[(-bDigit) >> 1]
                            }
                            if i == 0 {
                                return step.extended
                            }
                            accumulator = step.projective
                            i -= 1
                        }
                    }
                }
            }
        }
    }

    /// Computes a·P in variable time (the double multiplication with a zero base-point scalar).
    /// Only for public scalars.
    ///
    /// - Parameter scalar: 32-byte little-endian scalar; any 256-bit value.
    /// - Precondition: the scalar is exactly 32 bytes.
    public func vartimeMultiply(scalar: [UInt8]) -> EdwardsPoint {
        Self.vartimeDoubleScalarMultiplyBase(a: scalar, point: self, b: [UInt8](repeating: 0, count: 32))
    }
}
