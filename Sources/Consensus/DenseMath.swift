import FixedPoint

/// Dense-matrix kernels of subtensor's `epoch/math.rs`. The production epoch is sparse; these mirror
/// the dense variants that subtensor keeps for its tests (`epoch_dense_mechanism`).
public enum DenseMath {
    /// `inplace_row_normalize`: each row divided by its (plain) sum when that sum is non-zero.
    public static func rowNormalize(_ matrix: inout [[I32F32]]) {
        for i in matrix.indices {
            let sum = VectorMath.sum(matrix[i])
            if sum == .zero { continue }
            for j in matrix[i].indices { matrix[i][j] = matrix[i][j].safeDiv(sum) }
        }
    }

    /// `mat_ema_alpha`: `min((1 - α_ij) * old_ij + max(α_ij * new_ij, 0), 1)` for every entry. Unlike the
    /// sparse version, a bond without a matching weight decays instead of being dropped.
    public static func emaAlpha(new: [[I32F32]], old: [[I32F32]], alpha: [[I32F32]]) -> [[I32F32]] {
        new.indices.map { i in
            new[i].indices.map { j in
                let decayed = I32F32.one.saturatingSub(alpha[i][j]).saturatingMul(old[i][j])
                var purchase = alpha[i][j].saturatingMul(new[i][j])
                if purchase < .zero { purchase = .zero }
                let value = decayed.saturatingAdd(purchase)
                return value > .one ? .one : value
            }
        }
    }
}
