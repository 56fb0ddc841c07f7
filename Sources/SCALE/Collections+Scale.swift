extension String: ScaleCodable {
    /// A compact byte length, then the UTF-8 bytes.
    public func encode(into writer: inout ScaleWriter) {
        writer.write(length: utf8.count)
        writer.write(bytes: utf8)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let bytes = try reader.readBytes(reader.readLength())
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ScaleError(.invalidUTF8, "string at offset \(offset) is not valid UTF-8")
        }
        self = text
    }
}

extension Array: ScaleEncodable where Element: ScaleEncodable {
    /// `Vec<T>`: a compact element count, then the elements.
    public func encode(into writer: inout ScaleWriter) {
        writer.write(length: count)
        for element in self { element.encode(into: &writer) }
    }
}

extension Array: ScaleDecodable where Element: ScaleDecodable {
    public init(decoding reader: inout ScaleReader) throws {
        let count = try reader.readLength()
        var elements = [Element]()
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try Element(decoding: &reader)) }
        self = elements
    }
}

extension InlineArray: ScaleEncodable where Element: ScaleEncodable {
    /// `[T; N]`: the elements with no length prefix.
    public func encode(into writer: inout ScaleWriter) {
        for index in indices { self[index].encode(into: &writer) }
    }
}

extension InlineArray: ScaleDecodable where Element: ScaleDecodable {
    public init(decoding reader: inout ScaleReader) throws {
        self = try InlineArray { _ in try Element(decoding: &reader) }
    }
}

extension Dictionary: ScaleEncodable where Key: ScaleEncodable & Comparable, Value: ScaleEncodable {
    /// `BTreeMap<K, V>`: a compact count, then `(key, value)` pairs in ascending key order.
    public func encode(into writer: inout ScaleWriter) {
        writer.write(length: count)
        for key in keys.sorted() {
            key.encode(into: &writer)
            self[key]!.encode(into: &writer)
        }
    }
}

extension Dictionary: ScaleDecodable where Key: ScaleDecodable & Comparable, Value: ScaleDecodable {
    /// Decodes a `BTreeMap`; a key that appears twice is an error.
    public init(decoding reader: inout ScaleReader) throws {
        let count = try reader.readLength()
        var map = [Key: Value](minimumCapacity: count)
        for _ in 0..<count {
            let offset = reader.position
            let key = try Key(decoding: &reader)
            guard map.updateValue(try Value(decoding: &reader), forKey: key) == nil else {
                throw ScaleError(.duplicateKey, "map key at offset \(offset) appears twice")
            }
        }
        self = map
    }
}
