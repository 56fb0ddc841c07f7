import SCALE
import Testing

@Suite("Decoders fail safely on malformed input")
struct MalformedInputTests {
    @Test("every truncation of a nested value fails with .truncated")
    func truncation() {
        let value: [String?] = ["alpha", nil, "βeta", String(repeating: "x", count: 70)]
        let bytes = value.scaleEncoded
        for length in 0..<bytes.count {
            #expect(throws: ScaleError.self, "length \(length)") { try [String?](scaleEncoded: bytes[0..<length]) }
        }
        #expect(throws: ScaleError(.trailingBytes, "")) { try [String?](scaleEncoded: bytes + [0]) }
    }

    @Test("a length larger than the input is rejected before allocating")
    func oversizedLength() {
        let claimsBillion = Compact(UInt32(1_000_000_000)).scaleEncoded + [1, 2, 3]
        #expect(throws: ScaleError(.lengthExceedsInput, "")) { try [UInt8](scaleEncoded: claimsBillion) }
        #expect(throws: ScaleError(.lengthExceedsInput, "")) { try String(scaleEncoded: claimsBillion) }
    }

    @Test("invalid tags: bool 2, Option 2, Result 2, OptionBool 3, enum index out of range")
    func tags() {
        #expect(throws: ScaleError(.invalidTag, "")) { try Bool(scaleEncoded: [2]) }
        #expect(throws: ScaleError(.invalidTag, "")) { try UInt8?(scaleEncoded: [2, 0]) }
        #expect(throws: ScaleError(.invalidTag, "")) { try ScaleResult<UInt8, Bool>(scaleEncoded: [2, 0]) }
        #expect(throws: ScaleError(.invalidTag, "")) { try OptionBool(scaleEncoded: [3]) }
        #expect(throws: ScaleError(.invalidTag, "")) { try SampleEnum(scaleEncoded: [3]) }
    }

    @Test("strings must be UTF-8")
    func utf8() {
        #expect(throws: ScaleError(.invalidUTF8, "")) { try String(scaleEncoded: [0x08, 0xC3, 0x28]) }
    }

    @Test("a map with a repeated key is rejected")
    func duplicateKey() {
        let bytes: [UInt8] = [0x08, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0]
        #expect(throws: ScaleError(.duplicateKey, "")) { try [UInt32: Bool](scaleEncoded: bytes) }
    }

    @Test("fixed-width integers of every width reject short input")
    func shortIntegers() throws {
        #expect(throws: ScaleError(.truncated, "")) { try UInt16(scaleEncoded: [1]) }
        #expect(throws: ScaleError(.truncated, "")) { try Int64(scaleEncoded: [1, 2, 3, 4, 5, 6, 7]) }
        #expect(throws: ScaleError(.truncated, "")) { try UInt128(scaleEncoded: [UInt8](repeating: 0, count: 15)) }
        #expect(try Int128(scaleEncoded: [UInt8](repeating: 0xFF, count: 16)) == -1)
    }
}
