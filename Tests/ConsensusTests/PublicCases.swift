import Foundation
import TestSupport

/// The cases of `Tests/Fixtures/yuma-public.json` whose shape matches `Case`; other cases are skipped.
struct YumaPublicCases<Case: Decodable>: Decodable {
    struct Lenient: Decodable {
        let value: Case?
        init(from decoder: Decoder) throws { value = try? Case(from: decoder) }
    }
    let cases: [Lenient]

    static func load() throws -> [Case] {
        try Fixtures.decode(YumaPublicCases<Case>.self, from: "yuma-public.json").cases.compactMap(\.value)
    }
}

/// A value of `expected_rust_asserts`: a vector or a matrix of numbers.
enum AssertValue: Decodable {
    case vector([Double])
    case matrix([[Double]])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let vector = try? container.decode([Double].self) {
            self = .vector(vector)
        } else {
            self = .matrix(try container.decode([[Double]].self))
        }
    }
}
