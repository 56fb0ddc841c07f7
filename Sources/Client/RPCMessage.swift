/// JSON-RPC 2.0 framing shared by the HTTP and WebSocket transports.
enum RPCMessage {
    /// A request object's text.
    static func request(id: Int, method: String, params: [JSONValue]) -> String {
        JSONValue.object(["jsonrpc": "2.0", "id": .integer(Int64(id)), "method": .string(method),
                          "params": .array(params)]).text
    }

    /// The result of a reply object, or the node's error as a `ClientError`.
    static func outcome(of reply: JSONValue, method: String) -> Result<JSONValue, ClientError> {
        if let error = reply["error"] {
            let data: String? = switch error["data"] {
            case nil, .null?: nil
            case .string(let text)?: text
            case let other?: other.text
            }
            let code = error["code"]?.int64.map(Int.init)
            return .failure(ClientError(.rpc, "\(method): \(error["message"]?.string ?? "error")", rpcCode: code,
                                        data: data))
        }
        guard let result = reply["result"] else {
            return .failure(ClientError(.malformedReply, "\(method): the reply has neither result nor error: \(reply)"))
        }
        return .success(result)
    }
}
