import FixedPoint

/// Dense-vector kernels of subtensor's `epoch/math.rs`, bit-exact on the fixed-point types.
public enum VectorMath {
    /// The plain (`Sum`, non-saturating) sum of a vector.
    public static func sum(_ x: [I32F32]) -> I32F32 {
        x.reduce(I32F32.zero) { $0 &+ $1 }
    }

    /// `inplace_normalize`: divides every element by the plain sum (`safe_div`); unchanged if the sum is 0.
    public static func normalize(_ x: inout [I32F32]) {
        let total = sum(x)
        if total == .zero { return }
        for i in x.indices { x[i] = x[i].safeDiv(total) }
    }

    /// `inplace_normalize` returning a copy.
    public static func normalized(_ x: [I32F32]) -> [I32F32] {
        var copy = x
        normalize(&copy)
        return copy
    }

    /// `inplace_normalize_using_sum`: divides every element by `total`; unchanged if `total` is 0.
    public static func normalize(_ x: inout [I32F32], usingSum total: I32F32) {
        if total == .zero { return }
        for i in x.indices { x[i] = x[i].safeDiv(total) }
    }

    /// `inplace_normalize_64`: the `I64F64` version of `inplace_normalize`.
    public static func normalize64(_ x: inout [I64F64]) {
        let total = x.reduce(I64F64.zero) { $0 &+ $1 }
        if total == .zero { return }
        for i in x.indices { x[i] = x[i].safeDiv(total) }
    }

    /// `is_topk_nonzero`: `true` for non-zero elements, then the `n - k` smallest (stable ascending order,
    /// ties by index) are cleared. With `n < k` only the non-zero test applies.
    public static func isTopKNonzero(_ vector: [I32F32], k: Int) -> [Bool] {
        var result = vector.map { $0 != .zero }
        let n = vector.count
        if n < k { return result }
        let order = vector.indices.sorted { a, b in
            vector[a] != vector[b] ? vector[a] < vector[b] : a < b
        }
        for index in order.prefix(n - k) { result[index] = false }
        return result
    }

    /// `is_topk`: `true` everywhere, then the `n - k` smallest (stable ascending order) are cleared.
    public static func isTopK(_ vector: [I32F32], k: Int) -> [Bool] {
        let n = vector.count
        var result = [Bool](repeating: true, count: n)
        if n < k { return result }
        let order = vector.indices.sorted { a, b in
            vector[a] != vector[b] ? vector[a] < vector[b] : a < b
        }
        for index in order.prefix(n - k) { result[index] = false }
        return result
    }
}
