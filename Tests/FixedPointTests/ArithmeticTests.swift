import Testing
@testable import FixedPoint

/// Hand-computed raw results for add/sub/mul/div and their checked, saturating and wrapping forms.
@Suite struct ArithmeticTests {
    let half = I32F32(bits: 1 << 31)
    let minusUlp = I32F32(bits: -1)

    @Test func multiplyFloorsTowardMinusInfinity() {
        // -2^-32 * 0.5 = -2^-33: floor gives -1 ulp, truncation would give 0.
        #expect((minusUlp * half).bits == -1)
        #expect((I32F32.ulp * half).bits == 0)
        #expect((minusUlp * I32F32.ulp).bits == -1)
        #expect((I32F32(bits: -3) * half).bits == -2)
        #expect((I32F32(bits: 3) * half).bits == 1)
        #expect(I32F32(-3) * I32F32(5) == I32F32(-15))
        #expect((I64F64(bits: -1) * I64F64(bits: 1 << 63)).bits == -1)
        #expect(I64F64(3) * I64F64(-5) == I64F64(-15))
        #expect((I96F32(bits: -1) * I96F32(bits: 1 << 31)).bits == -1)
        #expect((U110F18(bits: 3) * U110F18(bits: 1 << 17)).bits == 1)
    }

    @Test func multiplyOverflowChecksAndSaturates() {
        let two = I32F32(2)
        #expect(I32F32.max.checkedMul(two) == nil)
        #expect(I32F32.max.saturatingMul(two) == .max)
        #expect(I32F32.min.saturatingMul(two) == .min)
        #expect(I32F32.max.saturatingMul(I32F32(-2)) == .min)
        #expect(I32F32.min.checkedMul(I32F32(-1)) == nil)
        #expect(I32F32.min.saturatingMul(I32F32(-1)) == .max)
        #expect(I32F32.max.checkedMul(I32F32(-1)) == I32F32(bits: -Int64.max))
        // Wrapping: (2^63 - 1) * 2^33 >> 32 = 2^64 - 2, whose low 64 bits are -2.
        #expect((I32F32.max &* two).bits == -2)

        #expect(I64F64.max.saturatingMul(I64F64.max) == .max)
        #expect(I64F64.min.saturatingMul(I64F64.max) == .min)
        #expect(I96F32(Int128(1) << 60).checkedMul(I96F32(Int128(1) << 30)) == I96F32(Int128(1) << 90))
        #expect(I96F32(Int128(1) << 60).checkedMul(I96F32(Int128(1) << 40)) == nil)
        #expect(I96F32(Int128(1) << 60).saturatingMul(I96F32(Int128(-1) << 40)) == .min)
        #expect(U64F64(UInt64(1) << 63).checkedMul(U64F64(2)) == nil)
        #expect(U64F64(UInt64(1) << 63).saturatingMul(U64F64(2)) == .max)
        #expect(U96F32.max.saturatingMul(U96F32.max) == .max)
        #expect(U110F18(UInt128(1) << 100).checkedMul(U110F18(1 << 9)) == U110F18(UInt128(1) << 109))
        #expect(U110F18(UInt128(1) << 100).checkedMul(U110F18(1 << 10)) == nil)
    }

    @Test func divideTruncatesTowardZero() {
        // (-1 << 32 << 32) / (3 << 32) = -1431655765.33…: truncated, not floored.
        #expect((I32F32(-1) / I32F32(3)).bits == -1_431_655_765)
        #expect((I32F32(1) / I32F32(3)).bits == 1_431_655_765)
        #expect((I32F32(1) / I32F32(-3)).bits == -1_431_655_765)
        #expect((I32F32(-1) / I32F32(-3)).bits == 1_431_655_765)
        // -2^-33 truncates to 0 (floor would be -1 ulp).
        #expect((minusUlp / I32F32(2)).bits == 0)
        #expect((I64F64(-1) / I64F64(3)).bits == -6_148_914_691_236_517_205)
        #expect((I96F32(-7) / I96F32(2)) == I96F32(bits: -7 << 31))
        #expect((U64F64(1) / U64F64(3)).bits == 6_148_914_691_236_517_205)
        #expect((U96F32(1) / U96F32(3)).bits == 1_431_655_765)
        #expect((U110F18(1) / U110F18(3)).bits == 87_381)
    }

    /// The one-word paths (a dividend below 1, an integer divisor) against the two-word division.
    @Test func divideOneWordPathsMatchTwoWordDivision() {
        let values: [Int64] = [1, 2, 3, 7, (1 << 31) + 5, (1 << 32) - 1, 1 << 32, (1 << 32) + 1, 3 << 32,
                               65535 << 32, (65535 << 32) + 12345, 1 << 40, (1 << 62) + 99, .max]
        for a in values + values.map({ -$0 }) {
            for b in values + values.map({ -$0 }) {
                let negative = (a < 0) != (b < 0)
                var reference: Int64?
                if a.magnitude >> 32 < b.magnitude {
                    let quotient = b.magnitude.dividingFullWidth((a.magnitude >> 32, a.magnitude << 32)).quotient
                    if quotient <= (negative ? Int64.min.magnitude : UInt64(Int64.max)) {
                        reference = Int64(truncatingIfNeeded: negative ? 0 &- quotient : quotient)
                    }
                }
                #expect(I32F32(bits: a).checkedDiv(I32F32(bits: b))?.bits == reference, "\(a) / \(b)")
            }
        }
    }

    @Test func divideOverflowAndZero() {
        #expect(I32F32.max.checkedDiv(half) == nil)
        #expect(I32F32.max.saturatingDiv(half) == .max)
        #expect(I32F32.min.saturatingDiv(half) == .min)
        #expect(I32F32.max.saturatingDiv(I32F32(bits: -(1 << 31))) == .min)
        #expect(I32F32.min.checkedDiv(I32F32(-1)) == nil)
        #expect(I32F32.min.saturatingDiv(I32F32(-1)) == .max)
        #expect(I32F32.min.checkedDiv(I32F32(1)) == .min)
        // 1 / ulp = 2^32 does not fit I32F32 (max < 2^31): checked nil, safe_div 0, safe_div_or fallback.
        #expect(I32F32.one.checkedDiv(.ulp) == nil)
        #expect(I32F32.one.safeDiv(.ulp) == .zero)
        #expect(I32F32.one.safeDiv(.ulp, or: I32F32(7)) == I32F32(7))
        #expect(I96F32.one.checkedDiv(.ulp) == I96F32(Int128(1) << 32))
        #expect(U64F64(UInt64(1) << 40).checkedDiv(U64F64(bits: 1)) == nil)
        #expect(U64F64(UInt64(1) << 40).saturatingDiv(U64F64(bits: 1)) == .max)
        // Division by zero.
        #expect(I32F32.one.checkedDiv(.zero) == nil)
        #expect(I32F32.one.safeDiv(.zero) == .zero)
        #expect(I32F32.one.safeDiv(.zero, or: half) == half)
        #expect(I64F64.zero.checkedDiv(.zero) == nil)
        #expect(U96F32(5).safeDiv(.zero) == .zero)
        #expect(U110F18(5).safeDiv(.zero, or: .max) == .max)
    }

    @Test func saturatingDivTrapsOnZero() async {
        await #expect(processExitsWith: .failure) {
            _ = I32F32.one.saturatingDiv(.zero)
        }
    }

    @Test func addAndSubtractSaturateAtBothEnds() {
        #expect(I32F32.max.checkedAdd(.ulp) == nil)
        #expect(I32F32.max.saturatingAdd(.ulp) == .max)
        #expect(I32F32.min.saturatingAdd(minusUlp) == .min)
        #expect(I32F32.min.saturatingSub(.ulp) == .min)
        #expect(I32F32.max.saturatingSub(minusUlp) == .max)
        #expect(I32F32.min.checkedSub(.ulp) == nil)
        #expect((I32F32.max &+ .ulp) == .min)
        #expect(U64F64.zero.checkedSub(.ulp) == nil)
        #expect(U64F64.zero.saturatingSub(.ulp) == .zero)
        #expect(U96F32.max.saturatingAdd(.ulp) == .max)
        #expect(U110F18(3) - U110F18(1) == U110F18(2))
        #expect(I96F32(3) + I96F32(-5) == I96F32(-2))
    }

    @Test func negation() {
        #expect(-I32F32(3) == I32F32(-3))
        #expect(I32F32.min.checkedNeg() == nil)
        #expect(I32F32.min.saturatingNeg() == .max)
        #expect(I64F64(bits: -5).magnitudeValue == I64F64(bits: 5))
    }

    @Test func ordering() {
        #expect(I32F32(-1) < minusUlp)
        #expect(minusUlp < .zero)
        #expect(U64F64.max > U64F64(UInt64.max))
        #expect([I32F32(2), I32F32(-3), half].max() == I32F32(2))
    }
}
