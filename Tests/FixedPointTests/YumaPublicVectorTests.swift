import Foundation
import Testing
import TestSupport
@testable import FixedPoint

struct EmissionCase: Decodable {
    struct Inputs: Decodable { let issuance_rao_list: [UInt64] }
    struct Expected: Decodable { let block_emission_rao_list: [UInt64] }
    let name: String
    let inputs: Inputs
    let expected: Expected
}

struct MaxUpscaleCase: Decodable {
    struct Inputs: Decodable { let vector_f32: [Float]?; let vector_i32f32_bits: [Int64]?; let values_u16: [UInt16]? }
    struct Expected: Decodable { let u16: [UInt16] }
    let name: String
    let function: String
    let inputs: Inputs
    let expected: Expected
}

struct VecMaxLimitedCase: Decodable {
    struct Inputs: Decodable { let values_u16: [UInt16]; let max_limit_u16: UInt16 }
    struct Expected: Decodable { let result: Bool }
    let name: String
    let function: String
    let inputs: Inputs
    let expected: Expected
}

struct U64NormalizationCase: Decodable {
    struct Inputs: Decodable { let numerators_rao: [UInt64]; let denominator_rao: UInt64 }
    struct Expected: Decodable {
        let I64F64_quotients_as_from_num_f64: [Double]
        let I32F32_after_truncation_as_from_num_f64: [Double]
    }
    let name: String
    let inputs: Inputs
    let expected: Expected
}

struct BondsAlphaCase: Decodable {
    struct Inputs: Decodable { let bonds_moving_average: UInt64 }
    let name: String
    let function: String
    let inputs: Inputs
}

@Suite struct YumaPublicVectorTests {
    @Test func blockEmissionHalvingTable() throws {
        let cases = try YumaPublicCases<EmissionCase>.load().filter { $0.name == "block_emission_halving_table" }
        #expect(cases.count == 1)
        for vector in cases {
            #expect(vector.inputs.issuance_rao_list.count == vector.expected.block_emission_rao_list.count)
            for (issuance, expected) in zip(vector.inputs.issuance_rao_list, vector.expected.block_emission_rao_list) {
                #expect(blockEmission(forIssuance: issuance) == expected, "issuance \(issuance)")
            }
        }
    }

    @Test func maxUpscaleVectors() throws {
        let cases = try YumaPublicCases<MaxUpscaleCase>.load()
        let upscale = cases.filter { $0.function == "vec_max_upscale_to_u16" }
        let u16Upscale = cases.filter { $0.function == "vec_u16_max_upscale_to_u16" }
        #expect(upscale.count == 16)
        #expect(u16Upscale.count == 10)
        for vector in upscale {
            // f32 literals become I32F32 by from_num(f32): round to nearest 2^-32, ties to even.
            let input: [I32F32]
            if let floats = vector.inputs.vector_f32 {
                input = floats.map { I32F32(rounding: $0) }
            } else {
                input = (vector.inputs.vector_i32f32_bits ?? []).map { I32F32(bits: $0) }
            }
            #expect(vecMaxUpscaleToU16(input) == vector.expected.u16, "\(vector.name)")
        }
        for vector in u16Upscale {
            #expect(vecU16MaxUpscaleToU16(vector.inputs.values_u16 ?? []) == vector.expected.u16, "\(vector.name)")
        }
    }

    /// `check_vec_max_limited`: normalise (plain-`+` sum, `safe_div`) and compare the maximum with
    /// `max_limit / 65535` — the fixed-point operations only, the tiny wrapper is written out here.
    @Test func checkVecMaxLimitedVectors() throws {
        let cases = try YumaPublicCases<VecMaxLimitedCase>.load().filter { $0.function == "check_vec_max_limited" }
        #expect(cases.count == 11)
        for vector in cases {
            let limit = I32F32(saturating: vector.inputs.max_limit_u16).safeDiv(I32F32(saturating: UInt16.max))
            var values = vector.inputs.values_u16.map { I32F32(saturating: $0) }
            let sum = values.reduce(I32F32.zero, +)
            if sum != .zero { values = values.map { $0.safeDiv(sum) } }
            let result = values.max().map { $0 <= limit } ?? true
            #expect(result == vector.expected.result, "\(vector.name)")
        }
    }

    /// Stake normalisation: I64F64 truncating division, then I64F64 → I32F32 floors the low 32 bits;
    /// Rust compares both with `from_num(f64 literal)` for exact equality.
    @Test func u64NormalizationPrecision() throws {
        let cases = try YumaPublicCases<U64NormalizationCase>.load().filter { $0.name == "u64_normalization_precision" }
        #expect(cases.count == 1)
        for vector in cases {
            let denominator = I64F64(vector.inputs.denominator_rao)
            for (index, numerator) in vector.inputs.numerators_rao.enumerated() {
                let quotient = I64F64(numerator) / denominator
                #expect(quotient == I64F64(rounding: vector.expected.I64F64_quotients_as_from_num_f64[index]))
                let narrowed = I32F32(saturating: quotient)
                #expect(narrowed == I32F32(rounding: vector.expected.I32F32_after_truncation_as_from_num_f64[index]))
            }
        }
    }

    /// `alpha = 1 - I32F32(I64F64(bma) / I64F64(1e6))` equals `I32F32::from_num(0.1)` (bits 429496730).
    @Test func bondsMovingAverageToAlpha() throws {
        let cases = try YumaPublicCases<BondsAlphaCase>.load().filter { $0.function == "fixed_overflow" }
        #expect(cases.count == 1)
        for vector in cases {
            let ratio = I64F64(vector.inputs.bonds_moving_average) / I64F64(1_000_000)
            let alpha = I32F32.one - I32F32(saturating: ratio)
            #expect(alpha == I32F32(rounding: 0.1))
            #expect(alpha.bits == 429_496_730)
        }
    }
}
