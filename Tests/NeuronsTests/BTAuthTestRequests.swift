import Hashing
import Keys
import Neurons

/// Keys and signed requests the btauth tests share.
enum TestRequests {
    static let alice = try! Keypair(uri: "//Alice", cryptoType: .sr25519)
    static let aliceEd25519 = try! Keypair(uri: "//Alice", cryptoType: .ed25519)
    /// The receiving server's hotkey.
    static let bob = try! Keypair(uri: "//Bob", cryptoType: .sr25519)
    static let nonce: Int64 = 1_800_000_000_000_000_000
    static let method = "POST"
    static let target = "/forward?round=3"
    static let body = Array(#"{"prompt": "hello"}"#.utf8)

    /// The header fields of a request signed by `keypair` for Bob.
    static func fields(
        signedBy keypair: Keypair = alice, nonce: Int64 = nonce, receiver: String? = bob.ss58Address,
        body: [UInt8] = body
    ) -> [(name: String, value: String)] {
        BTAuthSigner(keypair: keypair).sign(method: method, target: target, body: body, receiver: receiver,
                                            nonce: nonce).fields
    }

    /// A verifier for Bob with its clock at `now`.
    static func verifier(now: Int64 = nonce, clock: TestClock? = nil, replayCapacity: Int = 100_000) -> BTAuthVerifier {
        BTAuthVerifier(selfHotkey: bob.ss58Address, replayCapacity: replayCapacity,
                       clock: (clock ?? TestClock(now)).clock)
    }

    /// Parses and verifies a request to Bob.
    static func verify(
        _ fields: [(name: String, value: String)], with verifier: BTAuthVerifier = verifier(), body: [UInt8] = body
    ) throws(BTAuthError) -> BTAuthCaller {
        try verifier.verify(BTAuthHeaders(parsing: fields), method: method, target: target, body: body)
    }
}

/// A request with one header broken, the error it must give, and the failure class Python's `http_auth` gives.
struct MalformedCase: Sendable, CustomStringConvertible {
    let label: String
    let code: BTAuthError.Code
    /// The `http_auth` exception class for the same headers, or nil where a JSON object cannot carry them.
    let python: String?
    let edit: @Sendable ([(name: String, value: String)]) -> [(name: String, value: String)]

    var description: String { label }

    init(
        _ label: String, _ code: BTAuthError.Code, python: String? = "MalformedAuth",
        _ edit: @escaping @Sendable ([(name: String, value: String)]) -> [(name: String, value: String)]
    ) {
        self.label = label
        self.code = code
        self.python = python
        self.edit = edit
    }

    /// An edit that sets `name` to `value` (nil removes it).
    static func set(_ name: String, _ value: String?) -> @Sendable ([(name: String, value: String)]) -> [(
        name: String, value: String
    )] {
        { fields in
            var edited = fields.filter { $0.name != name }
            if let value { edited.append((name: name, value: value)) }
            return edited
        }
    }

    /// A valid signature of Alice's request cut to `length` bytes.
    static func signature(length: Int) -> String {
        let fields = TestRequests.fields()
        let full = try! Hex.decode(fields.first { $0.name == BTAuthHeaders.Name.signature }!.value)
        return Hex.encode(full.prefix(length), prefixed: true)
    }

    static let all: [MalformedCase] = {
        typealias Name = BTAuthHeaders.Name
        return [
            MalformedCase("version missing", .unsupportedVersion, set(Name.version, nil)),
            MalformedCase("version 2", .unsupportedVersion, set(Name.version, "2")),
            MalformedCase("version 1.0", .unsupportedVersion, set(Name.version, "1.0")),
            MalformedCase("hotkey missing", .missingHotkey, set(Name.hotkey, nil)),
            MalformedCase("hotkey empty", .missingHotkey, set(Name.hotkey, "")),
            MalformedCase("nonce missing", .missingNonce, set(Name.nonce, nil)),
            MalformedCase("nonce empty", .invalidNonce, set(Name.nonce, "")),
            MalformedCase("nonce with a letter", .invalidNonce, set(Name.nonce, "18000000000000000a0")),
            MalformedCase("nonce in exponent form", .invalidNonce, set(Name.nonce, "1.8e18")),
            MalformedCase("nonce a lone sign", .invalidNonce, set(Name.nonce, "-")),
            MalformedCase("nonce past 64 bits", .nonceOutOfRange, python: "StaleRequest",
                          set(Name.nonce, "18000000000000000000000")),
            MalformedCase("crypto rsa", .unsupportedCrypto, set(Name.crypto, "rsa")),
            MalformedCase("crypto type 2", .unsupportedCrypto, set(Name.crypto, "2")),
            MalformedCase("crypto empty", .unsupportedCrypto, set(Name.crypto, "")),
            MalformedCase("signature missing", .missingSignature, set(Name.signature, nil)),
            MalformedCase("signature not hex", .invalidSignatureHex, set(Name.signature, "0xzz")),
            MalformedCase("signature odd length", .invalidSignatureHex, set(Name.signature, "0xabc")),
            MalformedCase("signature with 0X", .invalidSignatureHex,
                          set(Name.signature, "0X" + signature(length: 64).dropFirst(2))),
            MalformedCase("nonce twice", .duplicateHeader, python: nil) { fields in
                fields + [(name: Name.nonce.lowercased(), value: String(TestRequests.nonce))]
            },
            MalformedCase("hotkey not SS58", .invalidHotkey, set(Name.hotkey, "5NotAnAddress")),
            MalformedCase("signature 63 bytes", .invalidSignatureLength, set(Name.signature, signature(length: 63))),
            MalformedCase("signature empty", .invalidSignatureLength, set(Name.signature, "0x")),
        ]
    }()
}
