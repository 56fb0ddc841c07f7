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

    /// `inplace_row_normalize_sparse`: each row divided by its (plain) sum when that sum is positive.
    public static func rowNormalize(_ matrix: inout SparseMatrix) {
        for i in matrix.indices {
            matrix[i].withUnsafeMutableBufferPointer { row in
                var sum = I32F32.zero
                for entry in row { sum = sum &+ entry.value }
                guard sum > .zero else { return }
                for k in row.indices { row[k].value = row[k].value.safeDiv(sum) }
            }
        }
    }

    /// `inplace_col_normalize_sparse`: each column divided by its saturating sum; zero-sum columns untouched.
    public static func columnNormalize(_ matrix: inout SparseMatrix, columns: Int) {
        divideColumns(&matrix, by: columnSums(matrix, columns: columns))
    }

    /// The saturating sum of each column, in row order (`inplace_col_normalize_sparse`'s divisors).
    public static func columnSums(_ matrix: SparseMatrix, columns: Int) -> [I32F32] {
        var sums = [I32F32](repeating: .zero, count: columns)
        for row in matrix {
            for entry in row { sums[entry.column] = sums[entry.column].saturatingAdd(entry.value) }
        }
        return sums
    }

    /// `inplace_col_max_upscale_sparse`: each column divided by its maximum (columns with max 0 untouched).
    public static func columnMaxUpscale(_ matrix: inout SparseMatrix, columns: Int) {
        divideColumns(&matrix, by: columnMaxima(matrix, columns: columns))
    }

    /// The maximum of each column, 0 for a column without positive entries
    /// (`inplace_col_max_upscale_sparse`'s divisors).
    public static func columnMaxima(_ matrix: SparseMatrix, columns: Int) -> [I32F32] {
        var maxima = [I32F32](repeating: .zero, count: columns)
        for row in matrix {
            for entry in row where maxima[entry.column] < entry.value { maxima[entry.column] = entry.value }
        }
        return maxima
    }

    /// Divides every entry by its column's divisor (`safe_div`), leaving the columns whose divisor is 0.
    public static func divideColumns(_ matrix: inout SparseMatrix, by divisors: [I32F32]) {
        for i in matrix.indices {
            matrix[i].withUnsafeMutableBufferPointer { row in
                for k in row.indices { row[k].value = divided(row[k].value, by: divisors[row[k].column]) }
            }
        }
    }

    /// One entry of `divideColumns`: `value.safeDiv(divisor)`, or `value` when the divisor is 0.
    @inline(__always)
    static func divided(_ value: I32F32, by divisor: I32F32) -> I32F32 {
        divisor == .zero ? value : value.safeDiv(divisor)
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

    /// `row_sum_sparse(mat_vec_mul_sparse(M', vector))` without the intermediate matrices, where `M'` is
    /// `M` with its columns divided by `divisors` as `divideColumns` divides them: the plain sum of each
    /// row's products `M'_ij * vector_j` (the zero products the kernel drops add nothing).
    public static func matVecMulRowSums(
        _ matrix: SparseMatrix, dividedBy divisors: [I32F32], _ vector: [I32F32]
    ) -> [I32F32] {
        matrix.map { row in
            row.reduce(I32F32.zero) { sum, entry in
                sum &+ divided(entry.value, by: divisors[entry.column]).saturatingMul(vector[entry.column])
            }
        }
    }

    /// `row_hadamard_sparse`, in place: `M_ij * vector_i`.
    public static func rowHadamard(_ matrix: inout SparseMatrix, _ vector: [I32F32]) {
        for i in matrix.indices {
            matrix[i].withUnsafeMutableBufferPointer { row in
                for k in row.indices { row[k].value = row[k].value.saturatingMul(vector[i]) }
            }
        }
    }

    /// `col_clip_sparse`, in place: entries above their column threshold are clipped to it, or dropped
    /// when the threshold is `<= 0`; entries at or below the threshold are kept as they are.
    public static func columnClip(_ matrix: inout SparseMatrix, _ thresholds: [I32F32]) {
        for i in matrix.indices { clipRow(&matrix[i], thresholds) }
    }

    /// `col_clip_sparse` in place, then `row_sum_sparse` and `matmul_sparse(M, vector)` of the clipped
    /// matrix, each row summed and multiplied while it is still in cache (the same operations in the same
    /// order as the three kernels one after another).
    public static func columnClip(
        _ matrix: inout SparseMatrix, _ thresholds: [I32F32], vector: [I32F32], columns: Int
    ) -> (rowSums: [I32F32], products: [I32F32]) {
        var rowSums = [I32F32](repeating: .zero, count: matrix.count)
        var products = [I32F32](repeating: .zero, count: columns)
        for i in matrix.indices {
            clipRow(&matrix[i], thresholds)
            var sum = I32F32.zero
            for entry in matrix[i] {
                sum = sum &+ entry.value
                if entry.column < columns {
                    products[entry.column] = products[entry.column].saturatingAdd(vector[i].saturatingMul(entry.value))
                }
            }
            rowSums[i] = sum
        }
        return (rowSums, products)
    }

    /// One row of `col_clip_sparse`, in place.
    static func clipRow(_ entries: inout [SparseEntry], _ thresholds: [I32F32]) {
        var kept = 0
        entries.withUnsafeMutableBufferPointer { row in
            for entry in row {
                let threshold = thresholds[entry.column]
                if entry.value <= threshold {
                    row[kept] = entry
                } else if threshold > .zero {
                    row[kept] = SparseEntry(entry.column, threshold)
                } else {
                    continue
                }
                kept += 1
            }
        }
        entries.removeLast(entries.count - kept)
    }

    /// `interpolate_sparse`: `A + ratio * (B - A)`. Ratio 0 returns `A`, ratio 1 returns `B` unchanged;
    /// otherwise only positive results are kept.
    public static func interpolate(_ a: SparseMatrix, _ b: SparseMatrix, columns: Int, ratio: I32F32) -> SparseMatrix {
        if ratio == .zero { return a }
        if ratio == .one { return b }
        var rowA = [I32F32](repeating: .zero, count: columns)
        var rowB = [I32F32](repeating: .zero, count: columns)
        return a.indices.map { i in
            // Both rows empty: every value is 0 + ratio * 0, none positive.
            if a[i].isEmpty && b[i].isEmpty { return [] }
            for entry in a[i] { rowA[entry.column] = entry.value }
            for entry in b[i] { rowB[entry.column] = entry.value }
            var out: [SparseEntry] = []
            for j in 0..<columns {
                let delta = ratio.saturatingMul(rowB[j].saturatingSub(rowA[j]))
                let value = rowA[j].saturatingAdd(delta)
                if value > .zero { out.append(SparseEntry(j, value)) }
            }
            for entry in a[i] { rowA[entry.column] = .zero }
            for entry in b[i] { rowB[entry.column] = .zero }
            return out
        }
    }

    /// `mat_ema_sparse`, into `old`: `alpha * new + (1 - alpha) * old` on densified rows (width = the row
    /// count of `new`), keeping positive results in column order. `old` takes `new`'s row count (missing
    /// rows count as empty); its rows are rewritten in place, reusing their storage.
    ///
    /// - Returns: the result's saturating column sums, as `columnNormalize` adds them (for `divideColumns`).
    @discardableResult
    public static func ema(new: SparseMatrix, old: inout SparseMatrix, alpha: I32F32) -> [I32F32] {
        let n = new.count
        let oneMinusAlpha = I32F32.one.saturatingSub(alpha)
        if old.count > n { old.removeLast(old.count - n) }
        while old.count < n { old.append([]) }
        var row = [I32F32](repeating: .zero, count: n)
        var sums = [I32F32](repeating: .zero, count: n)
        for i in 0..<n {
            // Both rows empty: the dense row stays zero and nothing is kept.
            if new[i].isEmpty && old[i].isEmpty { continue }
            for entry in new[i] {
                row[entry.column] = row[entry.column].saturatingAdd(alpha.saturatingMul(entry.value))
            }
            for entry in old[i] {
                row[entry.column] = row[entry.column].saturatingAdd(oneMinusAlpha.saturatingMul(entry.value))
            }
            old[i].removeAll(keepingCapacity: true)
            for j in 0..<n where row[j] != .zero {
                if row[j] > .zero {
                    old[i].append(SparseEntry(j, row[j]))
                    sums[j] = sums[j].saturatingAdd(row[j])
                }
                row[j] = .zero
            }
        }
        return sums
    }

    /// `mat_ema_alpha_sparse`: per-entry alpha. For each row the old values decay by `1 - alpha_ij`;
    /// only columns present in the new row are emitted, as `min(decayed + max(alpha_ij * new_ij, 0), 1)`
    /// when positive. A bond whose weight entry is absent from the new row is dropped.
    public static func emaAlpha(new: SparseMatrix, old: SparseMatrix, alpha: [[I32F32]]) -> SparseMatrix {
        let width = old.reduce(new.count) { partial, row in row.reduce(partial) { Swift.max($0, $1.column + 1) } }
        var decayed = [I32F32](repeating: .zero, count: width)
        return new.indices.map { i in
            emaAlphaRow(new: new[i], old: i < old.count ? old[i] : [], decayed: &decayed) { alpha[i][$0] }
        }
    }

    /// One row of `mat_ema_alpha_sparse`, with `alpha(j)` the alpha of column `j`. `decayed` is zeroed
    /// scratch at least as wide as every column of `old`; it is zero again on return.
    @inline(__always)
    static func emaAlphaRow(
        new: [SparseEntry], old: [SparseEntry], decayed: inout [I32F32], alpha: (Int) -> I32F32
    ) -> [SparseEntry] {
        for entry in old {
            decayed[entry.column] = I32F32.one.saturatingSub(alpha(entry.column)).saturatingMul(entry.value)
        }
        var out: [SparseEntry] = []
        out.reserveCapacity(new.count)
        for entry in new {
            var purchase = alpha(entry.column).saturatingMul(entry.value)
            if purchase < .zero { purchase = .zero }
            var value = decayed[entry.column].saturatingAdd(purchase)
            if value > .one { value = .one }
            if value > .zero { out.append(SparseEntry(entry.column, value)) }
        }
        for entry in old { decayed[entry.column] = .zero }
        return out
    }
}
