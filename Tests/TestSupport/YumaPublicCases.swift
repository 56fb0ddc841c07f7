import Foundation

/// The cases of `Tests/Fixtures/yuma-public.json` whose shape matches `Case`, decoded leniently: each case is
/// decoded as `Case` where its shape matches and skipped otherwise.
public struct YumaPublicCases<Case: Decodable>: Decodable {
    struct Lenient: Decodable {
        let value: Case?
        init(from decoder: Decoder) throws { value = try? Case(from: decoder) }
    }
    let cases: [Lenient]

    /// Every case of the file whose shape matches `Case`.
    public static func load() throws -> [Case] {
        try Fixtures.decode(YumaPublicCases<Case>.self, from: "yuma-public.json").cases.compactMap(\.value)
    }
}
