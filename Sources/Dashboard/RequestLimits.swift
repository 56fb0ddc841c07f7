import Foundation
import Hummingbird

/// Refuses what the dashboard never needs before any route sees it: methods other than GET and HEAD (405),
/// request targets over `maxTargetBytes` or queries over `maxQueryBytes` (414), more than `maxQueryItems` query
/// items (414), paths whose percent-encoding is malformed (400), and paths with `..` or `.` segments,
/// backslashes or NUL, raw or percent-encoded (400).
struct RequestLimits<Context: RequestContext>: RouterMiddleware {
    /// The longest request target (path and query) served.
    static var maxTargetBytes: Int { 2048 }
    /// The longest query string served.
    static var maxQueryBytes: Int { 512 }
    /// The most query items served.
    static var maxQueryItems: Int { 8 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return PlainText.response(.methodNotAllowed, "only GET and HEAD are served", extra: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? ""
        let query = request.uri.query ?? ""
        guard target.utf8.count <= Self.maxTargetBytes, query.utf8.count <= Self.maxQueryBytes else {
            return PlainText.response(.uriTooLong, "request target over \(Self.maxTargetBytes) bytes or query over \(Self.maxQueryBytes) bytes refused")
        }
        guard query.split(separator: "&").count <= Self.maxQueryItems else {
            return PlainText.response(.uriTooLong, "more than \(Self.maxQueryItems) query items refused")
        }
        guard request.uri.path.removingPercentEncoding != nil else {
            return PlainText.response(.badRequest, "malformed percent-encoding in the path")
        }
        guard !Self.isTraversal(request.uri.path) else {
            return PlainText.response(.badRequest, "path traversal refused")
        }
        return try await next(request, context)
    }

    /// Whether `path`, as sent or percent-decoded (twice), names a parent or current directory, or holds a
    /// backslash or NUL.
    static func isTraversal(_ path: String) -> Bool {
        var forms = [path]
        if let once = path.removingPercentEncoding {
            forms.append(once)
            if let twice = once.removingPercentEncoding { forms.append(twice) }
        } else {
            return true
        }
        return forms.contains { form in
            form.contains("\\") || form.contains("\0")
                || form.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." }
        }
    }
}
