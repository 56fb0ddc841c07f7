import SCALE
import TestSupport
import Testing

@Suite("Compact integers")
struct CompactTests {
    @Test("canonical encodings of every mode boundary", arguments: Fixtures.crypto.scale.compact)
    func vector(_ vector: CryptoVectors.Scale.Compact) throws {
        let value = try #require(UInt128(vector.value))
        #expect(hexString(Compact(value).scaleEncoded) == vector.encoded, "value \(vector.value)")
        #expect(try Compact<UInt128>(scaleEncoded: hexBytes(vector.encoded)).value == value)
    }

    @Test("non-canonical and truncated forms are rejected", arguments: Fixtures.crypto.scale.compact_must_reject)
    func reject(_ vector: CryptoVectors.Scale.CompactReject) {
        #expect(throws: ScaleError.self, "\(vector.why)") {
            try Compact<UInt128>(scaleEncoded: hexBytes(vector.encoded))
        }
    }

    @Test("values that do not fit the target type are rejected")
    func overflow() {
        let tooBig = Compact(UInt64(UInt32.max) + 1).scaleEncoded
        #expect(throws: ScaleError(.compactOverflow, "")) { try Compact<UInt32>(scaleEncoded: tooBig) }
        #expect(throws: ScaleError(.compactOverflow, "")) { try Compact<UInt8>(scaleEncoded: Compact(UInt16(256)).scaleEncoded) }
        #expect(throws: ScaleError(.compactOverflow, "")) { try Compact<UInt128>(scaleEncoded: [0b1111_1111] + [UInt8](repeating: 1, count: 67)) }
    }

    @Test("every truncation of every vector fails with .truncated", arguments: Fixtures.crypto.scale.compact)
    func truncation(_ vector: CryptoVectors.Scale.Compact) {
        let bytes = hexBytes(vector.encoded)
        for length in 0..<bytes.count {
            #expect(throws: ScaleError(.truncated, "")) { try Compact<UInt128>(scaleEncoded: bytes[0..<length]) }
        }
    }

    @Test("a trailing byte is rejected")
    func trailing() {
        #expect(throws: ScaleError(.trailingBytes, "")) { try Compact<UInt32>(scaleEncoded: [0x04, 0x00]) }
    }

    @Test("round trip over many values")
    func roundTrip() throws {
        var value: UInt64 = 1
        while value < UInt64.max / 3 {
            for candidate in [value - 1, value, value + 1] {
                #expect(try Compact<UInt64>(scaleEncoded: Compact(candidate).scaleEncoded).value == candidate)
            }
            value *= 3
        }
    }
}
