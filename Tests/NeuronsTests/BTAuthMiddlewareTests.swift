import AsyncHTTPClient
import Foundation
import Hummingbird
import Keys
import Logging
import NIOCore
import Neurons
import ServiceLifecycle
import Testing

@Suite("BTAuthMiddleware on a live Hummingbird server on 127.0.0.1, called through AsyncHTTPClient")
struct BTAuthMiddlewareTests {
    static let maxBodySize = 1024
    let signer = BTAuthSigner(keypair: TestRequests.alice)
    let receiver = TestRequests.bob.ss58Address

    /// Runs a server on a free loopback port with the middleware (verifying for Bob) in front of `POST /echo[/name]`,
    /// which answers the verified caller and the body it read, and calls `body` with the server's base URL.
    private func withServer(_ body: (String) async throws -> Void) async throws {
        let router = Router(context: BasicBTAuthRequestContext.self)
        router.middlewares.add(BTAuthMiddleware(verifier: BTAuthVerifier(selfHotkey: receiver),
                                                maxBodySize: Self.maxBodySize))
        let echo: @Sendable (Request, BasicBTAuthRequestContext) async throws -> String = { request, context in
            let received = try await request.body.collect(upTo: .max)
            return "\(context.btauthCaller?.hotkey ?? "nobody") \(String(buffer: received))"
        }
        router.post("/echo", use: echo)
        router.post("/echo/:name", use: echo)
        var logger = Logger(label: "btauth-middleware-tests")
        logger.logLevel = .warning
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { portContinuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            var failure: (any Error)?
            do { try await body("http://127.0.0.1:\(port)") } catch { failure = error }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            if let failure { throw failure }
        }
    }

    private func send(_ request: HTTPClientRequest) async throws -> (status: Int, body: String) {
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: body))
    }

    private func errorMessage(_ body: String) throws -> String? {
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return object?["error"] as? String
    }

    private func request(_ url: String, body: [UInt8], signed: Bool = true, receiver: String? = nil) throws
        -> HTTPClientRequest
    {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        if signed {
            try request.signBTAuth(body: body, signer: signer, receiver: receiver ?? self.receiver)
        } else {
            request.body = .bytes(body)
        }
        return request
    }

    @Test("a request signed by the helper reaches the route with its caller and its body")
    func signed() async throws {
        try await withServer { base in
            let (status, body) = try await send(request(base + "/echo", body: Array("hello".utf8)))
            #expect(status == 200)
            #expect(body == "\(TestRequests.alice.ss58Address) hello")
        }
    }

    @Test("the signed target is the one AsyncHTTPClient sends: query and percent-encoding included")
    func queryAndEscapes() async throws {
        try await withServer { base in
            for path in ["/echo?round=3&tag=a%20b", "/echo?", "/echo/a%20b%2Fc"] {
                let (status, body) = try await send(request(base + path, body: []))
                #expect(status == 200, "\(path): \(body)")
            }
        }
    }

    @Test("an unsigned request gets 401 and a JSON error")
    func unsigned() async throws {
        try await withServer { base in
            let (status, body) = try await send(request(base + "/echo", body: Array("hello".utf8), signed: false))
            #expect(status == 401)
            #expect(try errorMessage(body) == "missing or unsupported X-Bittensor-Version (expected '1')")
        }
    }

    @Test("the same signed request sent twice gets 200 then 401")
    func replayed() async throws {
        try await withServer { base in
            let request = try request(base + "/echo", body: Array("once".utf8))
            #expect(try await send(request).status == 200)
            let (status, body) = try await send(request)
            #expect(status == 401)
            #expect(try errorMessage(body) == "this nonce was already accepted from this hotkey")
        }
    }

    @Test("a request for another receiver gets 403")
    func wrongReceiver() async throws {
        try await withServer { base in
            let request = try request(base + "/echo", body: [], receiver: TestRequests.alice.ss58Address)
            let (status, body) = try await send(request)
            #expect(status == 403)
            #expect(try errorMessage(body) == "request was signed for a different receiving hotkey")
        }
    }

    @Test("a tampered body gets 401")
    func tampered() async throws {
        try await withServer { base in
            var request = try request(base + "/echo", body: Array("hello".utf8))
            request.body = .bytes(Array("hellO".utf8))
            let (status, body) = try await send(request)
            #expect(status == 401)
            #expect(try errorMessage(body) == "signature does not verify against the claimed hotkey")
        }
    }

    @Test("a signed body over the limit gets 413; one at the limit passes")
    func oversized() async throws {
        try await withServer { base in
            let oversized = Array(repeating: UInt8(0x61), count: Self.maxBodySize + 1)
            let (status, body) = try await send(request(base + "/echo", body: oversized))
            #expect(status == 413)
            #expect(try errorMessage(body) == "request body is larger than \(Self.maxBodySize) bytes")
            let atLimit = try await send(request(base + "/echo", body: Array(repeating: 0x61, count: Self.maxBodySize)))
            #expect(atLimit.status == 200)
        }
    }
}
