import Glibc

/// One keep-alive HTTP/1.1 connection to an IPv4 address over a blocking POSIX socket. It sends requests whose
/// bytes were built in advance (`Endpoint.post`) and reads back each response's status code and body, framed by
/// Content-Length (the only framing the node uses for its JSON replies); nothing else of a response is parsed.
///
/// A connection is used by one thread at a time: it is opened before the timed phase and handed to the thread
/// that sends on it, hence `@unchecked Sendable`.
final class RawHTTPConnection: @unchecked Sendable {
    /// A response's status code and body.
    struct Response {
        let status: Int
        let body: [UInt8]
    }

    private let descriptor: Int32
    /// Bytes received and not yet consumed.
    private var received: [UInt8] = []
    /// Where `read` puts bytes before they join `received`.
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    /// Connects to `host` (an IPv4 address) on `port`, with Nagle's algorithm off so that the tail of a request
    /// goes out at once.
    init(host: String, port: UInt16) throws {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw Failure("\(host) is not an IPv4 address") }
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.system("socket") }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let failure = Failure.system("connect to \(host):\(port)")
            close(descriptor)
            throw failure
        }
    }

    deinit { close(descriptor) }

    /// Sends `request` (a whole HTTP request) and reads its response.
    func exchange(_ request: [UInt8]) throws -> Response {
        try send(request)
        return try receive()
    }

    private func send(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                // MSG_NOSIGNAL: a connection the node closed fails the write instead of raising SIGPIPE.
                let written = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset,
                                         Int32(MSG_NOSIGNAL))
                guard written >= 0 else {
                    if errno == EINTR { continue }
                    throw Failure.system("send")
                }
                offset += written
            }
        }
    }

    private static let headEnd = Array("\r\n\r\n".utf8)

    private func receive() throws -> Response {
        var searched = 0
        var headLength: Int
        while true {
            if let end = received.offset(of: Self.headEnd, from: max(searched - 3, 0)) {
                headLength = end
                break
            }
            searched = received.count
            try fill()
        }
        let head = String(decoding: received[..<headLength], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, statusWords[0].hasPrefix("HTTP/1."), let status = Int(statusWords[1]) else {
            throw Failure("not an HTTP/1.x response: \(head.prefix(200))")
        }
        let lengthField = lines.dropFirst().first { $0.lowercased().hasPrefix("content-length:") }
        let lengthText = lengthField?.dropFirst("content-length:".count).filter { $0 != " " && $0 != "\t" }
        guard let lengthText, let length = Int(lengthText) else {
            throw Failure("a response without Content-Length (status \(status)): \(head.prefix(300))")
        }
        let bodyStart = headLength + Self.headEnd.count
        while received.count < bodyStart + length { try fill() }
        let body = Array(received[bodyStart..<bodyStart + length])
        received.removeFirst(bodyStart + length)
        return Response(status: status, body: body)
    }

    /// Reads what the socket has (at least one byte) onto `received`.
    private func fill() throws {
        while true {
            let count = scratch.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count > 0 {
                received.append(contentsOf: scratch[..<count])
                return
            }
            if count == 0 { throw Failure("the node closed the connection") }
            if errno != EINTR { throw Failure.system("read") }
        }
    }
}
