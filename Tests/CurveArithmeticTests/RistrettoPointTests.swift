import CurveArithmetic
import Crypto
import Testing

@Suite("ristretto255 (RFC 9496)")
struct RistrettoPointTests {
    @Test("small multiples decode, re-encode and equal k·B", arguments: 0..<16)
    func smallMultiples(k: Int) throws {
        let encoding = hex(vectors.ristretto255.smallMultiplesOfGenerator[k])
        let point = try #require(RistrettoPoint(decoding: encoding))
        #expect(point.encoded == encoding)
        let viaDoubleMultiply = RistrettoPoint.vartimeDoubleScalarMultiplyBase(
            a: scalar(0), point: .basepoint, b: scalar(k))
        #expect(viaDoubleMultiply == point)
        #expect(viaDoubleMultiply.encoded == encoding)
        var sum = RistrettoPoint.identity
        for _ in 0..<k {
            sum = sum + .basepoint
        }
        #expect(sum == point)
        #expect(sum.encoded == encoding)
        #expect(RistrettoPoint.basepoint.vartimeMultiply(scalar: scalar(k)).encoded == encoding)
    }

    @Test("identity and basepoint constants encode as specified")
    func constants() {
        #expect(RistrettoPoint.identity.encoded == [UInt8](repeating: 0, count: 32))
        #expect(RistrettoPoint.basepoint.encoded == hex(vectors.ristretto255.constants.basepointRistretto))
    }

    @Test("bad encodings are rejected", arguments: vectors.ristretto255.badEncodingsMustReject)
    func badEncoding(encoding: String) {
        #expect(RistrettoPoint(decoding: hex(encoding)) == nil)
    }

    @Test("wrong lengths are rejected", arguments: [0, 31, 33, 64])
    func wrongLength(count: Int) {
        var bytes = hex(vectors.ristretto255.constants.basepointRistretto)
        bytes = count <= 32 ? Array(bytes.prefix(count)) : bytes + [UInt8](repeating: 0, count: count - 32)
        #expect(RistrettoPoint(decoding: bytes) == nil)
    }

    @Test("hash to group from SHA-512 of a label", arguments: vectors.ristretto255.hashToGroupSha512OfUtf8Label)
    func hashToGroup(vector: CryptoVectors.Ristretto.HashToGroup) {
        let digest = Array(SHA512.hash(data: Array(vector.labelUtf8.utf8)))
        #expect(hex(digest) == vector.sha512)
        #expect(hex(RistrettoPoint(uniformBytes: digest).encoded) == vector.point)
    }

    @Test("k·B for random k", arguments: vectors.ristretto255.scalarMulBasepoint)
    func basepointMultiple(vector: CryptoVectors.Ristretto.BasepointMultiple) {
        let k = hex(vector.scalar)
        let viaBase = RistrettoPoint.vartimeDoubleScalarMultiplyBase(a: scalar(0), point: .identity, b: k)
        #expect(hex(viaBase.encoded) == vector.kTimesBasepoint)
        let viaPoint = RistrettoPoint.vartimeDoubleScalarMultiplyBase(a: k, point: .basepoint, b: scalar(0))
        #expect(hex(viaPoint.encoded) == vector.kTimesBasepoint)
        #expect(hex(RistrettoPoint.basepoint.vartimeMultiply(scalar: k).encoded) == vector.kTimesBasepoint)
    }

    @Test("addition and subtraction", arguments: vectors.ristretto255.pointAddSub)
    func addSub(vector: CryptoVectors.Ristretto.AddSub) throws {
        let p = try #require(RistrettoPoint(decoding: hex(vector.p)))
        let q = try #require(RistrettoPoint(decoding: hex(vector.q)))
        #expect(hex((p + q).encoded) == vector.pPlusQ)
        #expect(hex((p - q).encoded) == vector.pMinusQ)
        #expect(hex((p + -q).encoded) == vector.pMinusQ)
        #expect(p - p == .identity)
        #expect((p - q) + q == p)
    }

    @Test("equality ignores the coset representative")
    func equalityAcrossRepresentatives() throws {
        let b = RistrettoPoint.basepoint
        let viaSum = b + b + b
        let direct = try #require(RistrettoPoint(decoding: hex(vectors.ristretto255.smallMultiplesOfGenerator[3])))
        #expect(viaSum == direct)
        #expect(viaSum != b)
        #expect(-b != b)
        #expect(b + .identity == b)
    }
}
