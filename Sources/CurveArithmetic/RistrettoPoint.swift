/// An element of the prime-order group ristretto255 (RFC 9496), of order
/// l = 2^252 + 27742317777372353535851937790883648493.
///
/// Internally an Edwards point standing for its coset modulo the 4-torsion; only the 32-byte
/// ``encoded`` form and ``==`` are meaningful, never the raw coordinates.
public struct RistrettoPoint: Sendable {
    /// A representative of the coset.
    let edwards: EdwardsPoint

    init(_ edwards: EdwardsPoint) {
        self.edwards = edwards
    }

    /// The neutral element, encoded as 32 zero bytes.
    public static let identity = RistrettoPoint(.identity)

    /// The generator: the Ed25519 base point, encoded as `e2f2ae0a…e08d2d76`.
    public static let basepoint = RistrettoPoint(.basepoint)

    /// Decodes a 32-byte encoding (RFC 9496 §4.3.1).
    ///
    /// Rejects encodings of s that are not canonical (s ≥ p, including a set bit 255), negative s,
    /// a non-square in the inverse square root, a negative t = x·y, and y = 0.
    ///
    /// - Parameter bytes: the encoding; anything but 32 bytes returns `nil`.
    public init?(decoding bytes: [UInt8]) {
        guard let s = FieldElement(bytes: bytes), s.bytes == bytes, !s.isNegative else { return nil }
        let ss = s.squared()
        let u1 = .one - ss
        let u2 = .one + ss
        let u2Squared = u2.squared()
        let v = -(FieldElement.d * u1.squared()) - u2Squared
        let (wasSquare, invsqrt) = FieldElement.sqrtRatioM1(.one, v * u2Squared)
        let denX = invsqrt * u2
        let denY = invsqrt * denX * v
        let x = ((s + s) * denX).absolute
        let y = u1 * denY
        let t = x * y
        guard wasSquare, !t.isNegative, !y.isZero else { return nil }
        self.init(EdwardsPoint(X: x, Y: y, Z: .one, T: t))
    }

    /// The canonical 32-byte encoding (RFC 9496 §4.3.2).
    public var encoded: [UInt8] {
        let p = edwards
        let u1 = (p.Z + p.Y) * (p.Z - p.Y)
        let u2 = p.X * p.Y
        let (_, invsqrt) = FieldElement.sqrtRatioM1(.one, u1 * u2.squared())
        let den1 = invsqrt * u1
        let den2 = invsqrt * u2
        let zInverse = den1 * den2 * p.T
        var x = p.X
        var y = p.Y
        var denInverse = den2
        if (p.T * zInverse).isNegative {
            x = p.Y * .sqrtM1
            y = p.X * .sqrtM1
            denInverse = den1 * .invsqrtAMinusD
        }
        if (x * zInverse).isNegative {
            y = -y
        }
        return (denInverse * (p.Z - y)).absolute.bytes
    }

    /// The group operation.
    public static func + (p: RistrettoPoint, q: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(p.edwards + q.edwards)
    }

    /// `p + (−q)`.
    public static func - (p: RistrettoPoint, q: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(p.edwards - q.edwards)
    }

    /// The inverse element.
    public static prefix func - (p: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(-p.edwards)
    }

    /// Computes a·A + b·B (B = ``basepoint``) in variable time; for verification with public scalars.
    ///
    /// - Parameters:
    ///   - a: 32-byte little-endian scalar (any 256-bit value; canonical scalars are < l).
    ///   - A: the variable point.
    ///   - b: 32-byte little-endian scalar for the base point.
    /// - Precondition: both scalars are exactly 32 bytes.
    public static func vartimeDoubleScalarMultiplyBase(a: [UInt8], point A: RistrettoPoint, b: [UInt8]) -> RistrettoPoint {
        RistrettoPoint(EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: a, point: A.edwards, b: b))
    }

    /// Computes scalar·self in variable time; for public scalars only.
    ///
    /// - Parameter scalar: 32-byte little-endian scalar (any 256-bit value).
    /// - Precondition: the scalar is exactly 32 bytes.
    public func vartimeMultiply(scalar: [UInt8]) -> RistrettoPoint {
        RistrettoPoint(edwards.vartimeMultiply(scalar: scalar))
    }
}

extension RistrettoPoint: Equatable {
    /// Group equality (RFC 9496 §4.3.3): X1·Y2 == Y1·X2 or Y1·Y2 == X1·X2.
    public static func == (p: RistrettoPoint, q: RistrettoPoint) -> Bool {
        let a = p.edwards
        let b = q.edwards
        return a.X * b.Y == a.Y * b.X || a.Y * b.Y == a.X * b.X
    }
}
