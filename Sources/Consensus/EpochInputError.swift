/// A rejected epoch or simulation input: which field, and what is wrong with it.
///
/// `description` reads `field: reason` (just `reason` when the whole document is at fault), e.g.
/// `epoch_input.last_update: has 7 entries, expected n = 8`. Equality compares the code only, so tests and
/// callers can match the kind of failure while the message stays free to improve.
public struct EpochInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stable kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public let name: String

        /// The JSON is not well formed.
        public static let malformedJSON = Code(name: "malformedJSON")
        /// An object has a key the format does not define.
        public static let unknownKey = Code(name: "unknownKey")
        /// A required key is absent.
        public static let missingKey = Code(name: "missingKey")
        /// A value has the wrong JSON type, is `null`, or does not fit its integer type.
        public static let wrongType = Code(name: "wrongType")
        /// A per-UID vector's length differs from `n`.
        public static let lengthMismatch = Code(name: "lengthMismatch")
        /// A sparse matrix has a row count different from `n`.
        public static let rowCountMismatch = Code(name: "rowCountMismatch")
        /// A sparse entry is not a `[uid, value]` pair.
        public static let malformedEntry = Code(name: "malformedEntry")
        /// A UID is not below `n`.
        public static let uidOutOfRange = Code(name: "uidOutOfRange")
        /// A row names the same UID twice.
        public static let duplicateUID = Code(name: "duplicateUID")
        /// `n` exceeds the supported maximum.
        public static let tooManyUIDs = Code(name: "tooManyUIDs")
        /// A value is outside the range the chain allows.
        public static let outOfRange = Code(name: "outOfRange")

        /// The code's name.
        public var description: String { name }
    }

    /// The kind of failure.
    public let code: Code
    /// The JSON path of the offending value (`epoch_input.weights_u16_sparse[2]`), empty for the whole document.
    public let field: String
    /// What is wrong, in words.
    public let reason: String

    /// Creates an error.
    public init(_ code: Code, field: String, _ reason: String) {
        self.code = code
        self.field = field
        self.reason = reason
    }

    /// `field: reason`, or `reason` when there is no field.
    public var description: String { field.isEmpty ? reason : "\(field): \(reason)" }

    /// The same error with `prefix` prepended to its field path (`epoch_input` + `n` → `epoch_input.n`).
    public func nested(in prefix: String) -> EpochInputError {
        guard !prefix.isEmpty else { return self }
        let path = field.isEmpty || field.hasPrefix("[") ? prefix + field : prefix + "." + field
        return EpochInputError(code, field: path, reason)
    }

    public static func == (lhs: EpochInputError, rhs: EpochInputError) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
