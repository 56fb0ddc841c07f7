import AsyncHTTPClient
import Foundation
import NIOCore

/// Plain JSON-RPC calls over HTTP POST through AsyncHTTPClient's shared client (a bounded connection pool per
/// host, no lifecycle to manage).
struct HTTPTransport: Sendable {
    /// The largest reply read.
    static let maximumReplyBytes = 64 << 20

    let url: String

    /// Posts one request and returns its result.
    /// - Throws: `ClientError` (`.connectionFailed`, `.timedOut`, `.rpc`, `.malformedReply`).
    func call(_ method: String, _ params: [JSONValue], timeout: Duration) async throws -> JSONValue {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: RPCMessage.request(id: 1, method: method, params: params)))
        let body: ByteBuffer
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
            body = try await response.body.collect(upTo: Self.maximumReplyBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw ClientError(.timedOut, "\(method): no reply from \(url) within \(timeout)")
        } catch {
            throw ClientError(.connectionFailed, "\(method): \(url): \(error)")
        }
        return try RPCMessage.outcome(of: try JSONValue(parsing: Data(body.readableBytesView)), method: method).get()
    }
}

extension Duration {
    /// The duration in whole nanoseconds (saturating).
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled + attoseconds / 1_000_000_000
    }
}
