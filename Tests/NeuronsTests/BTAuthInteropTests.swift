import Hashing
import Keys
import Neurons
import Testing

/// Signatures crossing with Bittensor 11's `bittensor.http_auth`, both ways, through `Tests/Interop/btauth_interop.py`.
///
/// `scripts/test` creates the bittensor 11 venv; without it these tests are disabled and say so.
@Suite("Interop with bittensor 11 http_auth (Python)",
       .enabled(if: BT11Python.path != nil, "no bittensor 11 venv: run scripts/test"))
struct BTAuthInteropTests {
    static let receiver = TestRequests.bob.ss58Address

    /// Requests with fresh random bodies, methods and targets, for both schemes.
    static func requests(_ crypto: CryptoType) -> [(method: String, target: String, body: [UInt8])] {
        [("POST", "/forward", SystemRandom.bytes(Int.random(in: 0...300))),
         ("get", "/health?verbose=1&x=%20y", []),
         ("PUT", "/axon/\(Int.random(in: 0...999))?q=\(crypto)", Array("{\"prompt\": \"héllo\"}".utf8))]
    }

    @Test("Python signs, we verify; for ed25519 our signature is byte-identical to Python's",
          arguments: [CryptoType.sr25519, .ed25519])
    func pythonSignsSwiftVerifies(_ crypto: CryptoType) throws {
        let ours = try Keypair(uri: "//Alice", cryptoType: crypto)
        let requests = Self.requests(crypto)
        let signed = try BT11Python.run("sign", requests.map {
            ["uri": "//Alice", "crypto": crypto.rawValue, "method": $0.method, "path": $0.target,
             "body_hex": Hex.encode($0.body), "receiver": Self.receiver]
        })
        let verifier = BTAuthVerifier(selfHotkey: Self.receiver)
        for (request, result) in zip(requests, signed) {
            #expect(result["ss58"] as? String == ours.ss58Address)
            let headerObject = try #require(result["headers"] as? [String: String])
            let headers = try BTAuthHeaders(parsing: headerObject.map { (name: $0.key, value: $0.value) })
            let caller = try verifier.verify(headers, method: request.method, target: request.target,
                                             body: request.body)
            #expect(caller.hotkey == ours.ss58Address)
            #expect(caller.scheme == crypto)
            #expect(throws: BTAuthError(.replayedRequest, "")) {
                try verifier.verify(headers, method: request.method, target: request.target, body: request.body)
            }
            #expect(throws: BTAuthError(.badSignature, "")) {
                try BTAuthVerifier(selfHotkey: Self.receiver)
                    .verify(headers, method: request.method, target: request.target, body: request.body + [0])
            }
            if crypto == .ed25519 {
                let mine = BTAuthSigner(keypair: ours).sign(method: request.method, target: request.target,
                                                            body: request.body, receiver: Self.receiver,
                                                            nonce: headers.nonce)
                #expect(mine == headers)
            }
        }
    }

    @Test("we sign, Python verifies, and refuses the same tampering we do", arguments: [CryptoType.sr25519, .ed25519])
    func swiftSignsPythonVerifies(_ crypto: CryptoType) throws {
        let signer = BTAuthSigner(keypair: try Keypair(uri: "//Alice", cryptoType: crypto))
        var batch: [[String: Any]] = []
        var expected: [String] = []
        for request in Self.requests(crypto) {
            let headers = signer.sign(method: request.method, target: request.target, body: request.body,
                                      receiver: Self.receiver)
            let object = Dictionary(uniqueKeysWithValues: headers.fields.map { ($0.name, $0.value) })
            let base: [String: Any] = ["headers": object, "method": request.method, "path": request.target,
                                       "body_hex": Hex.encode(request.body), "self_hotkey": Self.receiver]
            batch.append(base)
            expected.append("ok")
            batch.append(base.merging(["body_hex": Hex.encode(request.body + [1])]) { $1 })
            expected.append("BadSignature")
            batch.append(base.merging(["path": request.target + "&"]) { $1 })
            expected.append("BadSignature")
            batch.append(base.merging(["self_hotkey": signer.hotkey]) { $1 })
            expected.append("WrongReceiver")
            batch.append(base.merging(["now_ns": headers.nonce + 10_000_000_001]) { $1 })
            expected.append("StaleRequest")
        }
        let unbound = signer.sign(method: "GET", target: "/", body: [UInt8](), receiver: nil)
        let unboundObject = Dictionary(uniqueKeysWithValues: unbound.fields.map { ($0.name, $0.value) })
        batch.append(["headers": unboundObject, "method": "GET", "path": "/", "body_hex": "",
                      "self_hotkey": Self.receiver, "require_receiver": false])
        expected.append("ok")

        let results = try BT11Python.run("verify", batch)
        for (index, result) in results.enumerated() {
            let outcome = result["ok"] as? Bool == true ? "ok" : result["error"] as? String
            #expect(outcome == expected[index], "request \(index): \(result)")
            if expected[index] == "ok" {
                #expect(result["hotkey"] as? String == signer.hotkey)
                #expect(result["crypto_type"] as? Int == crypto.rawValue)
            }
        }
    }

    @Test("malformed headers fall in the same failure class in Python as here")
    func malformedParity() throws {
        let cases = MalformedCase.all.filter { $0.python != nil }
        let batch: [[String: Any]] = cases.map { malformed in
            let fields = malformed.edit(TestRequests.fields())
            return ["headers": Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) }),
                    "method": TestRequests.method, "path": TestRequests.target,
                    "body_hex": Hex.encode(TestRequests.body), "self_hotkey": Self.receiver,
                    "now_ns": TestRequests.nonce]
        }
        for (malformed, result) in zip(cases, try BT11Python.run("verify", batch)) {
            #expect(result["error"] as? String == malformed.python, "\(malformed): \(result)")
        }
    }
}
