extension FieldElement {
    /// Returns `(self^(2^250 − 1), self^11)`, the shared prefix of the inversion and square-root chains.
    private func pow22501() -> (FieldElement, FieldElement) {
        let z2 = squared()
        let z9 = self * z2.squared(times: 2)
        let z11 = z2 * z9
        let z5_0 = z9 * z11.squared()
        let z10_0 = z5_0.squared(times: 5) * z5_0
        let z20_0 = z10_0.squared(times: 10) * z10_0
        let z40_0 = z20_0.squared(times: 20) * z20_0
        let z50_0 = z40_0.squared(times: 10) * z10_0
        let z100_0 = z50_0.squared(times: 50) * z50_0
        let z200_0 = z100_0.squared(times: 100) * z100_0
        let z250_0 = z200_0.squared(times: 50) * z50_0
        return (z250_0, z11)
    }

    /// The multiplicative inverse `self^(p−2)`; the inverse of 0 is 0.
    public func inverted() -> FieldElement {
        let (z250_0, z11) = pow22501()
        return z250_0.squared(times: 5) * z11
    }

    /// `self^((p−5)/8) = self^(2^252 − 3)`, the exponentiation behind square roots.
    public func pow22523() -> FieldElement {
        let (z250_0, _) = pow22501()
        return z250_0.squared(times: 2) * self
    }

    /// `self` if it is non-negative, otherwise `−self` (RFC 9496 `CT_ABS`).
    public var absolute: FieldElement {
        isNegative ? -self : self
    }

    /// RFC 9496 `SQRT_RATIO_M1(u, v)`.
    ///
    /// - Returns: `wasSquare` is true when u/v is a square (or u is 0), and `root` is then the
    ///   non-negative √(u/v); otherwise `root` is the non-negative √(SQRT_M1·u/v). When v is 0 the
    ///   root is 0 and `wasSquare` is true only if u is 0.
    public static func sqrtRatioM1(_ u: FieldElement, _ v: FieldElement) -> (wasSquare: Bool, root: FieldElement) {
        let v3 = v.squared() * v
        let v7 = v3.squared() * v
        var r = (u * v3) * (u * v7).pow22523()
        let check = v * r.squared()
        let minusU = -u
        let correct = check == u
        let flipped = check == minusU
        let flippedI = check == minusU * sqrtM1
        if flipped || flippedI {
            r = r * sqrtM1
        }
        return (correct || flipped, r.absolute)
    }
}
