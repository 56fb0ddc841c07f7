/// Widening 64 × 64 → 128-bit product.
@inline(__always)
private func wide(_ a: UInt64, _ b: UInt64) -> UInt128 {
    UInt128(a) &* UInt128(b)
}

/// Carries five 128-bit column sums into 51-bit limbs, folding the part above 2^255 back ×19.
///
/// Requires every column below 2^115 and the top one below 2^110.3, which holds when the
/// multiplied limbs are below 2^54.
@inline(__always)
private func carryColumns(
    _ c0: UInt128, _ c1: UInt128, _ c2: UInt128, _ c3: UInt128, _ c4: UInt128
) -> FieldElement {
    let m = FieldElement.mask51
    let d1 = c1 &+ (c0 >> 51)
    let d2 = c2 &+ (d1 >> 51)
    let d3 = c3 &+ (d2 >> 51)
    let d4 = c4 &+ (d3 >> 51)
    var r0 = (UInt64(truncatingIfNeeded: c0) & m) &+ UInt64(truncatingIfNeeded: d4 >> 51) &* 19
    var r1 = UInt64(truncatingIfNeeded: d1) & m
    r1 = r1 &+ (r0 >> 51)
    r0 &= m
    return FieldElement(
        r0,
        r1,
        UInt64(truncatingIfNeeded: d2) & m,
        UInt64(truncatingIfNeeded: d3) & m,
        UInt64(truncatingIfNeeded: d4) & m
    )
}

extension FieldElement {
    /// The sum, without carrying (limbs grow by at most one bit).
    @inline(__always)
    public static func + (a: FieldElement, b: FieldElement) -> FieldElement {
        FieldElement(a.l0 &+ b.l0, a.l1 &+ b.l1, a.l2 &+ b.l2, a.l3 &+ b.l3, a.l4 &+ b.l4)
    }

    /// The difference, computed as `a + 16p − b` and then carried; `b`'s limbs must be below 2^55.
    @inline(__always)
    public static func - (a: FieldElement, b: FieldElement) -> FieldElement {
        FieldElement(
            (a.l0 &+ 0x7F_FFFF_FFFF_FED0) &- b.l0,
            (a.l1 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l1,
            (a.l2 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l2,
            (a.l3 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l3,
            (a.l4 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l4
        ).weaklyReduced()
    }

    /// The additive inverse.
    @inline(__always)
    public static prefix func - (a: FieldElement) -> FieldElement {
        FieldElement.zero - a
    }

    /// The product modulo p.
    @inline(__always)
    public static func * (a: FieldElement, b: FieldElement) -> FieldElement {
        let b1 = b.l1 &* 19
        let b2 = b.l2 &* 19
        let b3 = b.l3 &* 19
        let b4 = b.l4 &* 19
        let c0 = wide(a.l0, b.l0) &+ wide(a.l4, b1) &+ wide(a.l3, b2) &+ wide(a.l2, b3) &+ wide(a.l1, b4)
        let c1 = wide(a.l1, b.l0) &+ wide(a.l0, b.l1) &+ wide(a.l4, b2) &+ wide(a.l3, b3) &+ wide(a.l2, b4)
        let c2 = wide(a.l2, b.l0) &+ wide(a.l1, b.l1) &+ wide(a.l0, b.l2) &+ wide(a.l4, b3) &+ wide(a.l3, b4)
        let c3 = wide(a.l3, b.l0) &+ wide(a.l2, b.l1) &+ wide(a.l1, b.l2) &+ wide(a.l0, b.l3) &+ wide(a.l4, b4)
        let c4 = wide(a.l4, b.l0) &+ wide(a.l3, b.l1) &+ wide(a.l2, b.l2) &+ wide(a.l1, b.l3) &+ wide(a.l0, b.l4)
        return carryColumns(c0, c1, c2, c3, c4)
    }

    /// The square modulo p (cheaper than `self * self`).
    @inline(__always)
    public func squared() -> FieldElement {
        squaredOnce(self)
    }

    /// `self` raised to the power 2^k (k successive squarings), for k ≥ 1.
    public func squared(times k: Int) -> FieldElement {
        precondition(k >= 1, "squared(times:) needs k ≥ 1")
        var r = squaredOnce(self)
        for _ in 1..<k {
            r = squaredOnce(r)
        }
        return r
    }
}

@inline(__always)
private func squaredOnce(_ a: FieldElement) -> FieldElement {
    let a0x2 = a.l0 &* 2
    let a1x2 = a.l1 &* 2
    let a2x2 = a.l2 &* 2
    let a3x19 = a.l3 &* 19
    let a4x19 = a.l4 &* 19
    let c0 = wide(a.l0, a.l0) &+ wide(a1x2, a4x19) &+ wide(a2x2, a3x19)
    let c1 = wide(a0x2, a.l1) &+ wide(a2x2, a4x19) &+ wide(a.l3, a3x19)
    let c2 = wide(a0x2, a.l2) &+ wide(a.l1, a.l1) &+ wide(a.l3 &* 2, a4x19)
    let c3 = wide(a0x2, a.l3) &+ wide(a1x2, a.l2) &+ wide(a.l4, a4x19)
    let c4 = wide(a0x2, a.l4) &+ wide(a1x2, a.l3) &+ wide(a.l2, a.l2)
    return carryColumns(c0, c1, c2, c3, c4)
}
