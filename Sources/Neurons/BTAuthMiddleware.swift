import Hummingbird
import NIOCore

/// Hummingbird middleware that admits only `btauth/1` requests that verify, and hands the route their sender.
///
/// Cheap checks come first: the headers are parsed before the body is read, so an unsigned request is refused
/// without reading its body. Then the body is collected (at most `maxBodySize` bytes), the request is verified
/// against the raw bytes, `context.btauthCaller` is set, and the request goes on with its body still readable.
///
/// Refusals carry a JSON body `{"error": reason}` and these statuses (the spec leaves them to the app and
/// suggests 401/403):
/// - 401 Unauthorized: malformed headers, stale or future nonce, bad signature, replay: the sender has not
///   proved who it is for this request.
/// - 403 Forbidden: wrong or missing receiver: the request is not addressed to this server's hotkey, and no
///   signature can change that.
/// - 413 Content Too Large: a body over `maxBodySize`.
/// - 503 Service Unavailable: the replay store is full (see `BTAuthReplayStore`).
public struct BTAuthMiddleware<Context: BTAuthRequestContext>: RouterMiddleware {
    /// The verifier requests must pass.
    public let verifier: BTAuthVerifier
    /// The largest body read, in bytes.
    public let maxBodySize: Int

    /// Middleware verifying with `verifier`, reading bodies of at most `maxBodySize` bytes.
    public init(verifier: BTAuthVerifier, maxBodySize: Int = 2 * 1024 * 1024) {
        self.verifier = verifier
        self.maxBodySize = maxBodySize
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let headers: BTAuthHeaders
        do throws(BTAuthError) {
            headers = try BTAuthHeaders(parsing: request.headers.lazy.map { (name: $0.name.rawName, value: $0.value) })
        } catch {
            return try refusal(error, request: request, context: context)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodySize)
        } catch is NIOTooManyBytesError {
            return try refusal(.contentTooLarge, "request body is larger than \(maxBodySize) bytes",
                               request: request, context: context)
        }
        var context = context
        do throws(BTAuthError) {
            context.btauthCaller = try verifier.verify(headers, method: request.method.rawValue,
                                                       target: request.head.path ?? "", body: body.readableBytesView)
        } catch {
            return try refusal(error, request: request, context: context)
        }
        return try await next(request, context)
    }

    private struct ErrorBody: Encodable {
        let error: String
    }

    private func refusal(_ error: BTAuthError, request: Request, context: Context) throws -> Response {
        let status: HTTPResponse.Status =
            switch error.kind {
            case .malformedAuth, .staleRequest, .badSignature, .replayedRequest: .unauthorized
            case .wrongReceiver: .forbidden
            case .overloaded: .serviceUnavailable
            }
        return try refusal(status, error.reason, request: request, context: context)
    }

    private func refusal(_ status: HTTPResponse.Status, _ reason: String, request: Request, context: Context) throws
        -> Response
    {
        var response = try context.responseEncoder.encode(ErrorBody(error: reason), from: request, context: context)
        response.status = status
        return response
    }
}
