/// A point in projective coordinates (X : Y : Z), x = X/Z, y = Y/Z; the input of a doubling.
struct ProjectivePoint {
    var X: FieldElement
    var Y: FieldElement
    var Z: FieldElement

    static let identity = ProjectivePoint(X: .zero, Y: .one, Z: .one)

    /// Doubling (dbl-2008-hwcd with a = −1), left in completed form.
    @inline(__always)
    func doubled() -> CompletedPoint {
        let xx = X.squared()
        let yy = Y.squared()
        let zz = Z.squared()
        let zz2 = zz + zz
        let xPlusYSquared = (X + Y).squared()
        let sum = yy + xx
        let difference = yy - xx
        return CompletedPoint(X: xPlusYSquared - sum, Y: sum, Z: difference, T: zz2 - difference)
    }
}

/// The output of an addition or doubling before its final multiplications: x = X/Z, y = Y/T.
struct CompletedPoint {
    var X: FieldElement
    var Y: FieldElement
    var Z: FieldElement
    var T: FieldElement

    /// Extended coordinates (4 multiplications).
    @inline(__always)
    var extended: EdwardsPoint {
        EdwardsPoint(X: X * T, Y: Y * Z, Z: Z * T, T: X * Y)
    }

    /// Projective coordinates (3 multiplications), enough for a following doubling.
    @inline(__always)
    var projective: ProjectivePoint {
        ProjectivePoint(X: X * T, Y: Y * Z, Z: Z * T)
    }
}

/// A point cached for repeated addition ("projective Niels" form): (Y+X, Y−X, Z, 2d·T).
struct CachedPoint {
    var yPlusX: FieldElement
    var yMinusX: FieldElement
    var Z: FieldElement
    var t2d: FieldElement
}

/// An affine point cached for repeated addition ("affine Niels" form): (y+x, y−x, 2d·x·y), Z = 1.
struct AffineNielsPoint {
    var yPlusX: FieldElement
    var yMinusX: FieldElement
    var xy2d: FieldElement
}

extension EdwardsPoint {
    /// The point with T dropped.
    @inline(__always)
    var projective: ProjectivePoint {
        ProjectivePoint(X: X, Y: Y, Z: Z)
    }

    /// The cached form used as the right-hand side of additions.
    var cached: CachedPoint {
        CachedPoint(yPlusX: Y + X, yMinusX: Y - X, Z: Z, t2d: T * .d2)
    }

    /// The affine cached form (one inversion); used for precomputed tables.
    var affineNiels: AffineNielsPoint {
        let zInverse = Z.inverted()
        let x = X * zInverse
        let y = Y * zInverse
        return AffineNielsPoint(yPlusX: y + x, yMinusX: y - x, xy2d: x * y * .d2)
    }

    /// Addition of a cached point (add-2008-hwcd-3), left in completed form.
    @inline(__always)
    static func + (p: EdwardsPoint, q: CachedPoint) -> CompletedPoint {
        let pp = (p.Y + p.X) * q.yPlusX
        let mm = (p.Y - p.X) * q.yMinusX
        let tt = p.T * q.t2d
        let zz = p.Z * q.Z
        let zz2 = zz + zz
        return CompletedPoint(X: pp - mm, Y: pp + mm, Z: zz2 + tt, T: zz2 - tt)
    }

    /// Subtraction of a cached point, left in completed form.
    @inline(__always)
    static func - (p: EdwardsPoint, q: CachedPoint) -> CompletedPoint {
        let pm = (p.Y + p.X) * q.yMinusX
        let mp = (p.Y - p.X) * q.yPlusX
        let tt = p.T * q.t2d
        let zz = p.Z * q.Z
        let zz2 = zz + zz
        return CompletedPoint(X: pm - mp, Y: pm + mp, Z: zz2 - tt, T: zz2 + tt)
    }

    /// Addition of an affine cached point (one multiplication fewer), left in completed form.
    @inline(__always)
    static func + (p: EdwardsPoint, q: AffineNielsPoint) -> CompletedPoint {
        let pp = (p.Y + p.X) * q.yPlusX
        let mm = (p.Y - p.X) * q.yMinusX
        let tt = p.T * q.xy2d
        let zz2 = p.Z + p.Z
        return CompletedPoint(X: pp - mm, Y: pp + mm, Z: zz2 + tt, T: zz2 - tt)
    }

    /// Subtraction of an affine cached point, left in completed form.
    @inline(__always)
    static func - (p: EdwardsPoint, q: AffineNielsPoint) -> CompletedPoint {
        let pm = (p.Y + p.X) * q.yMinusX
        let mp = (p.Y - p.X) * q.yPlusX
        let tt = p.T * q.xy2d
        let zz2 = p.Z + p.Z
        return CompletedPoint(X: pm - mp, Y: pm + mp, Z: zz2 - tt, T: zz2 + tt)
    }
}
