import SCALE

// Shorthands for the `C<T>` and `Vec<C<T>>` fields the runtime-API result types are full of.

/// `Vec<Compact<T>>` for plain integers.
func compacts<T: FixedWidthInteger & UnsignedInteger & Sendable>(_ values: [T]) -> [Compact<T>] {
    values.map(Compact.init)
}

/// `Option<Compact<T>>` for an optional plain integer.
func optionalCompact<T: FixedWidthInteger & UnsignedInteger & Sendable>(_ value: T?) -> Compact<T>? {
    value.map(Compact.init)
}

/// `Option<Vec<Compact<T>>>` for an optional array of plain integers.
func optionalCompacts<T: FixedWidthInteger & UnsignedInteger & Sendable>(_ values: [T]?) -> [Compact<T>]? {
    values.map(compacts)
}

extension ScaleReader {
    /// Reads a `Compact<T>` and unwraps it.
    mutating func readCompact<T: FixedWidthInteger & UnsignedInteger & Sendable>(
        _ type: T.Type = T.self
    ) throws -> T {
        try decode(Compact<T>.self).value
    }

    /// Reads a `Vec<Compact<T>>` and unwraps its elements.
    mutating func readCompacts<T: FixedWidthInteger & UnsignedInteger & Sendable>(
        _ type: T.Type = T.self
    ) throws -> [T] {
        try decode([Compact<T>].self).map(\.value)
    }

    /// Reads an `Option<Compact<T>>` and unwraps it.
    mutating func readOptionalCompact<T: FixedWidthInteger & UnsignedInteger & Sendable>(
        _ type: T.Type = T.self
    ) throws -> T? {
        try decode(Compact<T>?.self)?.value
    }

    /// Reads an `Option<Vec<Compact<T>>>` and unwraps its elements.
    mutating func readOptionalCompacts<T: FixedWidthInteger & UnsignedInteger & Sendable>(
        _ type: T.Type = T.self
    ) throws -> [T]? {
        try decode([Compact<T>]?.self)?.map(\.value)
    }
}
