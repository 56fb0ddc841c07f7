import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request over a plain loopback socket, the target sent byte for byte (URL libraries normalise
/// `..` and percent escapes away, which is exactly what server tests must send).
enum RawHTTP {
    /// Sends `method target` to `127.0.0.1:port` with `Connection: close` and returns the status and body.
    /// - Throws: `TestFailure` when the connection fails or the answer is not HTTP.
    static func request(port: Int, target: String, method: String = "GET", timeout: TimeInterval = 10) throws -> (status: Int, body: String) {
        let socket = try send(port: port, target: target, method: method, timeout: timeout)
        defer { close(socket) }
        let text = String(decoding: receive(socket, until: nil), as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 "), let status = Int(text.dropFirst(9).prefix(3)) else {
            throw TestFailure("not an HTTP answer to \(method) \(target): \(text.prefix(200))")
        }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, body)
    }

    /// Opens `GET target` and returns the socket, still open, once the answer holds `marker` (an event stream's
    /// first `data:`). The caller closes it.
    /// - Throws: `TestFailure` when the answer ends or times out without it.
    static func openStream(port: Int, target: String, until marker: String, timeout: TimeInterval = 10) throws -> Int32 {
        let socket = try send(port: port, target: target, method: "GET", timeout: timeout)
        let text = String(decoding: receive(socket, until: Array(marker.utf8)), as: UTF8.self)
        guard text.contains(marker) else {
            close(socket)
            throw TestFailure("\(target) never sent '\(marker)': \(text.prefix(300))")
        }
        return socket
    }

    private static func send(port: Int, target: String, method: String, timeout: TimeInterval) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw TestFailure("socket() failed: errno \(errno)") }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".utf8)
        guard connected == 0, Glibc.send(socket, request, request.count, 0) == request.count else {
            close(socket)
            throw TestFailure("connect or send to 127.0.0.1:\(port) failed: errno \(errno)")
        }
        return socket
    }

    /// Reads until the peer closes, the receive timeout passes, or (when given) `marker` has arrived.
    private static func receive(_ socket: Int32, until marker: [UInt8]?) -> [UInt8] {
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer += buffer[0..<count]
            if let marker, answer.count >= marker.count,
               (0...(answer.count - marker.count)).contains(where: { answer[$0..<($0 + marker.count)].elementsEqual(marker) }) { break }
        }
        return answer
    }
}
