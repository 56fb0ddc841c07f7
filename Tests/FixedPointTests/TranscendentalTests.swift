import Testing
@testable import FixedPoint

/// A direct transcription of `substrate_fixed::transcendental::exp` for I32F32 raw bits
/// (specs/chain.md §0.2), on `Int128` so it shares nothing with the generic implementation.
func referenceExpI32F32(_ input: Int64) -> Int64? {
    let one: Int128 = 1 << 32
    let range = Int128(Int64.min) ... Int128(Int64.max)
    if input == 0 { return Int64(one) }
    if Int128(input) == one { return Int64(22_802_600) << 9 }
    let negative = input < 0
    let x = Int128(input).magnitude
    let xs = Int128(x)
    var result = xs + one
    var term = xs
    for i in 2 ..< 32 {
        term = (term * xs) >> 32
        guard range.contains(term) else { return nil }
        term = (term << 32) / (Int128(i) << 32)
        result += term
        guard range.contains(result) else { return nil }
    }
    if negative { result = (one << 32) / result }
    return Int64(result)
}

/// A direct transcription of `substrate_fixed::transcendental::log2` for I96F32 raw bits, valid while
/// squares of values below 4 fit `Int128` (always, with 32 fractional bits).
func referenceLog2I96F32(_ input: Int128) -> Int128? {
    let one: Int128 = 1 << 32
    let two: Int128 = 2 << 32
    func inner(_ start: Int128) -> Int128 {
        var x = start
        var result: Int128 = 0
        while x >= two {
            result += 1
            x = (x >> 1) + (x & 1)
        }
        if x == one { return result << 32 }
        for _ in 0 ..< 32 {
            x = (x * x) >> 32
            result <<= 1
            if x >= two {
                result |= 1
                x = (x >> 1) + (x & 1)
            }
        }
        return result
    }
    if input <= 0 { return nil }
    if input < one { return -inner((one << 32) / input) }
    return inner(input)
}

@Suite struct ExpTests {
    @Test func specialCases() {
        #expect(I32F32.zero.exp() == .one)
        // exp(1) is the crate's E constant: e truncated to 23 fractional bits (0x15BF0A8), widened.
        #expect(I32F32.one.exp()?.bits == 22_802_600 << 9)
        #expect(I32F32.one.exp()?.bits == 11_674_931_200)
        // Just above 1 the series is used and is more precise than the E constant.
        #expect(I32F32(bits: (1 << 32) + 1).exp()?.bits == 11_674_931_552)
    }

    /// Expected raw bits (input, exp) from `Tests/Fixtures/fixed_point_reference.py` (Python big integers).
    static let pythonCases: [(Int64, Int64)] = [
        (Int64(1) << 31, Int64(7_081_203_935)),
        (-(Int64(1) << 31), 2_605_029_348),
        (Int64(2) << 32, 31_735_754_285),
        (-(Int64(2) << 32), 581_260_615),
        (Int64(10) << 32, 94_602_947_905_357),
        (-(Int64(10) << 32), 194_991),
        (Int64(20) << 32, 2_066_907_302_758_576_256),
        (-(Int64(20) << 32), 8),
        (1, 4_294_967_297),
        (-1, 4_294_967_295),
        (-(Int64(1) << 32), 1_580_030_169),
        (429_496_730, 4_746_672_946),
        (Int64(13) << 30, 110_768_666_484),
    ]

    @Test(arguments: ExpTests.pythonCases)
    func matchesPythonTranscription(input: Int64, expected: Int64) {
        #expect(I32F32(bits: input).exp()?.bits == expected)
    }

    @Test func overflowIsNil() {
        #expect(I32F32(21).exp() == nil)
        #expect(I32F32.max.exp() == nil)
        #expect(I32F32.min.exp() == nil)
    }

    @Test func negativeIsReciprocalOfPositive() {
        for raw in stride(from: Int64(3), through: Int64(19) << 32, by: 7_777_777_777) {
            let positive = I32F32(bits: raw).exp()!
            #expect(I32F32(bits: -raw).exp() == I32F32.one.checkedDiv(positive))
        }
    }

    @Test func sweepMatchesDirectTranscription() {
        for raw in stride(from: -(Int64(25) << 32), through: Int64(25) << 32, by: 1_234_567_891) {
            #expect(I32F32(bits: raw).exp()?.bits == referenceExpI32F32(raw), "exp(\(I32F32(bits: raw)))")
        }
    }

    @Test func expSafeClamps() {
        #expect(I32F32(100).expSafe() == I32F32(20).exp())
        #expect(I32F32.max.expSafe() == I32F32(20).exp())
        #expect(I32F32(-100).expSafe().bits == 8)
        #expect(I32F32.min.expSafe() == I32F32(-20).exp())
        #expect(I32F32.zero.expSafe() == .one)
        #expect(I32F32(3).expSafe() == I32F32(3).exp())
    }
}

@Suite struct Log2Tests {
    @Test func powersOfTwoAreExact() {
        for k in 0 ..< 90 {
            #expect(I96F32(Int128(1) << k).log2() == I96F32(k))
        }
        for k in 1 ... 32 {
            #expect(I96F32(bits: Int128(1) << (32 - k)).log2() == I96F32(-k))
        }
        #expect(I96F32.one.log2() == .zero)
    }

    @Test func nonPositiveIsNil() {
        #expect(I96F32.zero.log2() == nil)
        #expect(I96F32(-4).log2() == nil)
    }

    /// Expected raw bits (input, log2) from `Tests/Fixtures/fixed_point_reference.py` (Python big integers).
    static let pythonCases: [(Int128, Int128)] = [
        (Int128(3) << 32, Int128(6_807_362_105)),
        (Int128(10) << 32, 14_267_572_527),
        (Int128(3) << 30, -1_782_572_485),
        (Int128(3) << 31, 2_512_394_809),
        (Int128(1_000_000_000) << 32, 128_408_152_744),
        (429_496_730, -14_267_572_521),
        (Int128(11_674_931_200), 6_196_327_830),
    ]

    @Test(arguments: Log2Tests.pythonCases)
    func matchesPythonTranscription(input: Int128, expected: Int128) {
        #expect(I96F32(bits: input).log2()?.bits == expected)
    }

    @Test func valuesBelowOneAreNegative() {
        for raw in stride(from: Int128(1), to: Int128(1) << 32, by: 98_765_431) {
            let value = I96F32(bits: raw).log2()!
            #expect(value < .zero)
        }
    }

    @Test func monotonicSweepMatchesDirectTranscription() {
        var previous = I96F32.min
        var raw: Int128 = 1
        while raw < Int128(1) << 100 {
            let value = I96F32(bits: raw).log2()!
            #expect(value.bits == referenceLog2I96F32(raw), "log2(\(I96F32(bits: raw)))")
            #expect(previous <= value)
            previous = value
            raw = raw + raw / 7 + 13
        }
    }
}
