import Hashing
import Keys
import Neurons
import Testing

@Suite("btauth/1 verification: malformed headers, order of checks, freshness, schemes, replays")
struct BTAuthVerifierTests {
    typealias Name = BTAuthHeaders.Name

    @Test("a signed request verifies to its sender")
    func valid() throws {
        let caller = try TestRequests.verify(TestRequests.fields())
        #expect(caller.hotkey == TestRequests.alice.ss58Address)
        #expect(caller.nonce == TestRequests.nonce)
        #expect(caller.scheme == .sr25519)
    }

    @Test("each malformed header gives its own error", arguments: MalformedCase.all)
    func malformed(_ malformed: MalformedCase) {
        let error = #expect(throws: BTAuthError.self) {
            try TestRequests.verify(malformed.edit(TestRequests.fields()))
        }
        #expect(error?.code == malformed.code)
        #expect(error?.kind == .malformedAuth)
    }

    @Test("header parsing reads what Python's int() and parse_crypto_type read")
    func lenientParsing() throws {
        let padded = MalformedCase.set(Name.nonce, "+000\(TestRequests.nonce)")(TestRequests.fields())
        #expect(try BTAuthHeaders(parsing: padded).nonce == TestRequests.nonce)
        #expect(try TestRequests.verify(padded).nonce == TestRequests.nonce)
        let schemes: [(String, CryptoType)] = [
            ("ed25519", .ed25519), (" ED25519 ", .ed25519), ("0", .ed25519), ("000", .ed25519), ("Sr25519", .sr25519),
            ("1", .sr25519), ("01", .sr25519),
        ]
        for (text, scheme) in schemes {
            let fields = MalformedCase.set(Name.crypto, text)(TestRequests.fields())
            #expect(try BTAuthHeaders(parsing: fields).scheme == scheme, "\(text)")
        }
        let bare = try #require(TestRequests.fields().first { $0.name == Name.signature }).value.dropFirst(2)
        let unprefixed = MalformedCase.set(Name.signature, bare.uppercased())(TestRequests.fields())
        #expect(try TestRequests.verify(unprefixed).hotkey == TestRequests.alice.ss58Address)
    }

    @Test("checks run in order: shape, receiver, freshness, signature, replay")
    func order() throws {
        let noVersion = MalformedCase.set(Name.version, nil)(TestRequests.fields())
        let noVersionNoHotkey = MalformedCase.set(Name.hotkey, nil)(noVersion)
        #expect(throws: BTAuthError(.unsupportedVersion, "")) { try TestRequests.verify(noVersionNoHotkey) }

        let aMinuteLater = TestRequests.verifier(now: TestRequests.nonce + 60_000_000_000)
        let staleForAlice = TestRequests.fields(receiver: TestRequests.alice.ss58Address)
        #expect(throws: BTAuthError(.wrongReceiver, "")) { try TestRequests.verify(staleForAlice, with: aMinuteLater) }

        #expect(throws: BTAuthError(.staleNonce, "")) {
            try TestRequests.verify(TestRequests.fields(), with: aMinuteLater, body: [1, 2, 3])
        }

        let badHotkey = MalformedCase.set(Name.hotkey, "5NotAnAddress")(TestRequests.fields())
        #expect(throws: BTAuthError(.staleNonce, "")) { try TestRequests.verify(badHotkey, with: aMinuteLater) }
    }

    @Test("receiver binding: another hotkey is refused, and so is none unless allowed")
    func receiver() throws {
        let error = #expect(throws: BTAuthError(.wrongReceiver, "")) {
            try TestRequests.verify(TestRequests.fields(receiver: TestRequests.alice.ss58Address))
        }
        #expect(error?.reason == "request was signed for a different receiving hotkey")
        #expect(error?.kind == .wrongReceiver)

        let unbound = TestRequests.fields(receiver: nil)
        let missing = #expect(throws: BTAuthError(.missingReceiver, "")) { try TestRequests.verify(unbound) }
        #expect(missing?.reason == "missing X-Bittensor-Receiver: this server requires receiver-bound requests")
        #expect(missing?.kind == .wrongReceiver)

        let open = BTAuthVerifier(selfHotkey: TestRequests.bob.ss58Address, requireReceiver: false,
                                  clock: TestClock(TestRequests.nonce).clock)
        #expect(try TestRequests.verify(unbound, with: open).hotkey == TestRequests.alice.ss58Address)
        #expect(throws: BTAuthError(.wrongReceiver, "")) {
            try TestRequests.verify(TestRequests.fields(receiver: TestRequests.alice.ss58Address), with: open)
        }
    }

    @Test("freshness: max age and skew are inclusive, one nanosecond more is refused")
    func freshnessBoundaries() throws {
        let nonce = TestRequests.nonce
        for (now, code) in [(nonce + 10_000_000_000, nil), (nonce + 10_000_000_001, BTAuthError.Code.staleNonce),
                            (nonce - 2_000_000_000, nil), (nonce - 2_000_000_001, .futureNonce)] {
            let result = Result { () throws(BTAuthError) in
                try TestRequests.verify(TestRequests.fields(), with: TestRequests.verifier(now: now))
            }
            switch (result, code) {
            case (.success, nil): break
            case (.failure(let error), let code?):
                #expect(error.code == code)
                #expect(error.kind == .staleRequest)
            default: Issue.record("at \(now - nonce) ns from the nonce: \(result)")
            }
        }
    }

    @Test("the freshness window is configurable, and the messages say it as Python does")
    func configuredWindow() throws {
        let clock = TestClock(TestRequests.nonce + 1_000_000_001)
        let verifier = BTAuthVerifier(selfHotkey: TestRequests.bob.ss58Address, maxAge: .seconds(1),
                                      allowedSkew: .milliseconds(500), clock: clock.clock)
        let stale = #expect(throws: BTAuthError(.staleNonce, "")) {
            try TestRequests.verify(TestRequests.fields(), with: verifier)
        }
        #expect(stale?.reason == "nonce is older than the 1s freshness window")
        clock.now = TestRequests.nonce - 500_000_001
        let future = #expect(throws: BTAuthError(.futureNonce, "")) {
            try TestRequests.verify(TestRequests.fields(), with: verifier)
        }
        #expect(future?.reason == "nonce is more than 0.5s in the future")
        clock.now = TestRequests.nonce + 999_999_999
        #expect(try TestRequests.verify(TestRequests.fields(), with: verifier).hotkey == TestRequests.alice.ss58Address)
    }

    @Test("a changed method, target, body or sender breaks the signature")
    func tampering() throws {
        let headers = try BTAuthHeaders(parsing: TestRequests.fields())
        let verifier = TestRequests.verifier()
        for (method, target, body) in [("PUT", TestRequests.target, TestRequests.body),
                                       (TestRequests.method, "/forward?round=4", TestRequests.body),
                                       (TestRequests.method, TestRequests.target, TestRequests.body + [0x20])] {
            let error = #expect(throws: BTAuthError(.badSignature, "")) {
                try verifier.verify(headers, method: method, target: target, body: body)
            }
            #expect(error?.reason == "signature does not verify against the claimed hotkey")
        }
        let otherSender = MalformedCase.set(Name.hotkey, TestRequests.bob.ss58Address)(TestRequests.fields())
        #expect(throws: BTAuthError(.badSignature, "")) { try TestRequests.verify(otherSender) }
        #expect(try verifier.verify(headers, method: "post", target: TestRequests.target, body: TestRequests.body)
            .hotkey == TestRequests.alice.ss58Address)
    }

    @Test("only the declared scheme is tried")
    func declaredSchemeOnly() throws {
        let ed25519 = TestRequests.fields(signedBy: TestRequests.aliceEd25519)
        #expect(try TestRequests.verify(ed25519).scheme == .ed25519)
        let claimsSr25519 = MalformedCase.set(Name.crypto, nil)(ed25519)
        #expect(throws: BTAuthError(.badSignature, "")) { try TestRequests.verify(claimsSr25519) }
        let claimsEd25519 = MalformedCase.set(Name.crypto, "ed25519")(TestRequests.fields())
        #expect(throws: BTAuthError(.badSignature, "")) { try TestRequests.verify(claimsEd25519) }
    }

    @Test("a signature of the payload wrapped in <Bytes>…</Bytes> verifies, as bittensor_core.verify allows")
    func wrappedSignature() throws {
        let payload = BTAuthPayload(scheme: .sr25519, method: TestRequests.method, target: TestRequests.target,
                                    body: TestRequests.body, nonce: TestRequests.nonce,
                                    sender: TestRequests.alice.ss58Address, receiver: TestRequests.bob.ss58Address)
        let signature = TestRequests.alice.sign(Array("<Bytes>".utf8) + payload.bytes + Array("</Bytes>".utf8))
        let fields = MalformedCase.set(Name.signature, Hex.encode(signature, prefixed: true))(TestRequests.fields())
        #expect(try TestRequests.verify(fields).hotkey == TestRequests.alice.ss58Address)
    }

    @Test("a request is accepted once; other nonces and other senders are separate")
    func replay() throws {
        let verifier = TestRequests.verifier()
        _ = try TestRequests.verify(TestRequests.fields(), with: verifier)
        let error = #expect(throws: BTAuthError(.replayedRequest, "")) {
            try TestRequests.verify(TestRequests.fields(), with: verifier)
        }
        #expect(error?.reason == "this nonce was already accepted from this hotkey")
        #expect(error?.kind == .replayedRequest)
        _ = try TestRequests.verify(TestRequests.fields(nonce: TestRequests.nonce + 1), with: verifier)
        _ = try TestRequests.verify(TestRequests.fields(signedBy: TestRequests.aliceEd25519), with: verifier)
        #expect(verifier.replayStore.count == 3)
    }

    @Test("a request that fails its signature is not remembered")
    func forgeryDoesNotPoison() throws {
        let verifier = TestRequests.verifier()
        #expect(throws: BTAuthError(.badSignature, "")) {
            try TestRequests.verify(TestRequests.fields(), with: verifier, body: [0])
        }
        #expect(verifier.replayStore.count == 0)
        _ = try TestRequests.verify(TestRequests.fields(), with: verifier)
    }

    @Test("replay entries last exactly as long as the window can accept the nonce")
    func replayExpiry() throws {
        // The nonce is as far ahead as the skew allows: the request stays fresh until nonce + maxAge.
        let clock = TestClock(TestRequests.nonce - 2_000_000_000)
        let verifier = TestRequests.verifier(clock: clock)
        #expect(verifier.replayStore.retention == 12_000_000_000)
        _ = try TestRequests.verify(TestRequests.fields(), with: verifier)
        clock.now = TestRequests.nonce + 10_000_000_000
        #expect(throws: BTAuthError(.replayedRequest, "")) {
            try TestRequests.verify(TestRequests.fields(), with: verifier)
        }
        clock.now += 1
        #expect(throws: BTAuthError(.staleNonce, "")) { try TestRequests.verify(TestRequests.fields(), with: verifier) }
        _ = try TestRequests.verify(TestRequests.fields(nonce: clock.now), with: verifier)
        #expect(verifier.replayStore.count == 1)
    }

    @Test("a full replay store refuses new requests until entries expire")
    func replayCapacity() throws {
        let clock = TestClock(TestRequests.nonce)
        let verifier = TestRequests.verifier(clock: clock, replayCapacity: 2)
        _ = try TestRequests.verify(TestRequests.fields(nonce: TestRequests.nonce), with: verifier)
        _ = try TestRequests.verify(TestRequests.fields(nonce: TestRequests.nonce + 1), with: verifier)
        let error = #expect(throws: BTAuthError(.replayStoreFull, "")) {
            try TestRequests.verify(TestRequests.fields(nonce: TestRequests.nonce + 2), with: verifier)
        }
        #expect(error?.kind == .overloaded)
        #expect(throws: BTAuthError(.replayedRequest, "")) {
            try TestRequests.verify(TestRequests.fields(nonce: TestRequests.nonce + 1), with: verifier)
        }
        clock.now += 12_000_000_001
        _ = try TestRequests.verify(TestRequests.fields(nonce: clock.now), with: verifier)
        #expect(verifier.replayStore.count == 1)
    }

    @Test("concurrent copies of one request: exactly one is accepted")
    func concurrentReplays() async throws {
        let verifier = TestRequests.verifier()
        let fields = TestRequests.fields()
        let accepted = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 {
                group.addTask { (try? TestRequests.verify(fields, with: verifier)) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(accepted == 1)
    }

    @Test("a signer's nonces strictly increase even when its clock stands still")
    func signerNonces() throws {
        let clock = TestClock(TestRequests.nonce)
        let signer = BTAuthSigner(keypair: TestRequests.alice, clock: clock.clock)
        let verifier = TestRequests.verifier(clock: clock)
        let first = signer.sign(method: TestRequests.method, target: TestRequests.target, body: TestRequests.body,
                                receiver: TestRequests.bob.ss58Address)
        let second = signer.sign(method: TestRequests.method, target: TestRequests.target, body: TestRequests.body,
                                 receiver: TestRequests.bob.ss58Address)
        #expect(first.nonce == TestRequests.nonce)
        #expect(second.nonce == TestRequests.nonce + 1)
        for headers in [first, second] {
            _ = try verifier.verify(headers, method: TestRequests.method, target: TestRequests.target,
                                    body: TestRequests.body)
        }
        clock.now += 5
        #expect(signer.sign(method: "GET", target: "/", body: [], receiver: nil).nonce == TestRequests.nonce + 5)
    }
}
