import Testing
import TestSupport
@testable import FixedPoint

/// The epoch's u16 ⇄ I32F32 conversions (specs/chain.md §0.3), hand-computed.
@Suite struct U16ProportionTests {
    @Test func u16ToFixedTruncates() {
        #expect(u16ProportionToFixed(65535) == .one)
        #expect(u16ProportionToFixed(0) == .zero)
        // (32767 << 32) / 65535 = 2147450879.49… → 2147450879.
        #expect(u16ProportionToFixed(32767).bits == 2_147_450_879)
        // (1 << 32) / 65535 = 65537.0000153 → 65537.
        #expect(u16ProportionToFixed(1).bits == 65_537)
    }

    @Test func fixedToU16Floors() {
        #expect(fixedProportionToU16(I32F32(rounding: 0.5)) == 32767)
        #expect(fixedProportionToU16(.one) == 65535)
        #expect(fixedProportionToU16(I32F32(2)) == 65535)
        #expect(fixedProportionToU16(I32F32(-1)) == 0)
        #expect(fixedProportionToU16(.max) == 65535)
        // Both directions truncate, so a round trip can lose one: (12345 << 32) / 65535 = 809054265
        // (truncated), and 809054265 * 65535 / 2^32 = 12344.99… floors to 12344.
        #expect(fixedProportionToU16(u16ProportionToFixed(12345)) == 12344)
        #expect(fixedProportionToU16(u16ProportionToFixed(65535)) == 65535)
        #expect(fixedProportionToU16(I32F32(bits: 65_536)) == 0)
    }

    /// The integer shortcuts equal the fixed-point definitions they replace.
    @Test func shortcutsMatchDefinitions() {
        let u16Max = I32F32(saturating: UInt16.max)
        for x in UInt16.min...UInt16.max {
            #expect(u16ProportionToFixed(x) == I32F32(saturating: x).safeDiv(u16Max), "\(x)")
        }
        var rng = SplitMix64(state: 0x0016)
        let edges: [Int64] = [.min, .min + 1, -1, 0, 1, 65_536, 65_537, 1 << 32, (1 << 32) - 1, .max, .max - 1]
        let randoms = (0..<20_000).map { i in
            // Raw values spread over every magnitude, both signs.
            Int64(bitPattern: rng.next()) >> (i % 64)
        }
        for raw in edges + randoms {
            let x = I32F32(bits: raw)
            #expect(fixedProportionToU16(x) == x.saturatingMul(u16Max).saturatingInteger(UInt16.self), "\(raw)")
        }
    }

    @Test func fixedToFixedU16ProportionDividesBy65535() {
        #expect(fixedToFixedU16Proportion(I32F32(65535)) == .one)
        #expect(fixedToFixedU16Proportion(I32F32(32767)) == u16ProportionToFixed(32767))
    }

    @Test func maxUpscaleHandComputed() {
        #expect(vecMaxUpscaleToU16([]) == [])
        #expect(vecMaxUpscaleToU16([.zero, .zero]) == [0, 0])
        // max 2: round(e * 65535 / 2): 0.5 * 65535 / 2 = 16383.75 → 16384; 1 → 32767.5 → 32768 (tie away).
        #expect(vecMaxUpscaleToU16([I32F32(rounding: 0.5), .one, I32F32(2)]) == [16384, 32768, 65535])
        // max > 32768: round(e * (65535 / max)).
        #expect(vecMaxUpscaleToU16([I32F32(32769), I32F32(1)]) == [65535, 2])
        #expect(vecU16MaxUpscaleToU16([1, 2]) == [32768, 65535])
    }
}
