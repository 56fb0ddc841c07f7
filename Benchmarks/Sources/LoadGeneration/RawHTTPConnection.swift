import Glibc

/// One keep-alive HTTP/1.1 connection to an IPv4 address over a blocking POSIX socket. It sends requests whose
/// bytes were built in advance and reads back each response's status code and body, framed by Content-Length (the
/// only framing the node's and the axons' JSON replies use); nothing else of a response is parsed.
///
/// A connection is used by one thread at a time: it is opened before the timed phase and handed to the thread
/// that sends on it, hence `@unchecked Sendable`.
public final class RawHTTPConnection: @unchecked Sendable {
    /// A response's status code and body.
    public struct Response {
        /// The status code.
        public let status: Int
        /// The body.
        public let body: [UInt8]
    }

    private let descriptor: Int32
    /// Bytes received and not yet consumed.
    private var received: [UInt8] = []
    /// Where `read` puts bytes before they join `received`.
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    /// Connects to `host` (an IPv4 address) on `port`, with Nagle's algorithm off so that the tail of a request
    /// goes out at once.
    public init(host: String, port: UInt16) throws {
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
    public func exchange(_ request: [UInt8]) throws -> Response {
        try send(request)
        return try receive()
    }

    private func send(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                // MSG_NOSIGNAL: a connection the server closed fails the write instead of raising SIGPIPE.
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
    private static let lineEnd = Array("\r\n".utf8)
    private static let statusStart = Array("HTTP/1.".utf8)
    private static let lengthName = Array("content-length:".utf8)
    private static let digits = UInt8(ascii: "0")...UInt8(ascii: "9")

    /// Reads one response, parsing its head as bytes (String processing would cost the generator more than the
    /// exchange itself).
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
        guard let status = statusCode(headLength: headLength) else {
            throw Failure("not an HTTP/1.x response: \(String(decoding: received.prefix(200), as: UTF8.self))")
        }
        guard let length = contentLength(headLength: headLength) else {
            throw Failure("a response without Content-Length (status \(status)): "
                + String(decoding: received.prefix(min(headLength, 300)), as: UTF8.self))
        }
        let bodyStart = headLength + Self.headEnd.count
        while received.count < bodyStart + length { try fill() }
        let body = Array(received[bodyStart..<bodyStart + length])
        received.removeFirst(bodyStart + length)
        return Response(status: status, body: body)
    }

    /// The three-digit code of the status line `HTTP/1.x NNN …` at the start of `received`.
    private func statusCode(headLength: Int) -> Int? {
        guard headLength >= 12, received.starts(with: Self.statusStart), received[8] == UInt8(ascii: " ") else {
            return nil
        }
        return decimal(from: 9, upTo: 12)
    }

    /// The value of the head's Content-Length field (its name matched without regard to case).
    private func contentLength(headLength: Int) -> Int? {
        var lineStart = 0
        while let end = received.offset(of: Self.lineEnd, from: lineStart), end <= headLength {
            lineStart = end + Self.lineEnd.count
            guard lineStart + Self.lengthName.count <= headLength,
                  zip(received[lineStart...], Self.lengthName).allSatisfy({ byte, lower in
                      byte == lower || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) && byte | 0x20 == lower
                  }) else { continue }
            let valueStart = received[lineStart + Self.lengthName.count..<headLength].firstIndex {
                $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t")
            } ?? headLength
            let valueEnd = received[valueStart..<headLength].firstIndex { !Self.digits.contains($0) } ?? headLength
            return decimal(from: valueStart, upTo: valueEnd)
        }
        return nil
    }

    /// The decimal number `received[start..<end]` (digits only, at most 18), or nil.
    private func decimal(from start: Int, upTo end: Int) -> Int? {
        guard start < end, end - start <= 18 else { return nil }
        var value = 0
        for byte in received[start..<end] {
            guard Self.digits.contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Reads what the socket has (at least one byte) onto `received`.
    private func fill() throws {
        while true {
            let count = scratch.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count > 0 {
                received.append(contentsOf: scratch[..<count])
                return
            }
            if count == 0 { throw Failure("the server closed the connection") }
            if errno != EINTR { throw Failure.system("read") }
        }
    }
}
