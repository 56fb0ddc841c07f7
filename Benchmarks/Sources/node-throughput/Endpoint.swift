import Foundation
import LoadGeneration

/// The node's JSON-RPC address on loopback: where connections go and what each request's header says.
struct Endpoint: Sendable {
    let host: String
    let port: UInt16
    let path: String

    /// The endpoint of `url`, an `http://` URL with an IPv4 address (the generator speaks plain HTTP only).
    init(_ url: String) throws {
        guard let parsed = URL(string: url), parsed.scheme == "http", let host = parsed.host, let port = parsed.port,
              let port16 = UInt16(exactly: port) else { throw Failure("--url must be http://IPv4:PORT/, not \(url)") }
        self.host = host
        self.port = port16
        path = parsed.path.isEmpty ? "/" : parsed.path
    }

    /// A new keep-alive connection.
    func connect() throws -> RawHTTPConnection { try RawHTTPConnection(host: host, port: port) }

    /// The whole HTTP/1.1 POST of the JSON `body`, ready to send.
    func post(_ body: [UInt8]) -> [UInt8] {
        let head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.count)\r\n\r\n"
        return Array(head.utf8) + body
    }

    /// One JSON-RPC call over `connection`, parsed with JSONSerialization (outside the timed phase only).
    func call(_ method: String, _ params: [Any] = [], on connection: RawHTTPConnection) throws -> Any? {
        let body = try JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "id": 1, "method": method,
                                                               "params": params])
        let response = try connection.exchange(post(Array(body)))
        guard response.status == 200,
              let reply = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else {
            let text = String(decoding: response.body.prefix(300), as: UTF8.self)
            throw Failure("\(method): HTTP \(response.status): \(text)")
        }
        if let error = reply["error"] { throw Failure("\(method): \(error)") }
        return reply["result"]
    }
}
