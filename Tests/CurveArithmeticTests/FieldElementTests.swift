@testable import CurveArithmetic
import Testing
import TestSupport

@Suite("GF(2^255 − 19)")
struct FieldElementTests {
    static let p = hex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")

    static func randomElements(_ count: Int, seed: UInt64) -> [FieldElement] {
        var rng = SplitMix64(state: seed)
        return (0..<count).map { _ in FieldElement(bytes: rng.bytes(32))! }
    }

    @Test("values at and above p encode canonically", arguments: [
        ("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "0000000000000000000000000000000000000000000000000000000000000000"),
        ("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "0100000000000000000000000000000000000000000000000000000000000000"),
        ("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "1200000000000000000000000000000000000000000000000000000000000000"),
        ("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0100000000000000000000000000000000000000000000000000000000000000"),
        ("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    ])
    func canonicalEncoding(raw: String, canonical: String) {
        #expect(FieldElement(bytes: hex(raw))!.bytes == hex(canonical))
    }

    @Test("decoding needs exactly 32 bytes", arguments: [0, 31, 33, 64])
    func wrongLength(count: Int) {
        #expect(FieldElement(bytes: [UInt8](repeating: 1, count: count)) == nil)
    }

    @Test("round trip of canonical bytes")
    func roundTrip() {
        var rng = SplitMix64(state: 1)
        for _ in 0..<100 {
            var bytes = rng.bytes(32)
            bytes[31] &= 0x3F
            #expect(FieldElement(bytes: bytes)!.bytes == bytes, "\(hex(bytes))")
        }
    }

    @Test("x · x⁻¹ == 1 and 0⁻¹ == 0")
    func inversion() {
        for x in Self.randomElements(50, seed: 2) {
            #expect(x * x.inverted() == .one, "\(hex(x.bytes))")
        }
        #expect(FieldElement.zero.inverted() == .zero)
        #expect(FieldElement(bytes: Self.p)!.inverted() == .zero)
    }

    @Test("ring laws: distributivity, squaring, subtraction, negation")
    func ringLaws() {
        let xs = Self.randomElements(60, seed: 3)
        for i in stride(from: 0, to: xs.count, by: 3) {
            let (a, b, c) = (xs[i], xs[i + 1], xs[i + 2])
            #expect((a + b) * c == a * c + b * c)
            #expect(a.squared() == a * a)
            #expect(a.squared(times: 3) == a.squared().squared().squared())
            #expect((a - b) + b == a)
            #expect(a + -a == .zero)
            #expect(-(-a) == a)
            #expect(a * b == b * a)
            #expect((a * b) * c == a * (b * c))
        }
    }

    @Test("arithmetic on inputs with maximal limbs stays exact")
    func extremeLimbs() {
        let top = FieldElement(bytes: [UInt8](repeating: 0xFF, count: 32))!
        let sum = top + top
        let product = sum * sum
        #expect(top == FieldElement(18))
        #expect(product == FieldElement(36 * 36))
        #expect(sum.squared() == product)
        #expect(.zero - sum == -FieldElement(36))
    }

    @Test("sqrtRatioM1 on squares returns the non-negative root")
    func sqrtOfSquares() {
        let xs = Self.randomElements(40, seed: 4)
        for i in stride(from: 0, to: xs.count, by: 2) {
            let (r, v) = (xs[i], xs[i + 1])
            let u = r.squared() * v
            let (wasSquare, root) = FieldElement.sqrtRatioM1(u, v)
            #expect(wasSquare)
            #expect(!root.isNegative)
            #expect(root == r.absolute)
            #expect(v * root.squared() == u)
        }
    }

    @Test("sqrtRatioM1 on non-squares returns √(SQRT_M1·u/v)")
    func sqrtOfNonSquares() {
        for r in Self.randomElements(20, seed: 5) {
            let u = FieldElement(2) * r.squared()
            let (wasSquare, root) = FieldElement.sqrtRatioM1(u, .one)
            #expect(!wasSquare)
            #expect(!root.isNegative)
            #expect(root.squared() == FieldElement.sqrtM1 * u)
        }
    }

    @Test("sqrtRatioM1 special cases: u = 0, v = 0")
    func sqrtSpecialCases() {
        let zeroOverOne = FieldElement.sqrtRatioM1(.zero, .one)
        #expect(zeroOverOne.wasSquare && zeroOverOne.root == .zero)
        let zeroOverZero = FieldElement.sqrtRatioM1(.zero, .zero)
        #expect(zeroOverZero.wasSquare && zeroOverZero.root == .zero)
        let oneOverZero = FieldElement.sqrtRatioM1(.one, .zero)
        #expect(!oneOverZero.wasSquare && oneOverZero.root == .zero)
    }

    @Test("isNegative reads the canonical value")
    func negativity() {
        #expect(!FieldElement.zero.isNegative)
        #expect(FieldElement.one.isNegative)
        #expect(!(-FieldElement.one).isNegative)
        #expect(FieldElement(bytes: hex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"))!.isNegative)
    }

    @Test("constants match the vectors and their defining equations")
    func constants() {
        let c = vectors.ristretto255.constants
        #expect(FieldElement.d.bytes == hex(c.dLe))
        #expect(FieldElement.sqrtM1.bytes == hex(c.sqrtM1Le))
        #expect(FieldElement.sqrtADMinusOne.bytes == hex(c.sqrtAdMinusOneLe))
        #expect(FieldElement.invsqrtAMinusD.bytes == hex(c.invsqrtAMinusDLe))
        #expect(FieldElement.oneMinusDSquared.bytes == hex(c.oneMinusDSqLe))
        #expect(FieldElement.dMinusOneSquared.bytes == hex(c.dMinusOneSqLe))
        let d = FieldElement.d
        #expect(d * FieldElement(121_666) == -FieldElement(121_665))
        #expect(FieldElement.d2 == d + d)
        #expect(FieldElement.sqrtM1.squared() == -FieldElement.one)
        #expect(FieldElement.sqrtADMinusOne.squared() == -d - .one)
        #expect(FieldElement.sqrtADMinusOne.isNegative)
        #expect(FieldElement.invsqrtAMinusD.squared() * (-FieldElement.one - d) == .one)
        #expect(FieldElement.oneMinusDSquared == .one - d.squared())
        #expect(FieldElement.dMinusOneSquared == (d - .one).squared())
    }
}
