import Testing
@testable import FixedPoint

/// floor, ceil and round (ties away from zero).
@Suite struct RoundingTests {
    func fixed(_ value: Double) -> I32F32 { I32F32(rounding: value) }

    @Test func roundTiesAwayFromZero() {
        #expect(fixed(2.5).round() == I32F32(3))
        #expect(fixed(-2.5).round() == I32F32(-3))
        #expect(fixed(0.5).round() == I32F32(1))
        #expect(fixed(-0.5).round() == I32F32(-1))
        #expect(fixed(3.5).round() == I32F32(4))
        #expect(fixed(-2.4).round() == I32F32(-2))
        #expect(fixed(-2.6).round() == I32F32(-3))
        #expect(fixed(2.4999999).round() == I32F32(2))
        #expect(I32F32(bits: -1).round() == .zero)
        #expect(I32F32(bits: (1 << 31) - 1).round() == .zero)
        #expect(U64F64(rounding: 2.5).round() == U64F64(3))
        #expect(I96F32(rounding: -7.5).round() == I96F32(-8))
        #expect(U110F18(rounding: 0.5).round() == U110F18(1))
    }

    @Test func roundOverflow() {
        #expect(I32F32.max.checkedRound() == nil)
        #expect(I32F32.max.saturatingRound() == .max)
        #expect(I32F32.min.round() == .min)
        #expect(I32F32(bits: Int64.min + 1).round() == .min)
    }

    @Test func floorAndCeil() {
        #expect(I32F32(bits: -1).floor() == I32F32(-1))
        #expect(fixed(1.75).floor() == I32F32(1))
        #expect(fixed(-1.75).floor() == I32F32(-2))
        #expect(fixed(-1.75).ceil() == I32F32(-1))
        #expect(fixed(1.25).ceil() == I32F32(2))
        #expect(I32F32(4).ceil() == I32F32(4))
        #expect(I32F32.max.checkedCeil() == nil)
        #expect(I96F32(bits: -1).floor() == I96F32(-1))
    }
}
