import CurveArithmetic
import Testing

@Suite("Scalars modulo l")
struct ScalarModOrderTests {
    @Test("64-byte reduction matches the vectors", arguments: vectors.ristretto255.scalarReduceWide)
    func reduceWide(vector: CryptoVectors.Ristretto.WideReduction) {
        #expect(hex(ScalarModOrder.reduceWide(hex(vector.wide64))) == vector.reduced)
    }

    @Test("canonicality matches the vectors", arguments: vectors.ristretto255.scalarCanonicalCheck)
    func canonical(vector: CryptoVectors.Ristretto.CanonicalCheck) {
        #expect(ScalarModOrder.isCanonical(hex(vector.bytes)) == vector.canonical)
    }

    @Test("reducing l, l − 1 and l + 1 written wide")
    func reduceAroundOrder() {
        let l = hex(vectors.ristretto255.constants.lLe)
        let zeros = [UInt8](repeating: 0, count: 32)
        var lMinusOne = l
        lMinusOne[0] -= 1
        var lPlusOne = l
        lPlusOne[0] += 1
        #expect(ScalarModOrder.reduceWide(l + zeros) == zeros)
        #expect(ScalarModOrder.reduceWide(lMinusOne + zeros) == lMinusOne)
        #expect(ScalarModOrder.reduceWide(lPlusOne + zeros) == scalar(1))
    }

    @Test("wrong lengths are not canonical", arguments: [0, 31, 33, 64])
    func wrongLength(count: Int) {
        #expect(!ScalarModOrder.isCanonical([UInt8](repeating: 0, count: count)))
    }
}
