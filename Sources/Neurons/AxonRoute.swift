import Foundation

/// One attached synapse type, with its type erased: how to check, decode, forward and answer it.
struct AxonRoute: Sendable {
    /// A forward function's result on the wire.
    enum Reply: Sendable {
        /// A JSON body (the synapse with its outputs) and the synapse's headers.
        case json(body: String, headers: [(name: String, value: String)])
        /// A stream of chunks and the synapse's headers.
        case stream(AsyncThrowingStream<[UInt8], any Error>, headers: [(name: String, value: String)])
    }

    let requiredFields: [String]
    let blacklist: (@Sendable (AxonCall) async -> String?)?
    let priority: (@Sendable (AxonCall) async -> Double)?
    /// Decodes the body, checks its hash against the header's, runs forward and renders the reply.
    let forward: @Sendable (_ body: Data, _ headerHash: String, _ call: AxonCall, _ axon: TerminalInfo) async throws -> Reply

    /// A route for a request–response synapse.
    static func unary<S: Synapse>(
        _: S.Type, blacklist: (@Sendable (AxonCall) async -> String?)?, priority: (@Sendable (AxonCall) async -> Double)?,
        forward: @escaping @Sendable (S, AxonCall) async throws -> S
    ) -> AxonRoute {
        AxonRoute(requiredFields: S.requiredFields, blacklist: blacklist, priority: priority) { body, headerHash, call, axon in
            let request = try decode(S.self, body: body, headerHash: headerHash)
            let started = ContinuousClock.now
            let answered = try await forward(request, call)
            var message = SynapseMessage(answered, timeout: call.timeout, dendrite: call.dendrite, axon: axon)
            message.axon.statusCode = 200
            message.axon.statusMessage = "Success"
            message.axon.processTime = (ContinuousClock.now - started).seconds
            return .json(body: try message.body().json, headers: try message.headers())
        }
    }

    /// A route for a streaming synapse.
    static func streaming<S: StreamingSynapse>(
        _: S.Type, blacklist: (@Sendable (AxonCall) async -> String?)?, priority: (@Sendable (AxonCall) async -> Double)?,
        forward: @escaping @Sendable (S, AxonCall) async throws -> AsyncThrowingStream<[UInt8], any Error>
    ) -> AxonRoute {
        AxonRoute(requiredFields: S.requiredFields, blacklist: blacklist, priority: priority) { body, headerHash, call, axon in
            let request = try decode(S.self, body: body, headerHash: headerHash)
            let chunks = try await forward(request, call)
            var message = SynapseMessage(request, timeout: call.timeout, dendrite: call.dendrite, axon: axon)
            message.axon.statusCode = 200
            message.axon.statusMessage = "Success"
            return .stream(chunks, headers: try message.headers())
        }
    }

    /// The synapse a body holds, after its hash matched the signed header's (Python answers 422 for a body that
    /// is not JSON and 500 for one that does not fit the synapse or whose hash differs).
    private static func decode<S: Synapse>(_: S.Type, body: Data, headerHash: String) throws -> S {
        let synapse: S
        do {
            synapse = try JSONDecoder().decode(S.self, from: body)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw AxonFailure(status: 422, message: "the request body is not a JSON object")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw AxonFailure(status: 422, message: "the request body is not a JSON object")
        } catch {
            throw AxonFailure.internalError()
        }
        guard (try? SynapseMessage(synapse).bodyHash()) == headerHash else { throw AxonFailure.internalError() }
        return synapse
    }
}
