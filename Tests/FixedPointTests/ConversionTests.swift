import Testing
@testable import FixedPoint

/// Fixed→fixed, integer and float conversions and the decimal description.
@Suite struct ConversionTests {
    @Test func narrowingTruncatesByFlooring() {
        // I64F64 -2^-64 floors to I32F32 -2^-32; +2^-64 floors to 0.
        #expect(I32F32(saturating: I64F64(bits: -1)).bits == -1)
        #expect(I32F32(saturating: I64F64(bits: 1)).bits == 0)
        // 1 + (2^32 - 1) * 2^-64: the extra bits are dropped.
        let almost = I64F64(bits: (Int128(1) << 64) + (Int128(1) << 32) - 1)
        #expect(I32F32(saturating: almost) == .one)
        #expect(I32F32(saturating: I64F64(bits: -(Int128(1) << 64) - 1)).bits == -(Int64(1) << 32) - 1)
        #expect(U110F18(saturating: U64F64(bits: (UInt128(3) << 63) + 12345)) == U110F18(bits: 3 << 17))
        #expect(I32F32(saturating: U110F18(bits: 3 << 17)) == I32F32(bits: 3 << 31))
    }

    @Test func narrowingSaturatesAndChecks() {
        let big = I64F64(Int64(1) << 40)
        #expect(I32F32(saturating: big) == .max)
        #expect(I32F32(checked: big) == nil)
        #expect(I32F32(saturating: I64F64(Int64(-1) << 40)) == .min)
        #expect(I32F32(checked: I64F64(Int64(-1) << 31)) == .min)
        #expect(U64F64(saturating: I32F32(-1)) == .zero)
        #expect(U64F64(checked: I32F32(bits: -1)) == nil)
        #expect(U64F64(saturating: U110F18.max) == .max)
        #expect(U64F64(checked: U110F18(UInt128(1) << 91)) == nil)
        #expect(I32F32(saturating: U64F64.max) == .max)
        #expect(I64F64(saturating: U64F64(UInt64(1) << 63)) == .max)
    }

    @Test func wideningIsExact() {
        let value = I32F32(bits: -(5 << 30))  // -1.25
        #expect(I64F64(value).bits == -(Int128(5) << 62))
        #expect(I96F32(value).bits == -(5 << 30))
        #expect(I32F32(I64F64(value)) == value)
        #expect(U64F64(U96F32(bits: 7)).bits == UInt128(7) << 32)
    }

    @Test func fromIntegers() {
        #expect(I32F32(saturating: Int64.max) == .max)
        #expect(I32F32(saturating: Int64.min) == .min)
        #expect(I32F32(checked: Int64(1) << 31) == nil)
        #expect(I32F32(checked: -(Int64(1) << 31)) == .min)
        #expect(I32F32(checked: -(Int64(1) << 31) - 1) == nil)
        #expect(U64F64(saturating: -5) == .zero)
        #expect(U64F64(checked: -5) == nil)
        #expect(I96F32(saturating: UInt64.max).bits == Int128(UInt64.max) << 32)
        #expect(U110F18(saturating: UInt128.max) == .max)
        #expect(I64F64(UInt16(65535)).bits == Int128(65535) << 64)
    }

    @Test func toIntegersFloorThenClamp() {
        #expect(I32F32(bits: -(1 << 31)).saturatingInteger(Int32.self) == -1)
        #expect(I32F32(bits: -1).saturatingInteger(Int64.self) == -1)
        #expect(I32F32(bits: 11 << 30).saturatingInteger(Int32.self) == 2)
        #expect(I32F32(-3).saturatingInteger(UInt16.self) == 0)
        #expect(I32F32(70000).saturatingInteger(UInt16.self) == 65535)
        #expect(I32F32(70000).checkedInteger(UInt16.self) == nil)
        #expect(I32F32(bits: -1).checkedInteger(UInt64.self) == nil)
        #expect(I32F32(bits: (65535 << 32) + (1 << 32) - 1).integer(UInt16.self) == 65535)
        #expect(U64F64.max.saturatingInteger(UInt64.self) == UInt64.max)
        #expect(U110F18.max.saturatingInteger(UInt64.self) == UInt64.max)
        #expect(I96F32.min.saturatingInteger(Int64.self) == Int64.min)
    }

    @Test func fromDoubleRoundsToNearestEven() {
        // 2^-33 is exactly half an I32F32 ulp: ties to even give 0; 3 * 2^-33 gives 2 ulps.
        #expect(I32F32(rounding: 0x1p-33).bits == 0)
        #expect(I32F32(rounding: 0x1.8p-32).bits == 2)
        #expect(I32F32(rounding: 0x1.8p-33).bits == 1)
        #expect(I32F32(rounding: -0x1p-33).bits == 0)
        #expect(I32F32(rounding: -0x1.8p-32).bits == -2)
        #expect(I32F32(rounding: 0.1).bits == 429_496_730)
        #expect(I32F32(rounding: -1.5).bits == -(3 << 31))
        #expect(I32F32(rounding: 1e300) == .max)
        #expect(I32F32(rounding: -1e300) == .min)
        #expect(U64F64(rounding: -1.0) == .zero)
        #expect(I64F64(rounding: 4.76e-17).bits == 878)
        // Float(0.1) = 13421773 * 2^-27 exactly = 429496736 * 2^-32.
        #expect(I32F32(rounding: Float(0.1)).bits == 429_496_736)
    }

    @Test func description() {
        #expect(I32F32(rounding: -1.5).description == "-1.5")
        #expect(I32F32.ulp.description == "0.00000000023283064365386962890625")
        #expect(I32F32(bits: -1).description == "-0.00000000023283064365386962890625")
        #expect(I32F32.min.description == "-2147483648")
        #expect(U110F18(12).description == "12")
        #expect(U64F64(bits: UInt128(1) << 62).description == "0.25")
        #expect(I64F64.min.description == "-9223372036854775808")
    }
}
