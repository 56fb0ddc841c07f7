/// A request–response type of a subnet, as Bittensor 6–10 define them (`bt.Synapse` subclasses): its fields are
/// the `Codable` properties, in declaration order (the JSON body and the body hash follow it).
///
/// ```swift
/// struct Dummy: Synapse {
///     static let requiredHashFields = ["input"]
///     static let requiredFields = ["input"]
///     var input: Int
///     var output: Int?
/// }
/// ```
public protocol Synapse: Codable, Sendable {
    /// What a dendrite's caller gets from a response (`deserialize()` in Python); the synapse itself by default.
    associatedtype Deserialized = Self

    /// The route (`/Dummy`) and `name` header: the Python class name.
    static var name: String { get }
    /// The fields hashed into `computed_body_hash`, in order (`required_hash_fields`).
    static var requiredHashFields: [String] { get }
    /// The fields without a default in Python: each gets a `bt_header_input_obj_<field>` header, without which a
    /// Python axon answers 500.
    static var requiredFields: [String] { get }

    /// The result a dendrite's caller wants from a response.
    func deserialize() -> Deserialized
}

extension Synapse {
    public static var name: String { String(describing: Self.self) }
    public static var requiredHashFields: [String] { [] }
    public static var requiredFields: [String] { [] }
}

extension Synapse where Deserialized == Self {
    public func deserialize() -> Self { self }
}

/// A synapse whose response is a stream of chunks (`bt.StreamingSynapse`): the axon answers 200 with
/// `text/event-stream` and the bt headers, then the raw bytes its forward function produces.
public protocol StreamingSynapse: Synapse {}

/// The built-in `/Synapse` ping: the base synapse with no fields of its own.
public struct PingSynapse: Synapse {
    public static var name: String { "Synapse" }

    /// A ping.
    public init() {}
}

/// One side of a call as the synapse records it (`TerminalInfo`): status, timing, address, version, and the
/// signing fields (nonce, uuid, hotkey, signature).
public struct TerminalInfo: Codable, Equatable, Sendable {
    /// The HTTP-like status (200 success, 401 not verified, 408 timeout, …).
    public var statusCode: Int?
    /// A readable status.
    public var statusMessage: String?
    /// Seconds the call took on this side.
    public var processTime: Double?
    /// The side's IP address.
    public var ip: String?
    /// The side's port.
    public var port: Int?
    /// The side's Bittensor version as an integer (`10005000` for 10.5.0).
    public var version: Int?
    /// Nanoseconds since the Unix epoch when the side signed.
    public var nonce: Int?
    /// The side's session id.
    public var uuid: String?
    /// The side's hotkey (SS58).
    public var hotkey: String?
    /// `0x`-prefixed hex signature.
    public var signature: String?

    /// Empty terminal information.
    public init(statusCode: Int? = nil, statusMessage: String? = nil, processTime: Double? = nil, ip: String? = nil,
                port: Int? = nil, version: Int? = nil, nonce: Int? = nil, uuid: String? = nil, hotkey: String? = nil,
                signature: String? = nil) {
        (self.statusCode, self.statusMessage, self.processTime, self.ip, self.port) = (statusCode, statusMessage,
                                                                                       processTime, ip, port)
        (self.version, self.nonce, self.uuid, self.hotkey, self.signature) = (version, nonce, uuid, hotkey, signature)
    }

    /// The field names, in Python's order (they follow `bt_header_axon_` / `bt_header_dendrite_` in headers).
    static let fieldNames = ["status_code", "status_message", "process_time", "ip", "port", "version", "nonce", "uuid",
                             "hotkey", "signature"]

    enum CodingKeys: String, CodingKey {
        case statusCode = "status_code", statusMessage = "status_message", processTime = "process_time", ip, port
        case version, nonce, uuid, hotkey, signature
    }

    /// Every field, `None` included, as Python's `model_dump()` has them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statusCode, forKey: .statusCode)
        try container.encode(statusMessage, forKey: .statusMessage)
        try container.encode(processTime, forKey: .processTime)
        try container.encode(ip, forKey: .ip)
        try container.encode(port, forKey: .port)
        try container.encode(version, forKey: .version)
        try container.encode(nonce, forKey: .nonce)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(hotkey, forKey: .hotkey)
        try container.encode(signature, forKey: .signature)
    }

    /// The non-nil fields as `(name, Python str())` pairs, in order, for headers.
    var headerFields: [(String, String)] {
        let values: [String?] = [statusCode.map(String.init), statusMessage, processTime.map(PythonRepr.float), ip,
                                 port.map(String.init), version.map(String.init), nonce.map(String.init), uuid, hotkey,
                                 signature]
        return zip(Self.fieldNames, values).compactMap { name, value in value.map { (name, $0) } }
    }

    /// Sets the field `name` from a header value; unknown names and unparsable numbers are ignored.
    mutating func set(field name: String, headerValue value: String) {
        switch name {
        case "status_code": statusCode = Int(value)
        case "status_message": statusMessage = value
        case "process_time": processTime = Double(value)
        case "ip": ip = value
        case "port": port = Int(value)
        case "version": version = Int(value)
        case "nonce": nonce = Int(value)
        case "uuid": uuid = value
        case "hotkey": hotkey = value
        case "signature": signature = value
        default: break
        }
    }
}
