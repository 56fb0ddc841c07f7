/// A JSON-RPC error object: standard codes (-32700 … -32603) and Substrate's (1000s for the author API, 4003 for
/// state execution).
public struct RPCError: Error, Equatable, Sendable {
    /// The code.
    public let code: Int
    /// The message.
    public let message: String
    /// More detail.
    public let data: JSON?

    /// An error.
    public init(code: Int, message: String, data: JSON? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// -32700: the text is not JSON.
    public static func parse(_ detail: String) -> RPCError { RPCError(code: -32700, message: "Parse error: \(detail)") }
    /// -32600: not a JSON-RPC request.
    public static func invalidRequest(_ detail: String) -> RPCError {
        RPCError(code: -32600, message: "Invalid request: \(detail)")
    }
    /// -32601: no such method.
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: -32601, message: "Method not found: \(method)")
    }
    /// -32602: the parameters are wrong.
    public static func invalidParams(_ detail: String) -> RPCError {
        RPCError(code: -32602, message: "Invalid params: \(detail)")
    }
    /// -32603: the node failed.
    public static func internalError(_ detail: String) -> RPCError {
        RPCError(code: -32603, message: "Internal error: \(detail)")
    }

    /// The error object's JSON.
    public var json: JSON {
        var members: [String: JSON] = ["code": .integer(Int64(code)), "message": .string(message)]
        if let data { members["data"] = data }
        return .object(members)
    }
}
