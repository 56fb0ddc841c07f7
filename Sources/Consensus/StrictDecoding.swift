// Strict JSON decoding for the simulator's input files: unknown keys are errors, and decoding errors become
// `EpochInputError`s that name the JSON path.

/// Any JSON object key, for listing the keys an object actually has.
struct JSONKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// A type with a strict JSON decoding, `init(strictFrom:)`, besides (or instead of) its `Decodable` one.
protocol StrictDecodable {
    init(strictFrom decoder: Decoder) throws
}

/// Decodes `Value` with its strict decoding, for use as a nested `Decodable` value.
struct Strict<Value: StrictDecodable>: Decodable {
    let value: Value

    init(from decoder: Decoder) throws {
        value = try Value(strictFrom: decoder)
    }
}

extension EpochInput: StrictDecodable {}
extension EpochHyperparameters: StrictDecodable {}

extension Decoder {
    /// Throws `unknownKey` for the first key (in sorted order) of this object that `Keys` does not define.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_: Keys.Type) throws {
        let known = Keys.allCases.map(\.stringValue)
        let object = try container(keyedBy: JSONKey.self)
        let unknown = object.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
        if let key = unknown.first {
            throw EpochInputError(
                .unknownKey, field: jsonPath(codingPath + [JSONKey(stringValue: key)]),
                "unknown key; expected one of: \(known.sorted().joined(separator: ", "))")
        }
    }
}

/// A coding path as JSON-path text: `epoch_input.weights_u16_sparse[2][0]`.
func jsonPath(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
        if let index = key.intValue {
            text += "[\(index)]"
        } else {
            text += text.isEmpty ? key.stringValue : "." + key.stringValue
        }
    }
    return text
}

extension EpochInputError {
    /// The error a decoder reported, with its JSON path. An `EpochInputError` thrown from inside decoding
    /// passes through unchanged; any other error becomes `malformedJSON` with its description.
    public init(decoding error: any Error) {
        switch error {
        case let error as EpochInputError:
            self = error
        case DecodingError.typeMismatch(let type, let context):
            self.init(.wrongType, field: jsonPath(context.codingPath),
                      "expected \(Self.typeName(type))" + Self.found(context.debugDescription))
        case DecodingError.valueNotFound(let type, let context):
            self.init(.wrongType, field: jsonPath(context.codingPath), "expected \(Self.typeName(type)), found null")
        case DecodingError.keyNotFound(let key, let context):
            self.init(.missingKey, field: jsonPath(context.codingPath + [key]), "required key is missing")
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init(.malformedJSON, field: "", "not valid JSON" + (context.underlyingError.map { ": \($0)" } ?? ""))
        case DecodingError.dataCorrupted(let context):
            self.init(.wrongType, field: jsonPath(context.codingPath), context.debugDescription)
        default:
            self.init(.malformedJSON, field: "", "\(error)")
        }
    }

    /// `, found X` from a decoder's "… but found X instead." description, else empty.
    static func found(_ description: String) -> String {
        guard let start = description.firstRange(of: "but found "), let end = description.firstRange(of: " instead"),
              start.upperBound <= end.lowerBound else { return "" }
        let found = String(description[start.upperBound..<end.lowerBound])
        return ", found " + (["a dictionary": "an object", "number": "a number"][found] ?? found)
    }

    /// A JSON-level name for a Swift type a decoder expected.
    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is UInt16.Type: "an integer in 0...65535"
        case is Int16.Type: "an integer in -32768...32767"
        case is UInt64.Type: "a non-negative integer"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is String.Type: "a string"
        default:
            String(describing: type).hasPrefix("Array") ? "an array"
                : String(describing: type).hasPrefix("Dictionary") ? "an object" : String(describing: type)
        }
    }
}

/// A JSON input format of the simulator: decoded strictly, then checked by `validate()`.
///
/// Decoding and validation are separate steps so that a decoder failure (a type, a key) and a consistency
/// failure (a length, a UID) are reported apart, and so a document can be decoded without its checks.
public protocol SimulatorInput: Decodable, Sendable {
    /// Checks the decoded value's consistency.
    /// - Throws: `EpochInputError` naming the first offending field.
    func validate() throws(EpochInputError)
}
