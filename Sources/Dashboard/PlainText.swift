import Hummingbird

/// Short plain-text answers: refusals and "not found" for what is not a page.
enum PlainText {
    /// `message` as `text/plain` with `status`, never cached.
    static func response(_ status: HTTPResponse.Status, _ message: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
