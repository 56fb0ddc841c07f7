import Keys
import Neurons
import Testing
import TestSupport

@Suite("btauth/1 vectors from bittensor 11.3.0")
struct BTAuthVectorTests {
    static let vectors = BTAuthVectors.shared

    @Test("the vectors are btauth/1 with the default window and header names")
    func about() {
        #expect(Self.vectors.protocol == BTAuthPayload.protocolName)
        #expect(Self.vectors.headers == [
            BTAuthHeaders.Name.version, BTAuthHeaders.Name.hotkey, BTAuthHeaders.Name.receiver,
            BTAuthHeaders.Name.nonce, BTAuthHeaders.Name.crypto, BTAuthHeaders.Name.signature,
        ])
        let verifier = BTAuthVerifier(selfHotkey: "")
        #expect(verifier.maxAge == .seconds(Self.vectors.defaults.max_age_s))
        #expect(verifier.allowedSkew == .seconds(Self.vectors.defaults.allowed_skew_s))
        #expect(verifier.requireReceiver)
    }

    @Test("payloads are byte-exact, built directly and from the parsed headers", arguments: vectors.cases)
    func payload(_ vector: BTAuthVectors.Case) throws {
        #expect(Array(vector.body_utf8.utf8) == vector.body)
        let payload = BTAuthPayload(scheme: vector.cryptoType, method: vector.method, target: vector.path,
                                    body: vector.body, nonce: vector.nonce_ns, sender: vector.sender_ss58,
                                    receiver: vector.receiver_ss58)
        #expect(payload.text == vector.payload_utf8)
        #expect(payload.bytes == Array(vector.payload_utf8.utf8))
        let headers = try BTAuthHeaders(parsing: vector.headerFields)
        #expect(headers.payload(method: vector.method, target: vector.path, body: vector.body) == payload)
    }

    @Test("our signer writes the vectors' headers: ed25519 byte-exact, sr25519 signatures verify",
          arguments: vectors.cases)
    func signing(_ vector: BTAuthVectors.Case) throws {
        let keypair = try BTAuthVectors.keypair(ss58: vector.sender_ss58, scheme: vector.cryptoType)
        let headers = BTAuthSigner(keypair: keypair).sign(method: vector.method, target: vector.path, body: vector.body,
                                                          receiver: vector.receiver_ss58, nonce: vector.nonce_ns)
        var ours = Dictionary(uniqueKeysWithValues: headers.fields.map { ($0.name, $0.value) })
        var theirs = vector.headers
        if vector.signature_deterministic {
            #expect(ours == theirs)
        } else {
            #expect(Keypair.verify(signature: headers.signature, message: Array(vector.payload_utf8.utf8),
                                   publicKey: keypair.publicKey, cryptoType: vector.cryptoType))
            ours[BTAuthHeaders.Name.signature] = nil
            theirs[BTAuthHeaders.Name.signature] = nil
            #expect(ours == theirs)
        }
    }

    @Test("the vectors' requests verify to their caller", arguments: vectors.cases)
    func verifies(_ vector: BTAuthVectors.Case) throws {
        let verifier = BTAuthVerifier(selfHotkey: vector.receiver_ss58 ?? vector.sender_ss58,
                                      requireReceiver: vector.receiver_ss58 != nil,
                                      clock: TestClock(vector.nonce_ns).clock)
        let caller = try verifier.verify(BTAuthHeaders(parsing: vector.headerFields), method: vector.method,
                                         target: vector.path, body: vector.body)
        #expect(caller.hotkey == vector.verified_caller)
        #expect(caller.nonce == vector.nonce_ns)
        #expect(caller.scheme == vector.cryptoType)
    }

    @Test("an unbound vector request is refused where a receiver is required")
    func unboundRefused() throws {
        for vector in Self.vectors.cases where vector.receiver_ss58 == nil {
            let verifier = BTAuthVerifier(selfHotkey: vector.sender_ss58, clock: TestClock(vector.nonce_ns).clock)
            #expect(throws: BTAuthError(.missingReceiver, "")) {
                try verifier.verify(BTAuthHeaders(parsing: vector.headerFields), method: vector.method,
                                    target: vector.path, body: vector.body)
            }
        }
    }

    @Test("every listed verify outcome, on every receiver-bound case", arguments: vectors.verify_outcomes)
    func outcome(_ outcome: BTAuthVectors.Outcome) throws {
        for vector in Self.vectors.cases where vector.receiver_ss58 != nil {
            switch try Self.run(outcome.label, on: vector) {
            case .success(let caller):
                #expect(outcome.result == "ok", "\(vector)")
                #expect(caller.hotkey == vector.verified_caller, "\(vector)")
            case .failure(let error):
                #expect(error.kind.rawValue == outcome.result, "\(vector): \(error)")
                #expect(error.reason == outcome.message, "\(vector)")
            }
        }
    }

    /// Replays the vector file's verify scenario `label` on `vector`'s request.
    private static func run(_ label: String, on vector: BTAuthVectors.Case) throws
        -> Result<BTAuthCaller, BTAuthError>
    {
        var fields = vector.headerFields
        var body = vector.body
        var path = vector.path
        var selfHotkey = try #require(vector.receiver_ss58)
        let clock = TestClock(vector.nonce_ns)
        var attempts = 1
        switch label {
        case "valid": break
        case "same request again (replay)": attempts = 2
        case "10.000000001 s later (max_age 10)": clock.now += 10_000_000_001
        case "nonce 2.000000001 s in the future (skew 2)": clock.now -= 2_000_000_001
        case "body changed": body += Array("!".utf8)
        case "different receiver": selfHotkey = vector.sender_ss58
        case "path changed": path += "/x"
        case "missing X-Bittensor-Version": fields.removeAll { $0.name == BTAuthHeaders.Name.version }
        case "header names lowercased (case-insensitive lookup)":
            fields = fields.map { (name: $0.name.lowercased(), value: $0.value) }
        default: throw VectorError(description: "no scenario for the verify outcome '\(label)'")
        }
        let verifier = BTAuthVerifier(selfHotkey: selfHotkey, clock: clock.clock)
        var result: Result<BTAuthCaller, BTAuthError>?
        for _ in 0..<attempts {
            result = Result { () throws(BTAuthError) in
                try verifier.verify(BTAuthHeaders(parsing: fields), method: vector.method, target: path, body: body)
            }
        }
        return try #require(result)
    }
}
