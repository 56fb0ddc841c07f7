/// Why a client call failed: a stable code, a readable reason and, for errors the node returned, the JSON-RPC
/// error code and data. Equality compares the code only.
public struct ClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// The URL is not `ws://`, `wss://`, `http://` or `https://` with a host.
        case invalidURL
        /// No connection could be made.
        case connectionFailed
        /// The connection closed while the call was waiting.
        case connectionClosed
        /// No reply within the call's timeout.
        case timedOut
        /// The node answered with a JSON-RPC error (`rpcCode`, `data`).
        case rpc
        /// The reply is not what the method returns (bad JSON, bad hex, SCALE that does not decode).
        case malformedReply
        /// The transaction was dropped from the pool or declared invalid after submission.
        case transactionDropped
        /// The request needs something this client does not have (a subscription over plain HTTP).
        case unsupported
    }

    /// What kind of failure.
    public let code: Code
    /// What went wrong, for people.
    public let reason: String
    /// The JSON-RPC error code, for `.rpc`.
    public let rpcCode: Int?
    /// The JSON-RPC error's `data` as text, for `.rpc` (Substrate puts the invalid-transaction reason there).
    public let data: String?

    /// An error.
    public init(_ code: Code, _ reason: String, rpcCode: Int? = nil, data: String? = nil) {
        self.code = code
        self.reason = reason
        self.rpcCode = rpcCode
        self.data = data
    }

    public static func == (lhs: ClientError, rhs: ClientError) -> Bool { lhs.code == rhs.code }

    public var description: String {
        guard let rpcCode else { return reason }
        return "\(reason) (JSON-RPC error \(rpcCode)\(data.map { ": \($0)" } ?? ""))"
    }
}
