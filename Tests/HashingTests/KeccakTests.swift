import Crypto
import Hashing
import TestSupport
import Testing

@Suite("Keccak-f[1600]")
struct KeccakTests {
    @Test("permutation vectors", arguments: Fixtures.crypto.keccak_f1600.vectors)
    func permutation(_ vector: CryptoVectors.Keccak.Vector) {
        var state = KeccakState(bytes: hexBytes(vector.input))
        state.permute()
        #expect(hexString(state.bytes) == vector.output)
    }

    @Test("SHA3-256 built on the permutation", arguments: Fixtures.crypto.keccak_f1600.sha3_256_selftest)
    func sha3(_ vector: CryptoVectors.Keccak.SHA3) {
        let message = hexBytes(vector.msg)
        #expect(hexString(sha3_256(message)) == vector.digest)
        #expect(hexString(Array(SHA3_256.hash(data: message))) == vector.digest)
    }

    @Test("byte subscript reads and writes the little-endian serialization")
    func byteAccess() {
        var state = KeccakState()
        state[byte: 9] = 0xAB
        state[byte: 199] = 0x01
        var expected = [UInt8](repeating: 0, count: 200)
        expected[9] = 0xAB
        expected[199] = 0x01
        #expect(state.bytes == expected)
        #expect(state[byte: 9] == 0xAB)
    }

    /// SHA3-256 (rate 136, padding 0x06 … 0x80) over `KeccakState`, to self-test the permutation.
    private func sha3_256(_ message: [UInt8]) -> [UInt8] {
        let rate = 136
        var padded = message + [0x06]
        while padded.count % rate != 0 { padded.append(0) }
        padded[padded.count - 1] |= 0x80
        var state = KeccakState()
        for block in stride(from: 0, to: padded.count, by: rate) {
            for index in 0..<rate { state[byte: index] ^= padded[block + index] }
            state.permute()
        }
        return Array(state.bytes[0..<32])
    }
}
