import Foundation
import Hashing

/// A synapse on the wire: the subnet's fields plus what every `bt.Synapse` carries (`timeout`, the dendrite's
/// and the axon's `TerminalInfo`), with Bittensor 10's headers, JSON body, body hash and signed message
/// (specs/wire.md §1.2–§1.5).
public struct SynapseMessage<S: Synapse>: Sendable {
    /// The subnet's fields.
    public var synapse: S
    /// Seconds the dendrite waits (`timeout`, 12 by default).
    public var timeout: Double
    /// The caller's side.
    public var dendrite: TerminalInfo
    /// The callee's side.
    public var axon: TerminalInfo

    /// A message carrying `synapse`.
    public init(_ synapse: S, timeout: Double = 12, dendrite: TerminalInfo = TerminalInfo(),
                axon: TerminalInfo = TerminalInfo()) {
        self.synapse = synapse
        self.timeout = timeout
        self.dendrite = dendrite
        self.axon = axon
    }

    /// The subnet's fields as Python's `model_dump()` orders them.
    /// - Throws: what the synapse's `encode(to:)` throws.
    public func fields() throws -> SynapseValue {
        let value = try SynapseValueEncoder.encode(synapse)
        if case .object = value { return value }
        return .object([])
    }

    /// `computed_body_hash`: SHA3-256 over the concatenated SHA3-256 hex digests of `str(value)` of each of
    /// `requiredHashFields`, in order (specs/wire.md §1.4).
    /// - Throws: what the synapse's `encode(to:)` throws.
    public func bodyHash() throws -> String {
        try Self.bodyHash(of: fields())
    }

    static func bodyHash(of fields: SynapseValue) -> String {
        SHA3.hexDigest(S.requiredHashFields.map { SHA3.hexDigest((fields[$0] ?? .null).pythonStr) }.joined())
    }

    /// The message the dendrite signs: `nonce.dendriteHotkey.axonHotkey.uuid.bodyHash`.
    public static func signedMessage(nonce: Int, dendriteHotkey: String, axonHotkey: String, uuid: String,
                              bodyHash: String) -> String {
        "\(nonce).\(dendriteHotkey).\(axonHotkey).\(uuid).\(bodyHash)"
    }

    /// The JSON body: `name, timeout, total_size, header_size, dendrite, axon, computed_body_hash`, then the
    /// subnet's fields (the body's `header_size` is 0 and `computed_body_hash` empty, as Python sends them).
    /// - Throws: what the synapse's `encode(to:)` throws.
    public func body() throws -> SynapseValue {
        guard case .object(let own) = try fields() else { return .object([]) }
        let base: [(key: String, value: SynapseValue)] = [
            ("name", .string(S.name)), ("timeout", .double(timeout)), ("total_size", .integer("0")),
            ("header_size", .integer("0")), ("dendrite", try SynapseValueEncoder.encode(dendrite)),
            ("axon", try SynapseValueEncoder.encode(axon)), ("computed_body_hash", .string("")),
        ]
        return .object(base + own.filter { field in !base.contains { $0.key == field.key } })
    }

    /// The headers of `Synapse.to_headers()`, in order: `name`, `timeout`, the axon's and the dendrite's non-nil
    /// fields, a `bt_header_input_obj_<field>` for each required field, sizes, and `computed_body_hash`.
    /// - Throws: what the synapse's `encode(to:)` throws.
    public func headers() throws -> [(name: String, value: String)] {
        let fields = try fields()
        var headers: [(name: String, value: String)] = [("name", S.name), ("timeout", PythonRepr.float(timeout))]
        headers += axon.headerFields.map { ("bt_header_axon_\($0.0)", $0.1) }
        headers += dendrite.headerFields.map { ("bt_header_dendrite_\($0.0)", $0.1) }
        for field in S.requiredFields {
            headers.append(("bt_header_input_obj_\(field)", Data(Self.emptyValue(like: fields[field]).utf8).base64EncodedString()))
        }
        headers += [("header_size", "0"), ("total_size", "0"), ("computed_body_hash", Self.bodyHash(of: fields))]
        return headers
    }

    /// `json.dumps(type(value)())`: the empty value of the field's kind, which the receiving axon parses its
    /// header-built synapse from.
    static func emptyValue(like value: SynapseValue?) -> String {
        switch value {
        case .integer?: "0"
        case .double?: "0.0"
        case .bool?: "false"
        case .string?: "\"\""
        case .array?: "[]"
        case .object?: "{}"
        case .null?, nil: "null"
        }
    }
}
