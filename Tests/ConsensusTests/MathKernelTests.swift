import Consensus
import FixedPoint
import Foundation
import Testing
import TestSupport

/// Compares fixed-point results with a case's expected numbers the way subtensor's `math.rs` tests do:
/// targets are `I32F32::from_num(f32 expected)`; with tolerance 0 they must be equal, otherwise
/// `|actual - target| < I32F32::from_num(tolerance)` (`assert_vec_compare` / `assert_mat_compare`).
/// Cases whose literals are f64 (`conversion: I32F32::from_num(f64)`) pass `f64Targets`.
func expectValues(
    _ actual: [I32F32], _ expected: [Double], tolerance: Double, _ context: String, f64Targets: Bool = false
) {
    #expect(actual.count == expected.count, "\(context): length")
    guard actual.count == expected.count else { return }
    let targets = expected.map(f64Targets ? fixed64 : fixed32)
    if tolerance == 0 {
        #expect(actual == targets, "\(context): \(actual) vs \(expected)")
    } else {
        let epsilon = fixed64(tolerance)
        for (index, (a, e)) in zip(actual, targets).enumerated() {
            #expect((a - e).magnitudeValue < epsilon, "\(context)[\(index)]: \(a) vs \(e)")
        }
    }
}

@Suite struct MathKernelTests {
    static let cases: [MathCase] = (try? YumaPublicCases<MathCase>.load().filter { $0.kind == "math" }) ?? []

    static func cases(_ functions: String...) -> [MathCase] {
        cases.filter { functions.contains($0.function) }
    }

    @Test func weightedMedian() {
        let cases = Self.cases("weighted_median")
        #expect(cases.count == 12)
        for c in cases {
            var stake = c.input("stake_f32").doubles!.map(fixed32)
            let score = c.input("score_f32").doubles!.map(fixed32)
            if c.input("stake_normalized_first").bool == true { VectorMath.normalize(&stake) }
            let majority = fixed32(c.input("majority_f32").double!)
            let minority = I32F32.one - majority
            let median = WeightedMedian.median(stake: stake, score: score, partition: Array(stake.indices),
                                               minority: minority, lo: .zero, hi: VectorMath.sum(stake))
            expectValues([median], [c.output("median_f32").double!], tolerance: c.tolerance, c.name)
        }
    }

    @Test func weightedMedianColumns() {
        let cases = Self.cases("weighted_median_col")
        #expect(cases.count == 4)
        for c in cases {
            let stake = c.input("stake_f32").doubles!.map(fixed32)
            let (matrix, columns) = sparseMatrix(c.input("weights_f32_rowmajor").doubles!,
                                                 rows: Int(c.input("rows").double!))
            let majority = fixed32(c.input("majority(kappa)_f32").double!)
            let consensus = WeightedMedian.columnMedians(stake: stake, score: matrix, columns: columns, majority: majority)
            expectValues(consensus, c.output("consensus_f32").doubles!, tolerance: c.tolerance, c.name)
        }
    }

    @Test func topK() {
        let cases = Self.cases("is_topk")
        #expect(cases.count == 9)
        for c in cases {
            let vector = c.input("vector_f32").doubles!.map(fixed32)
            let k = Int(c.input("k").double!)
            #expect(VectorMath.isTopK(vector, k: k) == c.output("result").bools!, "\(c.name)")
        }
    }

    @Test func normalize() {
        let cases = Self.cases("normalize")
        #expect(cases.count == 2)
        for c in cases {
            var x = c.input("x").doubles!.map(fixed32)
            VectorMath.normalize(&x)
            expectValues(x, c.output("y").doubles!, tolerance: c.tolerance, c.name)
        }
    }

    @Test func bondsMovingAverageAlpha() {
        let cases = Self.cases("fixed_overflow").filter { $0.name == "bonds_moving_average_to_alpha" }
        #expect(cases.count == 1)
        for c in cases {
            let alpha = Yuma.bondsAlpha(movingAverage: UInt64(c.input("bonds_moving_average").double!))
            #expect((alpha == fixed64(0.1)) == c.output("alpha_equals_I32F32_from_num_0.1").bool!, "\(c.name)")
        }
    }

    @Test func rowAndColumnNormalisation() {
        for c in Self.cases("inplace_row_normalize_sparse") {
            var (matrix, columns) = sparseMatrix(c.input("matrix_f32_rowmajor").doubles!, rows: Int(c.input("rows").double!))
            SparseMath.rowNormalize(&matrix)
            expectValues(denseValues(matrix, columns: columns), c.output("matrix_f32_rowmajor").doubles!,
                         tolerance: c.tolerance, c.name)
        }
        for c in Self.cases("inplace_col_normalize_sparse", "inplace_col_max_upscale_sparse") {
            var (matrix, columns) = sparseMatrix(c.input("matrix_f32_rowmajor").doubles!,
                                                 rows: Int(c.input("rows").double!), transpose: true)
            if c.function == "inplace_col_normalize_sparse" {
                SparseMath.columnNormalize(&matrix, columns: columns)
            } else {
                SparseMath.columnMaxUpscale(&matrix, columns: columns)
            }
            expectValues(denseValues(matrix, columns: columns, transpose: true),
                         c.output("matrix_f32_rowmajor_transposed").doubles!, tolerance: c.tolerance, c.name)
        }
    }

    @Test func masks() {
        let cases = Self.cases("inplace_mask_diag", "inplace_mask_diag_except_index", "inplace_mask_rows")
        #expect(cases.count == 5)
        for c in cases {
            let (matrix, columns) = sparseMatrix(c.input("matrix_f32_rowmajor").doubles!, rows: Int(c.input("rows").double!))
            let masked: SparseMatrix
            switch c.function {
            case "inplace_mask_diag": masked = SparseMath.maskDiagonal(matrix)
            case "inplace_mask_rows": masked = SparseMath.maskRows(c.input("mask").bools!, matrix)
            default: masked = SparseMath.maskDiagonal(matrix, except: Int(c.input("except_index").double!))
            }
            expectValues(denseValues(masked, columns: columns), c.output("matrix").doubles!, tolerance: c.tolerance, c.name)
        }
        for c in Self.cases("vec_mask_sparse_matrix") {
            let (matrix, columns) = sparseMatrix(c.input("matrix_f32_rowmajor").doubles!, rows: Int(c.input("rows").double!))
            let first = c.input("first_vector(row)").doubles!.map { UInt64($0) }
            let second = c.input("second_vector(col)").doubles!.map { UInt64($0) }
            let equal = SparseMath.vecMask(matrix, first: first, second: second) { $0 == $1 }
            let less = SparseMath.vecMask(matrix, first: first, second: second) { $0 < $1 }
            expectValues(denseValues(equal, columns: columns), c.output("mask_fn a==b").doubles!, tolerance: c.tolerance, c.name)
            expectValues(denseValues(less, columns: columns), c.output("mask_fn a<b").doubles!, tolerance: c.tolerance, c.name)
        }
    }

    @Test func products() {
        let cases = Self.cases("matmul", "sparse_matmul", "matmul_transpose", "row_hadamard", "inplace_col_clip")
        #expect(cases.count == 5)
        for c in cases {
            let (matrix, columns) = sparseMatrix(c.input("matrix_f32_rowmajor").doubles!, rows: Int(c.input("rows").double!))
            switch c.function {
            case "matmul", "sparse_matmul":
                let vector = c.input("vector").doubles!.map(fixed32)
                expectValues(SparseMath.matmul(matrix, vector, columns: columns), c.output("result").doubles!,
                             tolerance: c.tolerance, c.name)
            case "matmul_transpose":
                let vector = c.input("vector").doubles!.map(fixed32)
                expectValues(SparseMath.matmulTranspose(matrix, vector), c.output("result").doubles!,
                             tolerance: c.tolerance, c.name)
            case "row_hadamard":
                let vector = c.input("vector").doubles!.map(fixed32)
                var product = matrix
                SparseMath.rowHadamard(&product, vector)
                expectValues(denseValues(product, columns: columns),
                             c.output("matrix").doubles!, tolerance: c.tolerance, c.name)
            default:
                let thresholds = c.input("col_threshold").doubles!.map(fixed32)
                var clipped = matrix
                SparseMath.columnClip(&clipped, thresholds)
                expectValues(denseValues(clipped, columns: columns),
                             c.output("matrix").doubles!, tolerance: c.tolerance, c.name)
            }
        }
    }

    @Test func interpolate() {
        let cases = Self.cases("interpolate", "interpolate_sparse")
        #expect(cases.count == 6)
        for c in cases {
            let ratio = fixed64(c.input("ratio_f64").double!)
            if let values1 = c.inputs["mat1_f32_rowmajor"]?.doubles, let values2 = c.inputs["mat2_f32_rowmajor"]?.doubles {
                let rows = Int(c.input("rows").double!)
                let (a, columns) = sparseMatrix(values1, rows: rows)
                let (b, _) = sparseMatrix(values2, rows: rows)
                let result = SparseMath.interpolate(a, b, columns: columns, ratio: ratio)
                expectValues(denseValues(result, columns: columns), c.output("result").doubles!,
                             tolerance: c.tolerance, c.name)
            } else {
                // mat1 all 0 (4x3), mat2 all 1 (4x3).
                let (a, columns) = sparseMatrix([Double](repeating: 0, count: 12), rows: 4)
                let (b, _) = sparseMatrix([Double](repeating: 1, count: 12), rows: 4)
                let result = SparseMath.interpolate(a, b, columns: columns, ratio: ratio)
                let target = c.output("all_entries_f32").double!
                expectValues(denseValues(result, columns: columns), [Double](repeating: target, count: 12),
                             tolerance: c.tolerance, c.name)
            }
        }
    }

    @Test func emaAlphaSparse() {
        let cases = Self.cases("sparse_mat_ema_alpha")
        #expect(cases.count == 2)
        for c in cases {
            let rows = Int(c.input("rows").double!)
            let (new, columns) = sparseMatrix(c.input("new_f32_rowmajor").doubles!, rows: rows)
            let (old, _) = sparseMatrix(c.input("old_f32_rowmajor").doubles!, rows: rows)
            let alpha = [[I32F32]](repeating: [I32F32](repeating: fixed32(c.input("alpha_all_f32").double!), count: columns),
                                   count: rows)
            let result = SparseMath.emaAlpha(new: new, old: old, alpha: alpha)
            let expected = c.expected["result"]?.doubles ?? c.output("result_f32_rowmajor").doubles!
            expectValues(denseValues(result, columns: columns), expected, tolerance: c.tolerance, c.name)
        }
        for c in Self.cases("mat_ema_alpha_sparse_varying_alpha") {
            func matrix(_ key: String) -> SparseMatrix {
                c.input(key).matrix!.map { row in
                    row.enumerated().compactMap { (j, x) in x > 0 ? SparseEntry(j, fixed64(x)) : nil }
                }
            }
            let alpha = c.input("alpha").matrix!.map { $0.map(fixed64) }
            let result = SparseMath.emaAlpha(new: matrix("weights"), old: matrix("bonds"), alpha: alpha)
            let expected = c.output("result").matrix!
            expectValues(denseValues(result, columns: expected[0].count), expected.flatMap { $0 },
                         tolerance: c.tolerance, c.name, f64Targets: true)
        }
    }
}

@Suite struct DenseKernelTests {
    @Test func rowNormalizeDense() {
        let cases = MathKernelTests.cases("inplace_row_normalize")
        #expect(cases.count == 1)
        for c in cases {
            let values = c.input("matrix_f32_rowmajor").doubles!
            let rows = Int(c.input("rows").double!)
            let columns = values.count / rows
            var matrix = (0..<rows).map { r in (0..<columns).map { fixed32(values[r * columns + $0]) } }
            DenseMath.rowNormalize(&matrix)
            expectValues(matrix.flatMap { $0 }, c.output("matrix").doubles!, tolerance: c.tolerance, c.name)
        }
    }

    @Test func emaAlphaDense() {
        let uniform = MathKernelTests.cases("mat_ema_alpha")
        #expect(uniform.count == 1)
        for c in uniform {
            let rows = Int(c.input("rows").double!)
            func dense(_ key: String) -> [[I32F32]] {
                let values = c.input(key).doubles!
                let columns = values.count / rows
                return (0..<rows).map { r in (0..<columns).map { fixed32(values[r * columns + $0]) } }
            }
            let new = dense("new_f32_rowmajor")
            let alpha = new.map { row in row.map { _ in fixed32(c.input("alpha_all_f32").double!) } }
            let result = DenseMath.emaAlpha(new: new, old: dense("old_f32_rowmajor"), alpha: alpha)
            expectValues(result.flatMap { $0 }, c.output("result").doubles!, tolerance: c.tolerance, c.name)
        }
        let varying = MathKernelTests.cases("mat_ema_alpha_varying_alpha")
        #expect(varying.count == 1)
        for c in varying {
            let new = c.input("new").matrix!.map { $0.map(fixed64) }
            let old = c.input("old").matrix!.map { $0.map(fixed64) }
            // `alpha_rows` holds one alpha per column, repeated for every row.
            let columnAlpha = c.input("alpha_rows").doubles!.map(fixed64)
            let alpha = new.map { _ in columnAlpha }
            let result = DenseMath.emaAlpha(new: new, old: old, alpha: alpha)
            expectValues(result.flatMap { $0 }, c.output("result").matrix!.flatMap { $0 }, tolerance: c.tolerance, c.name)
        }
    }
}
