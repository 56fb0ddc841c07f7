/// The scores URL answered something other than a validator's scores.
struct ScoresError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }

    /// What a decoding failure means, in a few words: the field and what was wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.isEmpty ? "the top level" : "`" + context.codingPath.map(\.stringValue).joined(separator: ".") + "`"
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)) has no `\(key.stringValue)`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "not JSON (\(context.debugDescription))"
        @unknown default: return "\(error)"
        }
    }
}
