import Foundation

/// JSON-RPC 2.0 framing, independent of the transport: single requests and batch arrays in, responses out.
public enum RPCEnvelope {
    /// The largest request accepted, in bytes.
    public static let maximumRequestBytes = 10 << 20
    /// The most requests in one batch.
    public static let maximumBatchLength = 1000

    /// Answers `data`: a response object, an array for a batch, or nil when nothing is to be sent back (only
    /// notifications). Malformed input gets the standard error responses.
    public static func respond(to data: Data, _ handle: (RPCCall) -> Result<JSON, RPCError>) -> Data? {
        respond(to: data, prepare: { _ in }, handle)
    }

    /// Answers `data` like `respond(to:_:)`, first showing `prepare` every well-formed call of the request (all
    /// of a batch at once), so that work common to them can be done together.
    public static func respond(to data: Data, prepare: ([RPCCall]) -> Void,
                               _ handle: (RPCCall) -> Result<JSON, RPCError>) -> Data? {
        guard data.count <= maximumRequestBytes else {
            return response(id: .null, .failure(.invalidRequest("the request is larger than \(maximumRequestBytes) bytes")))
        }
        let message: JSON
        do {
            message = try JSON.parse(data)
        } catch {
            return response(id: .null, .failure(.parse("the request is not valid JSON")))
        }
        guard case .array(let batch) = message else {
            prepare([call(from: message)].compactMap { $0 })
            return answer(message, handle).map { $0.serialized }
        }
        guard !batch.isEmpty else { return response(id: .null, .failure(.invalidRequest("empty batch"))) }
        guard batch.count <= maximumBatchLength else {
            return response(id: .null, .failure(.invalidRequest("a batch holds at most \(maximumBatchLength) requests")))
        }
        prepare(batch.compactMap(call(from:)))
        var answers: [JSON] = []
        for element in batch {
            if let answer = answer(element, handle) { answers.append(answer) }
        }
        return answers.isEmpty ? nil : JSON.array(answers).serialized
    }

    /// The response object for one request, nil for a notification.
    private static func answer(_ message: JSON, _ handle: (RPCCall) -> Result<JSON, RPCError>) -> JSON? {
        guard case .object(let members) = message else {
            return responseObject(id: .null, .failure(.invalidRequest("a request is a JSON object")))
        }
        let id = members["id"] ?? .null
        switch id {
        case .null, .string, .integer, .unsigned: break
        default: return responseObject(id: .null, .failure(.invalidRequest("the id must be a string or an integer")))
        }
        guard members["jsonrpc"] == .string("2.0") else {
            return responseObject(id: id, .failure(.invalidRequest("\"jsonrpc\" must be \"2.0\"")))
        }
        guard let method = members["method"]?.stringValue else {
            return responseObject(id: id, .failure(.invalidRequest("\"method\" must be a string")))
        }
        let params: [JSON]
        switch members["params"] {
        case nil, .null: params = []
        case .array(let values): params = values
        default: return responseObject(id: id, .failure(.invalidParams("params must be an array")))
        }
        let result = handle(RPCCall(method: method, params: params, id: id))
        return members["id"] == nil ? nil : responseObject(id: id, result)
    }

    /// The call a well-formed request object makes.
    private static func call(from message: JSON) -> RPCCall? {
        guard case .object(let members) = message, members["jsonrpc"] == .string("2.0"),
              let method = members["method"]?.stringValue else { return nil }
        guard case .array(let params)? = members["params"] else { return RPCCall(method: method, id: members["id"] ?? .null) }
        return RPCCall(method: method, params: params, id: members["id"] ?? .null)
    }

    /// A response object.
    public static func responseObject(id: JSON, _ result: Result<JSON, RPCError>) -> JSON {
        switch result {
        case .success(let value): .object(["jsonrpc": .string("2.0"), "id": id, "result": value])
        case .failure(let error): .object(["jsonrpc": .string("2.0"), "id": id, "error": error.json])
        }
    }

    private static func response(id: JSON, _ result: Result<JSON, RPCError>) -> Data {
        responseObject(id: id, result).serialized
    }

    /// A subscription notification.
    public static func notification(method: String, subscription: String, result: JSON) -> Data {
        JSON.object([
            "jsonrpc": .string("2.0"), "method": .string(method),
            "params": .object(["subscription": .string(subscription), "result": result]),
        ]).serialized
    }
}
