import Hashing
import Testing

@Suite("Hex text")
struct HexTests {
    @Test("round trip, with and without 0x, either case")
    func roundTrip() throws {
        let bytes: [UInt8] = [0x00, 0x01, 0xAB, 0xFF]
        #expect(Hex.encode(bytes) == "0001abff")
        #expect(Hex.encode(bytes, prefixed: true) == "0x0001abff")
        #expect(try Hex.decode("0x0001abff") == bytes)
        #expect(try Hex.decode("0001ABFF") == bytes)
        #expect(try Hex.decode("0X") == [])
        #expect(try Hex.decode("") == [])
    }

    @Test("odd length and non-hex characters are rejected", arguments: ["0x123", "zz", "0x12 3", "12g4", "０１"])
    func malformed(_ text: String) {
        #expect(throws: Hex.DecodingError.self) { try Hex.decode(text) }
    }
}
