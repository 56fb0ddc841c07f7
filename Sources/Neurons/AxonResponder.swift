import Foundation
import Hashing
import HTTPTypes
import Hummingbird
import Keys
import NIOCore

/// The request context of an axon: the TCP peer, which error responses report as the dendrite's address.
public struct AxonRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller's address.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// Runs an axon's pipeline for every request (see `Axon`).
struct AxonResponder: HTTPResponder {
    let axon: Axon
    private static let start = ContinuousClock.now

    func respond(to request: Request, context: AxonRequestContext) async throws -> Response {
        let name = request.uri.path.split(separator: "/", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        if name == "metrics", request.method == .get, axon.routes[name] == nil {
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: axon.metrics.registry.emitToBuffer())))
        }
        var call = AxonCall(synapseName: name, dendrite: TerminalInfo(), timeout: 12,
                            peerIP: context.remoteAddress?.ipAddress, peerPort: context.remoteAddress?.port)
        do {
            guard let route = axon.routes[name] else {
                throw AxonFailure(status: 404, message: "Synapse name '\(name)' not found. Available synapses "
                    + "[" + axon.synapseNames.map { "'\($0)'" }.joined(separator: ", ") + "]")
            }
            guard request.method == .post || request.method == .get else {
                throw AxonFailure(status: 405, message: "Method \(request.method) not allowed; use POST")
            }
            call = try parseCall(request, name: name, route: route, context: context)
            let headerHash = request.headers[HTTPField.Name("computed_body_hash")!] ?? ""
            if let reason = await (route.blacklist ?? axon.blacklist)?(call) {
                throw AxonFailure(status: 403, message: "Forbidden. Key is blacklisted: \(reason).")
            }
            try verify(call, bodyHash: headerHash)
            guard axon.rateLimiter.allow(call.dendrite.hotkey ?? "", now: (ContinuousClock.now - Self.start).seconds) else {
                throw AxonFailure(status: 429, message: "Too many requests from \(call.dendrite.hotkey ?? ""): "
                    + "at most \(axon.configuration.requestsPerSecondPerHotkey) per second")
            }
            let body = try await readBody(request, within: call.timeout)
            let priority = await (route.priority ?? axon.priority)?(call) ?? 0
            do {
                try await axon.limiter.acquire(priority: priority)
            } catch {
                throw AxonFailure(status: 503, message: "Service unavailable: the axon has too many requests waiting")
            }
            let started = ContinuousClock.now
            let reply = await forward(route, body: body, headerHash: headerHash, call: call)
            axon.metrics.recordForward(ContinuousClock.now - started)
            switch reply {
            case .success(.json(let body, let headers)):
                axon.metrics.record(synapse: name, status: 200)
                return Response(status: .ok, headers: Self.fields(headers, contentType: "application/json"),
                                body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
            case .success(.stream(let chunks, let headers)):
                axon.metrics.record(synapse: name, status: 200)
                return Response(status: .ok, headers: Self.fields(headers, contentType: "text/event-stream"),
                                body: ResponseBody { writer in
                                    for try await chunk in chunks { try await writer.write(ByteBuffer(bytes: chunk)) }
                                    try await writer.finish(nil)
                                })
            case .failure(let failure): throw failure
            }
        } catch let failure as AxonFailure {
            axon.metrics.record(synapse: name, status: failure.status)
            return failureResponse(failure, call: call)
        }
    }

    /// The body, at most `maxBodyBytes` (413) and within `seconds` (408), so a slow sender holds no forward slot
    /// and cannot keep its request open for long.
    private func readBody(_ request: Request, within seconds: Double) async throws -> Data {
        let limit = axon.configuration.maxBodyBytes
        return try await withThrowingTaskGroup(of: Data?.self) { group in
            group.addTask {
                do {
                    return Data(buffer: try await request.body.collect(upTo: limit))
                } catch is CancellationError {
                    return nil
                } catch {
                    throw AxonFailure(status: 413, message: "The request body is larger than \(limit) bytes")
                }
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let body = first else {
                throw AxonFailure(status: 408, message: "The request body did not arrive within \(PythonRepr.float(seconds))s")
            }
            return body
        }
    }

    /// Runs the route's forward within the caller's timeout and gives the slot back when it ends.
    private func forward(_ route: AxonRoute, body: Data, headerHash: String, call: AxonCall) async
        -> Result<AxonRoute.Reply, AxonFailure> {
        let limiter = axon.limiter
        let axonInfo = localInfo
        let timeout = call.timeout
        return await withDeadline(seconds: timeout, onTimeout: {
            .failure(AxonFailure(status: 408, message: "Response timeout after: \(PythonRepr.float(timeout))s"))
        }) {
            defer { limiter.release() }
            do {
                return .success(try await route.forward(body, headerHash, call, axonInfo))
            } catch let failure as AxonFailure {
                return .failure(failure)
            } catch {
                return .failure(.internalError())
            }
        }
    }

    /// The dendrite's side and timeout from the headers (Python builds its header synapse the same way; a
    /// missing required `bt_header_input_obj_*` or a bad timeout fails there with 500).
    private func parseCall(_ request: Request, name: String, route: AxonRoute, context: AxonRequestContext) throws -> AxonCall {
        var dendrite = TerminalInfo()
        var timeout = 12.0
        var inputs = Set<String>()
        for field in request.headers {
            let header = field.name.canonicalName.lowercased()
            if header.hasPrefix("bt_header_dendrite_") {
                dendrite.set(field: String(header.dropFirst("bt_header_dendrite_".count)), headerValue: field.value)
            } else if header.hasPrefix("bt_header_input_obj_") {
                inputs.insert(String(header.dropFirst("bt_header_input_obj_".count)))
            } else if header == "timeout", field.value != "None" {
                guard let value = Double(field.value), value.isFinite, value > 0 else { throw AxonFailure.internalError() }
                timeout = min(value, axon.configuration.maxTimeout)
            }
        }
        guard route.requiredFields.allSatisfy(inputs.contains) else { throw AxonFailure.internalError() }
        return AxonCall(synapseName: name, dendrite: dendrite, timeout: timeout,
                        peerIP: context.remoteAddress?.ipAddress, peerPort: context.remoteAddress?.port)
    }

    /// `default_verify`: the nonce rules of specs/wire.md §1.6, then the sr25519 signature over
    /// `nonce.dendriteHotkey.axonHotkey.uuid.bodyHash` with this axon's hotkey; the nonce is recorded only after.
    private func verify(_ call: AxonCall, bodyHash: String) throws {
        let notVerified = { (detail: String) in AxonFailure(status: 401, message: "Not Verified with error: \(detail)") }
        guard let hotkey = call.dendrite.hotkey, let publicKey = try? SS58.decode(hotkey).0 else {
            throw notVerified("Missing or invalid dendrite hotkey")
        }
        guard let nonce = call.dendrite.nonce else { throw notVerified("Missing Nonce") }
        guard let uuid = call.dendrite.uuid else { throw notVerified("Missing uuid") }
        let key = "\(hotkey):\(uuid)"
        let now = Int(Date().timeIntervalSince1970 * 1e9)
        do {
            try axon.nonces.check(nonce, key: key, version: call.dendrite.version, timeoutSeconds: call.timeout, now: now)
        } catch .tooOld(let allowed, let age) {
            throw notVerified("Nonce is too old: acceptable delta is \(String(format: "%.2f", allowed)) seconds "
                + "but request was \(String(format: "%.2f", age)) seconds old")
        } catch {
            throw notVerified("Nonce is too old, a newer one was last processed")
        }
        guard let signatureHex = call.dendrite.signature else { throw notVerified("Missing Signature") }
        let message = SynapseMessage<PingSynapse>.signedMessage(
            nonce: nonce, dendriteHotkey: hotkey, axonHotkey: axon.keypair.ss58Address, uuid: uuid, bodyHash: bodyHash)
        guard let signature = try? Hex.decode(signatureHex), signature.count == 64,
              Keypair.verifyBittensorMessage(signature: signature, message: Array(message.utf8), publicKey: publicKey,
                                             cryptoType: .sr25519)
        else { throw notVerified("Signature mismatch with \(message) and \(signatureHex)") }
        axon.nonces.record(nonce, key: key)
    }

    /// This axon's side of a response.
    private var localInfo: TerminalInfo {
        TerminalInfo(ip: axon.configuration.externalIP ?? axon.configuration.host,
                     port: axon.configuration.externalPort ?? axon.configuration.port,
                     hotkey: axon.keypair.ss58Address)
    }

    /// An error response as Python's middleware builds it: `{"message": …}` and the header synapse's headers, the
    /// dendrite's address replaced by the TCP peer's.
    private func failureResponse(_ failure: AxonFailure, call: AxonCall) -> Response {
        var dendrite = call.dendrite
        dendrite.ip = call.peerIP
        dendrite.port = call.peerPort
        var axonInfo = localInfo
        axonInfo.statusCode = failure.status
        axonInfo.statusMessage = failure.message
        var message = SynapseMessage(PingSynapse(), timeout: call.timeout, dendrite: dendrite, axon: axonInfo)
        message.axon.processTime = 0
        var headers = (try? message.headers()) ?? []
        headers.removeAll { $0.name == "name" }
        headers.insert(("name", call.synapseName), at: 0)
        let body = SynapseValue.object([("message", .string(failure.message))]).json
        return Response(status: HTTPResponse.Status(code: failure.status),
                        headers: Self.fields(headers, contentType: "application/json"),
                        body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    private static func fields(_ headers: [(name: String, value: String)], contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        for header in headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        return fields
    }
}
