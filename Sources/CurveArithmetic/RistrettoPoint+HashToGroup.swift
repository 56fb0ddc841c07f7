extension RistrettoPoint {
    /// Hash-to-group from 64 uniformly random bytes (RFC 9496 §4.3.4, `from_uniform_bytes`).
    ///
    /// Each 32-byte half, with bit 255 cleared and reduced modulo p, is mapped with the Elligator
    /// MAP, and the two points are added.
    ///
    /// - Parameter uniformBytes: exactly 64 bytes, for example a SHA-512 digest.
    /// - Precondition: `uniformBytes.count == 64`.
    public init(uniformBytes: [UInt8]) {
        precondition(uniformBytes.count == 64, "from_uniform_bytes takes 64 bytes")
        let t1 = FieldElement(bytes: Array(uniformBytes[0..<32]))!
        let t2 = FieldElement(bytes: Array(uniformBytes[32..<64]))!
        self.init(Self.elligatorMap(t1) + Self.elligatorMap(t2))
    }

    /// RFC 9496 MAP: one field element to one curve point.
    static func elligatorMap(_ t: FieldElement) -> EdwardsPoint {
        let r = FieldElement.sqrtM1 * t.squared()
        let u = (r + .one) * .oneMinusDSquared
        let v = (-FieldElement.one - r * .d) * (r + .d)
        let (wasSquare, root) = FieldElement.sqrtRatioM1(u, v)
        let s = wasSquare ? root : -(root * t).absolute
        let c = wasSquare ? -FieldElement.one : r
        let n = c * (r - .one) * .dMinusOneSquared - v
        let w0 = (s + s) * v
        let w1 = n * .sqrtADMinusOne
        let ss = s.squared()
        let w2 = .one - ss
        let w3 = .one + ss
        return EdwardsPoint(X: w0 * w3, Y: w2 * w1, Z: w1 * w3, T: w0 * w2)
    }
}
