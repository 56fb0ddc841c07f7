import Foundation
@testable import Node
import Testing

/// The JSON value type: parsing keeps booleans, integers, large unsigned numbers and doubles apart, and
/// serializing escapes what must be escaped.
@Suite struct JSONTests {
    @Test func parsingKeepsNumberKinds() throws {
        let value = try JSON.parse(Data(#"{"t":true,"f":false,"one":1,"neg":-2,"big":18446744073709551615,"x":1.5,"n":null,"s":"é"}"#.utf8))
        #expect(value == .object(["t": .bool(true), "f": .bool(false), "one": .integer(1), "neg": .integer(-2),
                                  "big": .unsigned(.max), "x": .double(1.5), "n": .null, "s": .string("é")]))
        #expect(try JSON.parse(Data("7".utf8)) == .integer(7))
        #expect(throws: (any Error).self) { try JSON.parse(Data("{".utf8)) }
    }

    @Test func serializingRoundTripsAndEscapes() throws {
        let value = JSON.object(["b": .array([.integer(-1), .unsigned(.max), .bool(true), .null]),
                                 "a": .string("quote \" back \\ newline \n tab \t bell \u{7}")])
        let text = String(decoding: value.serialized, as: UTF8.self)
        #expect(text.hasPrefix(#"{"a":"quote \" back \\ newline \n tab \t bell \u0007""#))
        #expect(try JSON.parse(value.serialized) == value)
    }
}
