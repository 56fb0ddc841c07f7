import CurveArithmetic
import Testing
import TestSupport

@Suite("Variable-time scalar multiplication")
struct VartimeMultiplyTests {
    static let l = hex(vectors.ristretto255.constants.lLe)

    @Test("a·A + b·B agrees with double-and-add for random scalars", arguments: 0..<8)
    func doubleScalarAgreement(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed) &* 1_000_003)
        let pointScalar = rng.scalar()
        let A = referenceMultiply(pointScalar, .basepoint)
        let a = rng.scalar()
        let b = rng.scalar()
        let expected = referenceMultiply(a, A) + referenceMultiply(b, .basepoint)
        let actual = EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: a, point: A, b: b)
        #expect(actual == expected, "a=\(hex(a)) b=\(hex(b))")
        let ristretto = RistrettoPoint.vartimeDoubleScalarMultiplyBase(
            a: a, point: RistrettoPoint.basepoint.vartimeMultiply(scalar: pointScalar), b: b)
        #expect(ristretto.encoded == RistrettoPoint(decoding: ristretto.encoded)?.encoded)
        #expect(EdwardsPoint(zip215Decoding: actual.encoded) == actual)
    }

    @Test("a·P agrees with double-and-add for random scalars, including full 256-bit ones", arguments: 0..<8)
    func singleScalarAgreement(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed) &+ 77)
        let P = referenceMultiply(rng.scalar(), .basepoint)
        let full = rng.bytes(32)
        #expect(P.vartimeMultiply(scalar: full) == referenceMultiply(full, P), "k=\(hex(full))")
        let reduced = rng.scalar()
        #expect(P.vartimeMultiply(scalar: reduced) == referenceMultiply(reduced, P), "k=\(hex(reduced))")
    }

    @Test("edge scalars: 0, 1, l − 1, l, 2^256 − 1")
    func edgeScalars() {
        var lMinusOne = Self.l
        lMinusOne[0] -= 1
        let allOnes = [UInt8](repeating: 0xFF, count: 32)
        let B = EdwardsPoint.basepoint
        let A = B.doubled() + B
        #expect(EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: scalar(0), point: A, b: scalar(0)).isIdentity)
        #expect(EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: scalar(1), point: A, b: scalar(1)) == A + B)
        #expect(EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: Self.l, point: A, b: Self.l).isIdentity)
        #expect(EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: lMinusOne, point: A, b: scalar(0)) == -A)
        #expect(EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: scalar(0), point: A, b: lMinusOne) == -B)
        #expect(
            EdwardsPoint.vartimeDoubleScalarMultiplyBase(a: allOnes, point: A, b: allOnes)
                == referenceMultiply(allOnes, A) + referenceMultiply(allOnes, B))
    }
}
