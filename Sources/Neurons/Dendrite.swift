import AsyncHTTPClient
import Foundation
import Hashing
import Keys
import NIOCore
import NIOHTTP1
import Synchronization

/// An axon to call: where it listens and the hotkey it signs as.
public struct AxonTarget: Sendable, Equatable {
    /// Its IP address.
    public var ip: String
    /// Its port.
    public var port: Int
    /// Its hotkey (SS58), which requests are signed for.
    public var hotkey: String

    /// A target.
    public init(ip: String, port: Int, hotkey: String) {
        (self.ip, self.port, self.hotkey) = (ip, port, hotkey)
    }
}

/// A validator's client (Bittensor's `bt.Dendrite`): signs synapses, sends them to axons (many at once), and
/// turns every outcome into a response with the status the Python dendrite would report; it never throws
/// because one axon misbehaved (specs/wire.md §1.5, §1.9).
public final class Dendrite: Sendable {
    /// The hotkey it signs as.
    public let keypair: Keypair
    /// Its session id, as Python's dendrite has one. Axons accept a `hotkey:uuid` key's nonces only in increasing
    /// order, so calls that overlap on one axon each take a uuid of their own from `sessions` (this one first) and
    /// give it back when they end: requests under one uuid are then never in flight together.
    public let uuid: String
    private let sessions: Mutex<[String: [String]]> = Mutex([:])
    /// The address it reports as its own (informational).
    public let externalIP: String
    /// The largest response body it reads; a larger one is a 400.
    public let maxResponseBytes: Int
    /// The version it reports (`bt_header_dendrite_version`): 10.5.0.
    public static let version = 10_005_000
    private let lastNonce = Mutex<Int>(0)

    /// One client for every dendrite of the process: 64 connections per axon, and a 2 s connect timeout so that an
    /// axon that refuses connections is reported (503) without waiting for the whole timeout.
    private static let client = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(
            timeout: .init(connect: .seconds(2)),
            connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)))

    /// A dendrite signing as `keypair`.
    public init(keypair: Keypair, externalIP: String = "127.0.0.1", maxResponseBytes: Int = 16 << 20) {
        self.keypair = keypair
        uuid = UUID().uuidString.lowercased()
        self.externalIP = externalIP
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends `synapse` to every target at once; the responses come back in the targets' order.
    public func query<S: Synapse>(_ targets: [AxonTarget], _ synapse: S, timeout: Double = 12) async -> [SynapseResponse<S>] {
        await withTaskGroup(of: (Int, SynapseResponse<S>).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask { (index, await self.call(target, synapse, timeout: timeout)) }
            }
            var responses = [SynapseResponse<S>?](repeating: nil, count: targets.count)
            for await (index, response) in group { responses[index] = response }
            return responses.map { $0! }
        }
    }

    /// Sends `synapse` to `target` and waits at most `timeout` seconds for the whole response.
    public func call<S: Synapse>(_ target: AxonTarget, _ synapse: S, timeout: Double = 12) async -> SynapseResponse<S> {
        await exchange(target, synapse, timeout: timeout) { response, message in
            let body = try await response.body.collect(upTo: self.maxResponseBytes)
            return Self.interpret(status: Int(response.status.code), headers: response.headers, body: Data(buffer: body),
                                  message: message)
        }
    }

    /// Sends the streaming `synapse` to `target`, handing each chunk to `onChunk` as it arrives; the response
    /// carries the status and terminal information from the headers.
    public func stream<S: StreamingSynapse>(_ target: AxonTarget, _ synapse: S, timeout: Double = 12,
                                            onChunk: @escaping @Sendable ([UInt8]) async -> Void) async -> SynapseResponse<S> {
        await exchange(target, synapse, timeout: timeout) { response, message in
            var message = message
            if response.status == .ok {
                for try await buffer in response.body { await onChunk(Array(buffer: buffer)) }
            } else {
                let body = try await response.body.collect(upTo: self.maxResponseBytes)
                message.axon.statusMessage = Self.errorMessage(Data(buffer: body))
            }
            message.axon.statusCode = Int(response.status.code)
            Self.merge(response.headers, into: &message)
            message.dendrite.statusCode = message.axon.statusCode
            return SynapseResponse(message)
        }
    }

    /// Signs, sends and reads one request, mapping transport failures to the Python dendrite's statuses.
    private func exchange<S: Synapse>(
        _ target: AxonTarget, _ synapse: S, timeout: Double,
        read: @escaping @Sendable (HTTPClientResponse, SynapseMessage<S>) async throws -> SynapseResponse<S>
    ) async -> SynapseResponse<S> {
        let started = ContinuousClock.now
        var message = SynapseMessage(synapse, timeout: timeout,
                                     axon: TerminalInfo(ip: target.ip, port: target.port, hotkey: target.hotkey))
        var response: SynapseResponse<S>
        let session = leaseSession(for: target.hotkey)
        defer { returnSession(session, for: target.hotkey) }
        do {
            let request = try sign(&message, target: target, session: session)
            let signed = message
            response = try await withThrowingTaskGroup(of: SynapseResponse<S>?.self) { group in
                group.addTask {
                    let answer = try await Self.client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
                    return try await read(answer, signed)
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(timeout))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    return SynapseResponse(message.failed(408, "Request timeout after \(PythonRepr.float(timeout)) seconds"))
                }
                return response
            }
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            response = SynapseResponse(message.failed(408, "Request timeout after \(PythonRepr.float(timeout)) seconds"))
        } catch is NIOTooManyBytesError {
            response = SynapseResponse(message.failed(400, "The response is larger than \(maxResponseBytes) bytes"))
        } catch is SynapseEncodingError {
            response = SynapseResponse(message.failed(422, "The synapse could not be encoded"))
        } catch {
            response = SynapseResponse(message.failed(503, "Service unavailable at \(target.ip):\(target.port)/\(S.name)"))
        }
        response.dendrite.processTime = (ContinuousClock.now - started).seconds
        return response
    }

    /// Fills the dendrite's side, signs `nonce.hotkey.axonHotkey.uuid.bodyHash`, and builds the HTTP request.
    private func sign<S: Synapse>(_ message: inout SynapseMessage<S>, target: AxonTarget, session uuid: String)
        throws -> HTTPClientRequest {
        let nonce = lastNonce.withLock { last in
            last = max(Int(Date().timeIntervalSince1970 * 1e9), last + 1)
            return last
        }
        message.dendrite = TerminalInfo(ip: externalIP, version: Self.version, nonce: nonce, uuid: uuid,
                                        hotkey: keypair.ss58Address)
        let bodyHash: String
        let body: String
        do {
            bodyHash = try message.bodyHash()
            body = try message.body().json
        } catch {
            throw SynapseEncodingError()
        }
        let signed = SynapseMessage<S>.signedMessage(nonce: nonce, dendriteHotkey: keypair.ss58Address,
                                                     axonHotkey: target.hotkey, uuid: uuid, bodyHash: bodyHash)
        message.dendrite.signature = Hex.encode(keypair.sign(Array(signed.utf8)), prefixed: true)
        var request = HTTPClientRequest(url: "http://\(target.ip):\(target.port)/\(S.name)")
        request.method = .POST
        for header in (try? message.headers()) ?? [] { request.headers.add(name: header.name, value: header.value) }
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        return request
    }

    /// A uuid no other call to `axon` is using now: a returned one, else this dendrite's own when unused, else new.
    private func leaseSession(for axon: String) -> String {
        sessions.withLock { free in
            if var available = free[axon], let session = available.popLast() {
                free[axon] = available
                return session
            }
            let inUse = free[axon] != nil
            free[axon] = []
            return inUse ? UUID().uuidString.lowercased() : uuid
        }
    }

    private func returnSession(_ session: String, for axon: String) {
        sessions.withLock { $0[axon, default: []].append(session) }
    }

    /// `process_server_response`: a 200 JSON body replaces the synapse's fields, other statuses keep the
    /// request with the axon's message; then the response's bt headers are merged and the dendrite takes the
    /// axon's status.
    static func interpret<S: Synapse>(status: Int, headers: HTTPHeaders, body: Data, message: SynapseMessage<S>)
        -> SynapseResponse<S> {
        var message = message
        if status == 200 {
            let contentType = headers.first(name: "content-type") ?? ""
            guard contentType.hasPrefix("application/json") else {
                return SynapseResponse(message.failed(422, "Failed to parse response: content-type \(contentType)"))
            }
            let decoder = JSONDecoder()
            guard let synapse = try? decoder.decode(S.self, from: body),
                  let envelope = try? decoder.decode(ResponseEnvelope.self, from: body) else {
                return SynapseResponse(message.failed(422, "Failed to parse response: it does not fit \(S.name)"))
            }
            message.synapse = synapse
            if let axon = envelope.axon { message.axon = axon.merged(over: message.axon) }
        } else {
            message.axon.statusCode = status
            message.axon.statusMessage = errorMessage(body)
        }
        merge(headers, into: &message)
        message.dendrite.statusCode = message.axon.statusCode
        return SynapseResponse(message)
    }

    private static func errorMessage(_ body: Data) -> String? {
        (try? JSONSerialization.jsonObject(with: body) as? [String: Any])?["message"] as? String
    }

    /// Copies `bt_header_axon_*` and `bt_header_dendrite_*` response headers onto the terminal infos; like
    /// Python's dendrite, only lowercase names count.
    private static func merge<S: Synapse>(_ headers: HTTPHeaders, into message: inout SynapseMessage<S>) {
        for (name, value) in headers {
            if let range = name.range(of: "bt_header_axon_") {
                message.axon.set(field: String(name[range.upperBound...]), headerValue: value)
            } else if let range = name.range(of: "bt_header_dendrite_") {
                message.dendrite.set(field: String(name[range.upperBound...]), headerValue: value)
            }
        }
    }
}

/// The part of a response body every synapse has that the dendrite reads: the axon's terminal information.
private struct ResponseEnvelope: Decodable {
    let axon: TerminalInfo?
}

/// A synapse whose fields could not be encoded.
struct SynapseEncodingError: Error {}

extension TerminalInfo {
    /// These fields, with `other`'s where this has none.
    func merged(over other: TerminalInfo) -> TerminalInfo {
        TerminalInfo(statusCode: statusCode ?? other.statusCode, statusMessage: statusMessage ?? other.statusMessage,
                     processTime: processTime ?? other.processTime, ip: ip ?? other.ip, port: port ?? other.port,
                     version: version ?? other.version, nonce: nonce ?? other.nonce, uuid: uuid ?? other.uuid,
                     hotkey: hotkey ?? other.hotkey, signature: signature ?? other.signature)
    }
}

extension SynapseMessage {
    /// The message with both sides' status set to a failure.
    func failed(_ status: Int, _ text: String) -> SynapseMessage {
        var message = self
        message.axon.statusCode = status
        message.axon.statusMessage = text
        message.dendrite.statusCode = status
        message.dendrite.statusMessage = text
        return message
    }
}
