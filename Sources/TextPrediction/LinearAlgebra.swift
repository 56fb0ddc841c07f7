import COpenBLAS

/// Row-major single-precision matrix products, through OpenBLAS's `cblas_sgemm`.
enum LinearAlgebra {
    /// Computes `c = op(a)·op(b)`, or adds it to `c` when `accumulating`, where `op(a)` is `rows × inner`,
    /// `op(b)` is `inner × columns` and `c` is `rows × columns`, all stored row by row. A transposed operand is
    /// stored the other way round (`a` as `inner × rows`, `b` as `columns × inner`).
    static func multiply(
        _ a: UnsafePointer<Float>, transposingA: Bool = false,
        _ b: UnsafePointer<Float>, transposingB: Bool = false,
        into c: UnsafeMutablePointer<Float>, rows: Int, columns: Int, inner: Int, accumulating: Bool = false
    ) {
        cblas_sgemm(
            CblasRowMajor, transposingA ? CblasTrans : CblasNoTrans, transposingB ? CblasTrans : CblasNoTrans,
            Int32(rows), Int32(columns), Int32(inner),
            1, a, Int32(transposingA ? rows : inner),
            b, Int32(transposingB ? inner : columns),
            accumulating ? 1 : 0, c, Int32(columns))
    }

    /// How many threads OpenBLAS splits one product across (a process-wide setting).
    static var threadCount: Int {
        get { Int(openblas_get_num_threads()) }
        set { openblas_set_num_threads(Int32(max(1, newValue))) }
    }
}
