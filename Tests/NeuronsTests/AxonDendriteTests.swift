import AsyncHTTPClient
import Foundation
import Glibc
import Hashing
import Hummingbird
import Keys
import Logging
@testable import Neurons
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

/// Our axon and our dendrite on loopback: every status of the pipeline, streaming, fan-out, and hostile callers.
@Suite struct AxonDendriteTests {
    struct Dummy: Synapse {
        static let requiredHashFields = ["input"]
        static let requiredFields = ["input"]
        var input: Int
        var output: Int?
    }

    struct Words: StreamingSynapse {
        var text: String
    }

    static let axonKey = try! Keypair(uri: "//AxonTest", cryptoType: .sr25519)
    static let callerKey = try! Keypair(uri: "//CallerTest", cryptoType: .sr25519)
    static let otherKey = try! Keypair(uri: "//OtherCaller", cryptoType: .sr25519)

    /// Runs `body` against an axon serving `Dummy` (doubling; sleeping 2 s on 7, failing on 13) and `Words`.
    private func withAxon(_ configuration: AxonConfiguration = AxonConfiguration(port: 0),
                          blacklist: (@Sendable (AxonCall) async -> String?)? = nil,
                          _ body: @Sendable (AxonTarget) async throws -> Void) async throws {
        var axon = Axon(keypair: Self.axonKey, configuration: configuration)
        axon.blacklist = blacklist
        axon.attach(Dummy.self) { synapse, _ in
            if synapse.input == 13 { throw CancellationError() }
            if synapse.input == 7 { try await Task.sleep(for: .seconds(2)) }
            return Dummy(input: synapse.input, output: synapse.input * 2)
        }
        axon.attachStreaming(Words.self) { synapse, _ in
            AsyncThrowingStream { continuation in
                for word in synapse.text.split(separator: " ") { continuation.yield(Array((word + " ").utf8)) }
                continuation.finish()
            }
        }
        let port = Mutex<Int?>(nil)
        var logger = Logger(label: "axon-test")
        logger.logLevel = .critical
        let group = ServiceGroup(services: [axon.application(logger: logger) { bound in port.withLock { $0 = bound } }],
                                 gracefulShutdownSignals: [], logger: logger)
        let running = Task { try await group.run() }
        defer {
            running.cancel()
        }
        for _ in 0..<500 where port.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(10)) }
        let bound = try #require(port.withLock { $0 })
        try await body(AxonTarget(ip: "127.0.0.1", port: bound, hotkey: Self.axonKey.ss58Address))
        await group.triggerGracefulShutdown()
        _ = await running.result
    }

    @Test func aSignedCallSucceeds() async throws {
        try await withAxon { target in
            let response = await Dendrite(keypair: Self.callerKey).call(target, Dummy(input: 21))
            #expect(response.isSuccess, "\(response.statusMessage ?? "")")
            #expect(response.synapse.output == 42)
            #expect(response.axon.hotkey == Self.axonKey.ss58Address)
            #expect(response.axon.statusMessage == "Success")
            #expect((response.dendrite.processTime ?? 0) > 0)
        }
    }

    @Test func statusesFollowThePythonAxon() async throws {
        try await withAxon(blacklist: { $0.dendrite.hotkey == Self.otherKey.ss58Address ? "not registered" : nil }) { target in
            let dendrite = Dendrite(keypair: Self.callerKey)
            #expect(await dendrite.call(target, Dummy(input: 13)).statusCode == 500)
            let late = await dendrite.call(target, Dummy(input: 7), timeout: 0.5)
            #expect(late.statusCode == 408)
            let blocked = await Dendrite(keypair: Self.otherKey).call(target, Dummy(input: 1))
            #expect(blocked.statusCode == 403)
            #expect(blocked.statusMessage == "Forbidden. Key is blacklisted: not registered.")
            let wrongAxon = AxonTarget(ip: target.ip, port: target.port, hotkey: Self.otherKey.ss58Address)
            let unverified = await dendrite.call(wrongAxon, Dummy(input: 1))
            #expect(unverified.statusCode == 401)
            #expect(unverified.statusMessage?.hasPrefix("Not Verified with error: Signature mismatch") == true)
            let refused = await dendrite.call(AxonTarget(ip: "127.0.0.1", port: 1, hotkey: target.hotkey), Dummy(input: 1))
            #expect(refused.statusCode == 503)
        }
    }

    @Test func streamingDeliversChunksThenTheStatus() async throws {
        try await withAxon { target in
            let chunks = Mutex<[String]>([])
            let response = await Dendrite(keypair: Self.callerKey).stream(target, Words(text: "one two three")) { chunk in
                chunks.withLock { $0.append(String(decoding: chunk, as: UTF8.self)) }
            }
            #expect(response.isSuccess)
            #expect(chunks.withLock { $0.joined() } == "one two three ")
        }
    }

    @Test func fanOutAnswersEveryTargetInOrder() async throws {
        try await withAxon { target in
            let dead = AxonTarget(ip: "127.0.0.1", port: 1, hotkey: target.hotkey)
            let responses = await Dendrite(keypair: Self.callerKey).query([target, dead, target], Dummy(input: 5))
            #expect(responses.map(\.statusCode) == [200, 503, 200])
            #expect(responses[2].synapse.output == 10)
        }
    }

    /// Sends raw requests, as a hostile or broken client would.
    private func raw(_ target: AxonTarget, path: String = "/Dummy", headers: [(String, String)], body: String)
        async throws -> (status: Int, message: String?) {
        var request = HTTPClientRequest(url: "http://\(target.ip):\(target.port)\(path)")
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let data = try await response.body.collect(upTo: 1 << 20)
        let message = (try? JSONSerialization.jsonObject(with: Data(buffer: data)) as? [String: Any])?["message"] as? String
        return (Int(response.status.code), message)
    }

    /// Headers of a correctly signed `Dummy(input)` call, with the nonce given.
    private func signedHeaders(_ target: AxonTarget, input: Int, nonce: Int, uuid: String = "test-uuid")
        throws -> [(String, String)] {
        var message = SynapseMessage(Dummy(input: input),
                                     dendrite: TerminalInfo(version: 10_005_000, nonce: nonce, uuid: uuid,
                                                            hotkey: Self.callerKey.ss58Address),
                                     axon: TerminalInfo(hotkey: target.hotkey))
        let signed = SynapseMessage<Dummy>.signedMessage(nonce: nonce, dendriteHotkey: Self.callerKey.ss58Address,
                                                         axonHotkey: target.hotkey, uuid: uuid,
                                                         bodyHash: try message.bodyHash())
        message.dendrite.signature = Hex.encode(Self.callerKey.sign(Array(signed.utf8)), prefixed: true)
        return try message.headers().map { ($0.name, $0.value) } + [("Content-Type", "application/json")]
    }

    private var nowNanoseconds: Int { Int(Date().timeIntervalSince1970 * 1e9) }

    @Test func replayedStaleUnsignedAndMalformedRequestsAreRefused() async throws {
        try await withAxon { target in
            let body = #"{"input": 4}"#
            let headers = try signedHeaders(target, input: 4, nonce: nowNanoseconds)
            #expect(try await raw(target, headers: headers, body: body).status == 200)
            let replay = try await raw(target, headers: headers, body: body)
            #expect(replay.status == 401)
            #expect(replay.message == "Not Verified with error: Nonce is too old, a newer one was last processed")
            let stale = try signedHeaders(target, input: 4, nonce: nowNanoseconds - 60_000_000_000, uuid: "other")
            #expect(try await raw(target, headers: stale, body: body).message?.contains("Nonce is too old: acceptable delta is 16.00 seconds") == true)
            let unsigned = try signedHeaders(target, input: 4, nonce: nowNanoseconds, uuid: "u3")
                .filter { $0.0 != "bt_header_dendrite_signature" }
            #expect(try await raw(target, headers: unsigned, body: body).message == "Not Verified with error: Missing Signature")
            let noInput = try signedHeaders(target, input: 4, nonce: nowNanoseconds, uuid: "u4")
                .filter { $0.0 != "bt_header_input_obj_input" }
            #expect(try await raw(target, headers: noInput, body: body).status == 500)
            let badTimeout = try signedHeaders(target, input: 4, nonce: nowNanoseconds, uuid: "u5").map {
                $0.0 == "timeout" ? ("timeout", "soon") : $0
            }
            #expect(try await raw(target, headers: badTimeout, body: body).status == 500)
            let tampered = try signedHeaders(target, input: 4, nonce: nowNanoseconds, uuid: "u6")
            #expect(try await raw(target, headers: tampered, body: #"{"input": 5}"#).status == 500)
            let notJSON = try signedHeaders(target, input: 4, nonce: nowNanoseconds, uuid: "u7")
            #expect(try await raw(target, headers: notJSON, body: "input=4").status == 422)
            let unknown = try await raw(target, path: "/Nope", headers: [], body: "{}")
            #expect(unknown.status == 404)
            #expect(unknown.message == "Synapse name 'Nope' not found. Available synapses ['Dummy', 'Synapse', 'Words']")
        }
    }

    @Test func oversizedBodiesGet413() async throws {
        try await withAxon(AxonConfiguration(port: 0, maxBodyBytes: 1024)) { target in
            let headers = try signedHeaders(target, input: 4, nonce: nowNanoseconds)
            let big = #"{"input": 4, "padding": ""# + String(repeating: "x", count: 4096) + #""}"#
            #expect(try await raw(target, headers: headers, body: big).status == 413)
        }
    }

    @Test func aFloodFromOneHotkeyIsRefusedWhileOthersAreServed() async throws {
        // One token per 1,000 s: however slow a loaded machine makes the 20 calls, only the burst gets through.
        try await withAxon(AxonConfiguration(port: 0, requestsPerSecondPerHotkey: 0.001, rateLimitBurst: 5)) { target in
            let flooder = Dendrite(keypair: Self.callerKey)
            var statuses: [Int?] = []
            for input in 0..<20 { statuses.append(await flooder.call(target, Dummy(input: input)).statusCode) }
            #expect(statuses.filter { $0 == 200 }.count == 5, "\(statuses)")
            #expect(statuses.filter { $0 == 429 }.count == 15, "\(statuses)")
            let other = await Dendrite(keypair: Self.otherKey).call(target, Dummy(input: 2))
            #expect(other.statusCode == 200)
        }
    }

    @Test func aSlowSenderGets408AndHoldsNothingUp() async throws {
        try await withAxon { target in
            let headers = try signedHeaders(target, input: 4, nonce: nowNanoseconds).map {
                $0.0 == "timeout" ? ("timeout", "1.0") : $0
            }
            let body = #"{"input": 4}"#
            var head = "POST /Dummy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.utf8.count + 100)\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            let socket = try RawSocket(port: target.port)
            try socket.send(head + "\r\n" + body)
            let other = await Dendrite(keypair: Self.otherKey).call(target, Dummy(input: 9))
            #expect(other.statusCode == 200, "others are served while the slow body trickles")
            let answer = await socket.receiveOffThePool(within: 10)
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer.prefix(80))")
        }
    }

    @Test func metricsCountRequests() async throws {
        try await withAxon { target in
            _ = await Dendrite(keypair: Self.callerKey).call(target, Dummy(input: 1))
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(target.port)/metrics")
            request.method = .GET
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            let text = String(buffer: try await response.body.collect(upTo: 1 << 20))
            #expect(text.contains(#"axon_requests_total{synapse="Dummy",status="200"} 1"#))
        }
    }
}

/// A blocking TCP client on loopback, for requests no HTTP library would send.
private final class RawSocket: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw TestFailure("connect failed: \(errno)") }
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(descriptor, bytes, bytes.count, 0) == bytes.count else { throw TestFailure("send failed") }
    }

    /// `receive(within:)` on a thread of its own, so the wait does not hold one of the few threads the axon under
    /// test needs.
    func receiveOffThePool(within seconds: Int) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.receive(within: seconds)) }
        }
    }

    /// What arrives within `seconds` (until the peer closes or the time is up).
    func receive(within seconds: Int) -> String {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : ""
    }
}

/// A test's own failure with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
