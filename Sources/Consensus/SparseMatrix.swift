import FixedPoint

/// One stored entry of a sparse row: a target UID and a `u16` value (weights, bonds).
///
/// Encoded in JSON as a two-element array `[uid, value]`, as in `Tests/Fixtures/yuma-public.json`.
public struct SparseU16Entry: Codable, Hashable, Sendable {
    /// The column (target UID).
    public var uid: UInt16
    /// The stored `u16` value.
    public var value: UInt16

    /// Creates an entry.
    public init(uid: UInt16, value: UInt16) {
        self.uid = uid
        self.value = value
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        uid = try container.decode(UInt16.self)
        value = try container.decode(UInt16.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(uid)
        try container.encode(value)
    }
}

/// One entry of a fixed-point sparse row (`(u16, I32F32)` in subtensor's `epoch/math.rs`).
public struct SparseEntry: Hashable, Sendable {
    /// The column index.
    public var column: Int
    /// The value.
    public var value: I32F32

    /// Creates an entry.
    public init(_ column: Int, _ value: I32F32) {
        self.column = column
        self.value = value
    }
}

/// A row-major sparse matrix: `rows[i]` lists the entries of row `i` in storage order.
/// Explicit zero entries are kept (they matter for Yuma3 bonds).
public typealias SparseMatrix = [[SparseEntry]]

/// Sparse-matrix kernels of subtensor's `epoch/math.rs`, bit-exact on `I32F32`.
public enum SparseMath {
    /// `mask_rows_sparse`: rows whose mask is `true` become empty.
    public static func maskRows(_ mask: [Bool], _ matrix: SparseMatrix) -> SparseMatrix {
        matrix.indices.map { i in (i < mask.count && mask[i]) ? [] : matrix[i] }
    }

    /// `mask_diag_sparse`: removes every diagonal entry `(i, i)`.
    public static func maskDiagonal(_ matrix: SparseMatrix) -> SparseMatrix {
        matrix.indices.map { i in matrix[i].filter { $0.column != i } }
    }

    /// `mask_diag_sparse_except_index`: removes diagonal entries except `(except, except)`.
    public static func maskDiagonal(_ matrix: SparseMatrix, except: Int) -> SparseMatrix {
        matrix.indices.map { i in i == except ? matrix[i] : matrix[i].filter { $0.column != i } }
    }

    /// `vec_mask_sparse_matrix`: removes `(i, j)` where `mask(first[i], second[j])` holds.
    public static func vecMask(
        _ matrix: SparseMatrix, first: [UInt64], second: [UInt64], mask: (UInt64, UInt64) -> Bool
    ) -> SparseMatrix {
        matrix.indices.map { i in
            matrix[i].filter { entry in !mask(first[i], second[entry.column]) }
        }
    }

    /// `scalar_vec_mask_sparse_matrix`: removes `(i, j)` where `mask(scalar, vector[j])` holds.
    public static func scalarVecMask(
        _ matrix: SparseMatrix, scalar: UInt64, vector: [UInt64], mask: (UInt64, UInt64) -> Bool
    ) -> SparseMatrix {
        matrix.map { row in row.filter { entry in !mask(scalar, vector[entry.column]) } }
    }

    /// `inplace_row_normalize_sparse`: each row divided by its (plain) sum when that sum is positive.
    public static func rowNormalize(_ matrix: inout SparseMatrix) {
        for i in matrix.indices {
            var sum = I32F32.zero
            for entry in matrix[i] { sum = sum &+ entry.value }
            guard sum > .zero else { continue }
            for k in matrix[i].indices { matrix[i][k].value = matrix[i][k].value.safeDiv(sum) }
        }
    }

    /// `inplace_col_normalize_sparse`: each column divided by its saturating sum; zero-sum columns untouched.
    public static func columnNormalize(_ matrix: inout SparseMatrix, columns: Int) {
        var sums = [I32F32](repeating: .zero, count: columns)
        for row in matrix {
            for entry in row { sums[entry.column] = sums[entry.column].saturatingAdd(entry.value) }
        }
        for i in matrix.indices {
            for k in matrix[i].indices {
                let sum = sums[matrix[i][k].column]
                if sum == .zero { continue }
                matrix[i][k].value = matrix[i][k].value.safeDiv(sum)
            }
        }
    }

    /// `inplace_col_max_upscale_sparse`: each column divided by its maximum (columns with max 0 untouched).
    public static func columnMaxUpscale(_ matrix: inout SparseMatrix, columns: Int) {
        var maxima = [I32F32](repeating: .zero, count: columns)
        for row in matrix {
            for entry in row where maxima[entry.column] < entry.value { maxima[entry.column] = entry.value }
        }
        for i in matrix.indices {
            for k in matrix[i].indices {
                let maximum = maxima[matrix[i][k].column]
                if maximum == .zero { continue }
                matrix[i][k].value = matrix[i][k].value.safeDiv(maximum)
            }
        }
    }

    /// `row_sum_sparse`: the (plain) sum of each row.
    public static func rowSums(_ matrix: SparseMatrix) -> [I32F32] {
        matrix.map { row in row.reduce(I32F32.zero) { $0 &+ $1.value } }
    }

    /// `matmul_sparse`: `result_j = Σ_i vector_i * M_ij` (floored products, saturating sums).
    public static func matmul(_ matrix: SparseMatrix, _ vector: [I32F32], columns: Int) -> [I32F32] {
        var result = [I32F32](repeating: .zero, count: columns)
        for (i, row) in matrix.enumerated() {
            for entry in row where entry.column < columns {
                result[entry.column] = result[entry.column].saturatingAdd(vector[i].saturatingMul(entry.value))
            }
        }
        return result
    }

    /// `matmul_transpose_sparse`: `result_i = Σ_j vector_j * M_ij` (floored products, saturating sums).
    public static func matmulTranspose(_ matrix: SparseMatrix, _ vector: [I32F32]) -> [I32F32] {
        matrix.map { row in
            row.reduce(I32F32.zero) { $0.saturatingAdd(vector[$1.column].saturatingMul($1.value)) }
        }
    }

    /// `mat_vec_mul_sparse`: `M_ij * vector_j`, dropping zero products.
    public static func matVecMul(_ matrix: SparseMatrix, _ vector: [I32F32]) -> SparseMatrix {
        matrix.map { row in
            row.compactMap { entry in
                let product = entry.value.saturatingMul(vector[entry.column])
                return product == .zero ? nil : SparseEntry(entry.column, product)
            }
        }
    }

    /// `row_hadamard_sparse`: `M_ij * vector_i`.
    public static func rowHadamard(_ matrix: SparseMatrix, _ vector: [I32F32]) -> SparseMatrix {
        matrix.indices.map { i in
            matrix[i].map { SparseEntry($0.column, $0.value.saturatingMul(vector[i])) }
        }
    }

    /// `col_clip_sparse`: entries above their column threshold are clipped to it, or dropped when the
    /// threshold is `<= 0`; entries at or below the threshold are kept as they are.
    public static func columnClip(_ matrix: SparseMatrix, _ thresholds: [I32F32]) -> SparseMatrix {
        matrix.map { row in
            row.compactMap { entry in
                let threshold = thresholds[entry.column]
                if threshold < entry.value {
                    return threshold > .zero ? SparseEntry(entry.column, threshold) : nil
                }
                return entry
            }
        }
    }

    /// `interpolate_sparse`: `A + ratio * (B - A)`. Ratio 0 returns `A`, ratio 1 returns `B` unchanged;
    /// otherwise only positive results are kept.
    public static func interpolate(_ a: SparseMatrix, _ b: SparseMatrix, columns: Int, ratio: I32F32) -> SparseMatrix {
        if ratio == .zero { return a }
        if ratio == .one { return b }
        return a.indices.map { i in
            var rowA = [I32F32](repeating: .zero, count: columns)
            var rowB = [I32F32](repeating: .zero, count: columns)
            for entry in a[i] { rowA[entry.column] = entry.value }
            for entry in b[i] { rowB[entry.column] = entry.value }
            var out: [SparseEntry] = []
            for j in 0..<columns {
                let delta = ratio.saturatingMul(rowB[j].saturatingSub(rowA[j]))
                let value = rowA[j].saturatingAdd(delta)
                if value > .zero { out.append(SparseEntry(j, value)) }
            }
            return out
        }
    }

    /// `mat_ema_sparse`: `alpha * new + (1 - alpha) * old` on densified rows (width = row count),
    /// keeping positive results.
    public static func ema(new: SparseMatrix, old: SparseMatrix, alpha: I32F32) -> SparseMatrix {
        let n = new.count
        let oneMinusAlpha = I32F32.one.saturatingSub(alpha)
        return new.indices.map { i in
            var row = [I32F32](repeating: .zero, count: n)
            for entry in new[i] {
                row[entry.column] = row[entry.column].saturatingAdd(alpha.saturatingMul(entry.value))
            }
            if i < old.count {
                for entry in old[i] {
                    row[entry.column] = row[entry.column].saturatingAdd(oneMinusAlpha.saturatingMul(entry.value))
                }
            }
            var out: [SparseEntry] = []
            for j in 0..<n where row[j] > .zero { out.append(SparseEntry(j, row[j])) }
            return out
        }
    }

    /// `mat_ema_alpha_sparse`: per-entry alpha. For each row the old values decay by `1 - alpha_ij`;
    /// only columns present in the new row are emitted, as `min(decayed + max(alpha_ij * new_ij, 0), 1)`
    /// when positive. A bond whose weight entry is absent from the new row is dropped.
    public static func emaAlpha(new: SparseMatrix, old: SparseMatrix, alpha: [[I32F32]]) -> SparseMatrix {
        let width = old.reduce(new.count) { partial, row in row.reduce(partial) { Swift.max($0, $1.column + 1) } }
        return new.indices.map { i in
            var decayed = [I32F32](repeating: .zero, count: width)
            if i < old.count {
                for entry in old[i] {
                    let a = alpha[i][entry.column]
                    decayed[entry.column] = I32F32.one.saturatingSub(a).saturatingMul(entry.value)
                }
            }
            var out: [SparseEntry] = []
            for entry in new[i] {
                let a = alpha[i][entry.column]
                var purchase = a.saturatingMul(entry.value)
                if purchase < .zero { purchase = .zero }
                var value = decayed[entry.column].saturatingAdd(purchase)
                if value > .one { value = .one }
                if value > .zero { out.append(SparseEntry(entry.column, value)) }
            }
            return out
        }
    }
}
