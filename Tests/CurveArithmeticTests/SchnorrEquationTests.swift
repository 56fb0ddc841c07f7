@testable import CurveArithmetic
import Testing

@Suite("Half-size scalar verification of s·B − k·A == R")
struct SchnorrEquationTests {
    /// A random scalar below 2^252 (so below l).
    private func randomScalar<G: RandomNumberGenerator>(_ generator: inout G) -> [UInt8] {
        var bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[31] &= 0x0F
        return bytes
    }

    @Test("the decomposition satisfies c0 ≡ c1·k (mod l) with half-size parts")
    func decomposition() {
        var generator = SystemRandomNumberGenerator()
        var cases: [[UInt8]] = (0..<200).map { _ in randomScalar(&generator) }
        cases.append([UInt8](repeating: 0, count: 32))
        cases.append([1] + [UInt8](repeating: 0, count: 31))
        cases.append([0xFF, 0xFF] + [UInt8](repeating: 0, count: 30))
        cases.append(UInt256.order.subtracting(UInt256(high: 0, low: 1)).littleEndianBytes)
        cases.append([UInt8](repeating: 0xFF, count: 32))
        for k in cases {
            let split = HalfSizeScalars(decomposing: k)
            #expect(split.c0 < UInt128(1) << 126)
            #expect(split.c1Magnitude < UInt128(1) << 127)
            let c0Bytes = (0..<32).map { i in i < 16 ? UInt8(truncatingIfNeeded: split.c0 >> (8 * i)) : 0 }
            let kReduced = ScalarModOrder.reduceWide(k + [UInt8](repeating: 0, count: 32))
            #expect(ScalarModOrder.multiply(split.c1ModOrder, kReduced) == ScalarModOrder.reduceWide(c0Bytes + [UInt8](repeating: 0, count: 32)),
                    "k=\(k)")
        }
    }

    @Test("agrees with the full-length double multiplication on true and false equations")
    func agreesWithDirectComputation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            let a = RistrettoPoint.basepoint.vartimeMultiply(scalar: randomScalar(&generator))
            let s = randomScalar(&generator)
            let k = randomScalar(&generator)
            let negatedK = ScalarModOrder.multiply(k, UInt256.order.subtracting(UInt256(high: 0, low: 1)).littleEndianBytes)
            let r = RistrettoPoint.vartimeDoubleScalarMultiplyBase(a: negatedK, point: a, b: s)
            #expect(RistrettoPoint.vartimeSchnorrEquationHolds(s: s, k: k, publicKey: a, commitment: r))
            #expect(!RistrettoPoint.vartimeSchnorrEquationHolds(s: s, k: k, publicKey: a, commitment: r + .basepoint))
            #expect(!RistrettoPoint.vartimeSchnorrEquationHolds(s: s, k: k, publicKey: r, commitment: a))
            let roundTripped = try #require(RistrettoPoint(decoding: r.encoded))
            #expect(RistrettoPoint.vartimeSchnorrEquationHolds(s: s, k: k, publicKey: a, commitment: roundTripped))
        }
    }

    @Test("identity and zero scalars")
    func edgeCases() {
        let zero = [UInt8](repeating: 0, count: 32)
        #expect(RistrettoPoint.vartimeSchnorrEquationHolds(s: zero, k: zero, publicKey: .basepoint, commitment: .identity))
        #expect(!RistrettoPoint.vartimeSchnorrEquationHolds(s: zero, k: zero, publicKey: .basepoint, commitment: .basepoint))
        let one = [1] + [UInt8](repeating: 0, count: 31)
        #expect(RistrettoPoint.vartimeSchnorrEquationHolds(s: one, k: zero, publicKey: .identity, commitment: .basepoint))
    }
}
