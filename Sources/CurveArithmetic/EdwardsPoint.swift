/// A point on the twisted Edwards curve −x² + y² = 1 + d·x²·y² (the curve of Ed25519 and ristretto255),
/// in extended coordinates (X : Y : Z : T) with x = X/Z, y = Y/Z and x·y = T/Z.
///
/// The group of all curve points has order 8·l; ``RistrettoPoint`` builds the prime-order group
/// on top of it. Equality here is equality of curve points (no cofactor is quotiented out).
public struct EdwardsPoint: Sendable {
    var X: FieldElement
    var Y: FieldElement
    var Z: FieldElement
    var T: FieldElement

    @inline(__always)
    init(X: FieldElement, Y: FieldElement, Z: FieldElement, T: FieldElement) {
        self.X = X
        self.Y = Y
        self.Z = Z
        self.T = T
    }

    /// The neutral element (0, 1).
    public static let identity = EdwardsPoint(X: .zero, Y: .one, Z: .one, T: .zero)

    /// The Ed25519 base point: y = 4/5 with non-negative x; it generates the subgroup of order l.
    public static let basepoint = EdwardsPoint(
        X: FieldElement(0x62d608f25d51a, 0x412a4b4f6592a, 0x75b7171a4b31d, 0x1ff60527118fe, 0x216936d3cd6e5),
        Y: FieldElement(0x6666666666658, 0x4cccccccccccc, 0x1999999999999, 0x3333333333333, 0x6666666666666),
        Z: .one,
        T: FieldElement(0x68ab3a5b7dda3, 0x00eea2a5eadbb, 0x2af8df483c27e, 0x332b375274732, 0x67875f0fd78b7)
    )

    /// Decodes a 32-byte Ed25519 point encoding with the ZIP-215 rules.
    ///
    /// Bits 0–254 hold y and bit 255 the sign of x. A y in `p ..< 2^255` is accepted and reduced
    /// modulo p, and a set sign bit with x = 0 is accepted, as ed25519-zebra does. Points that are
    /// not on the curve are rejected.
    ///
    /// - Parameter bytes: the encoding; anything but 32 bytes returns `nil`.
    public init?(zip215Decoding bytes: [UInt8]) {
        guard let y = FieldElement(bytes: bytes) else { return nil }
        let yy = y.squared()
        let u = yy - .one
        let v = yy * .d + .one
        let (wasSquare, root) = FieldElement.sqrtRatioM1(u, v)
        guard wasSquare else { return nil }
        let x = bytes[31] >> 7 == 1 ? -root : root
        self.init(X: x, Y: y, Z: .one, T: x * y)
    }

    /// The canonical 32-byte Ed25519 encoding: y little-endian with the sign of x in bit 255.
    public var encoded: [UInt8] {
        let zInverse = Z.inverted()
        let x = X * zInverse
        var out = (Y * zInverse).bytes
        if x.isNegative {
            out[31] |= 0x80
        }
        return out
    }

    /// Whether the point is the neutral element (X = 0 and Y = Z).
    public var isIdentity: Bool {
        X.isZero && Y == Z
    }

    /// The point doubled, using the dedicated doubling formula.
    public func doubled() -> EdwardsPoint {
        projective.doubled().extended
    }

    /// The sum of two points (add-2008-hwcd-3).
    public static func + (p: EdwardsPoint, q: EdwardsPoint) -> EdwardsPoint {
        (p + q.cached).extended
    }

    /// The difference of two points.
    public static func - (p: EdwardsPoint, q: EdwardsPoint) -> EdwardsPoint {
        (p - q.cached).extended
    }

    /// The additive inverse (−x, y).
    public static prefix func - (p: EdwardsPoint) -> EdwardsPoint {
        EdwardsPoint(X: -p.X, Y: p.Y, Z: p.Z, T: -p.T)
    }
}

extension EdwardsPoint: Equatable {
    /// Compares the affine coordinates: X1·Z2 == X2·Z1 and Y1·Z2 == Y2·Z1.
    public static func == (p: EdwardsPoint, q: EdwardsPoint) -> Bool {
        p.X * q.Z == q.X * p.Z && p.Y * q.Z == q.Y * p.Z
    }
}
