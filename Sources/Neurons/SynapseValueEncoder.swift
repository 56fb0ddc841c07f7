/// Encodes any `Encodable` into a `SynapseValue`, keeping keys in the order the type encodes them (its
/// declaration order for synthesized conformances). Foundation's `JSONEncoder` on Linux does not keep key order,
/// which Python's `str()` of a dict, and so the body hash, depends on.
public enum SynapseValueEncoder {
    /// The value of `value`.
    /// - Throws: whatever `value.encode(to:)` throws.
    public static func encode<T: Encodable>(_ value: T) throws -> SynapseValue {
        let node = EncodingNode()
        try node.store(value, codingPath: [])
        return node.value
    }
}

/// One value being encoded: a primitive, an object (keys in order) or an array, filled by the containers.
private final class EncodingNode {
    enum Content {
        case empty
        case primitive(SynapseValue)
        case object([(key: String, node: EncodingNode)])
        case array([EncodingNode])
    }

    var content = Content.empty

    var value: SynapseValue {
        switch content {
        case .empty: .null
        case .primitive(let value): value
        case .object(let fields): .object(fields.map { ($0.key, $0.node.value) })
        case .array(let items): .array(items.map(\.value))
        }
    }

    /// Stores `value`, as a primitive when it is one, else through its `encode(to:)`.
    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let value as Bool: content = .primitive(.bool(value))
        case let value as String: content = .primitive(.string(value))
        case let value as Double: content = .primitive(.double(value))
        case let value as Float: content = .primitive(.double(Double(value)))
        case let value as any BinaryInteger: content = .primitive(.integer(String(value)))
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }

    func child(forKey key: String) -> EncodingNode {
        var fields: [(key: String, node: EncodingNode)] = []
        if case .object(let existing) = content { fields = existing }
        if let existing = fields.first(where: { $0.key == key }) { return existing.node }
        let node = EncodingNode()
        fields.append((key, node))
        content = .object(fields)
        return node
    }

    func appendChild() -> EncodingNode {
        var items: [EncodingNode] = []
        if case .array(let existing) = content { items = existing }
        let node = EncodingNode()
        items.append(node)
        content = .array(items)
        return node
    }
}

private struct NodeEncoder: Encoder {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = node.content { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = node.content { node.content = .array([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).content = .primitive(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node, codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { node.appendChild().content = .primitive(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws { try node.appendChild().store(value, codingPath: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .primitive(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws { try node.store(value, codingPath: codingPath) }
}
