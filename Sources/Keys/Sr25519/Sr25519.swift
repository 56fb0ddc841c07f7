import CurveArithmetic

/// sr25519: Schnorr signatures over ristretto255 with Merlin transcripts, exactly as schnorrkel 0.11
/// does them for Substrate (signing context `substrate`, the 0x80 marker bit, Ed25519-mode key expansion).
public enum Sr25519 {
    /// Substrate's signing context.
    public static let substrateContext: [UInt8] = Array("substrate".utf8)

    /// The transcript a message is signed under: `SigningContext(context)` with the message appended.
    static func signingTranscript(context: [UInt8], message: [UInt8]) -> Transcript {
        var transcript = Transcript(label: "SigningContext")
        transcript.append(label: [], message: context)
        transcript.append(label: "sign-bytes", message: message)
        return transcript
    }

    /// Verifies `signature` over `message` by `publicKey`, as schnorrkel's `verify` does.
    ///
    /// - Throws: `KeyError` with the schnorrkel error: `.invalidLength`, `.notMarkedSchnorrkel`,
    ///   `.scalarFormatError`, `.pointDecompressionError`; returns false when the equation does not hold.
    public static func verify(
        signature: [UInt8], message: [UInt8], publicKey: [UInt8], context: [UInt8] = substrateContext
    ) throws -> Bool {
        guard let parsed = try ParsedSignature(signature: signature, message: message, publicKey: publicKey,
                                               context: context) else { return false }
        return parsed.equationHolds()
    }
}

/// A signature checked for format, with its challenge computed: what remains is the group equation.
struct ParsedSignature {
    /// The signature scalar.
    let s: Scalar
    /// The challenge `k = H(context, message, A, R)`.
    let k: Scalar
    /// The public key A.
    let publicKey: RistrettoPoint
    /// The commitment R.
    let commitment: RistrettoPoint

    /// Parses as schnorrkel does; nil when R does not decode (the signature cannot verify).
    /// - Throws: `KeyError` for malformed inputs (see `Sr25519.verify`).
    init?(signature: [UInt8], message: [UInt8], publicKey: [UInt8], context: [UInt8]) throws {
        guard signature.count == 64 else {
            throw KeyError(.invalidLength, "an sr25519 signature is 64 bytes, got \(signature.count)")
        }
        guard signature[63] & 0x80 != 0 else {
            throw KeyError(.notMarkedSchnorrkel, "signature lacks the schnorrkel marker bit")
        }
        var sBytes = Array(signature[32..<64])
        sBytes[31] &= 0x7F
        guard sBytes[31] & 0xF0 == 0 || Scalar.isCanonical(sBytes) else {
            throw KeyError(.scalarFormatError, "signature scalar is not reduced modulo l")
        }
        s = Scalar(unreduced: sBytes)
        guard publicKey.count == 32 else {
            throw KeyError(.invalidLength, "an sr25519 public key is 32 bytes, got \(publicKey.count)")
        }
        guard let point = RistrettoPoint(decoding: publicKey) else {
            throw KeyError(.pointDecompressionError, "public key is not a ristretto255 point")
        }
        self.publicKey = point
        let commitmentBytes = Array(signature[0..<32])
        var transcript = Sr25519.signingTranscript(context: context, message: message)
        transcript.append(label: "proto-name", message: Array("Schnorr-sig".utf8))
        transcript.append(label: "sign:pk", message: publicKey)
        transcript.append(label: "sign:R", message: commitmentBytes)
        k = Scalar(reducingWide: transcript.challengeBytes(label: "sign:c", count: 64))
        // schnorrkel compares encode(s·B − k·A) with R's bytes; R's encoding is canonical exactly when it
        // decodes, so decoding R and checking the equation in the group gives the same answers.
        guard let commitmentPoint = RistrettoPoint(decoding: commitmentBytes) else { return nil }
        commitment = commitmentPoint
    }

    /// Whether `s·B − k·A == R`.
    func equationHolds() -> Bool {
        RistrettoPoint.vartimeSchnorrEquationHolds(s: s.bytes, k: k.bytes, publicKey: publicKey, commitment: commitment)
    }
}

/// An sr25519 public key: the ristretto255 encoding of `key · B`.
public struct Sr25519PublicKey: Hashable, Sendable {
    /// The 32 encoded bytes.
    public let bytes: [UInt8]

    /// Accepts 32 bytes that decode as a ristretto255 point.
    /// - Throws: `KeyError.invalidLength` or `.pointDecompressionError`.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else {
            throw KeyError(.invalidLength, "an sr25519 public key is 32 bytes, got \(bytes.count)")
        }
        guard RistrettoPoint(decoding: bytes) != nil else {
            throw KeyError(.pointDecompressionError, "public key is not a ristretto255 point")
        }
        self.bytes = bytes
    }

    init(trusted bytes: [UInt8]) { self.bytes = bytes }
}

/// An sr25519 secret key: a scalar and a 32-byte nonce seed.
public struct Sr25519SecretKey: Sendable {
    let key: Scalar
    let nonce: [UInt8]

    init(key: Scalar, nonce: [UInt8]) {
        self.key = key
        self.nonce = nonce
    }

    /// Parses schnorrkel's `to_bytes` form: 32-byte canonical scalar ‖ 32-byte nonce (keyfiles' `privateKey`).
    /// - Throws: `KeyError.invalidLength` or `.scalarFormatError` for a scalar not below `l`.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 64 else {
            throw KeyError(.invalidLength, "an sr25519 secret key is 64 bytes, got \(bytes.count)")
        }
        guard let key = Scalar(canonical: Array(bytes[0..<32])) else {
            throw KeyError(.scalarFormatError, "sr25519 secret scalar is not reduced modulo l")
        }
        self.init(key: key, nonce: Array(bytes[32..<64]))
    }

    /// Parses the "half-ed25519" form polkadot-js uses: (scalar · 8) ‖ nonce.
    /// - Throws: `KeyError.invalidLength` or `.scalarFormatError`.
    public init(ed25519Bytes bytes: [UInt8]) throws {
        guard bytes.count == 64 else {
            throw KeyError(.invalidLength, "an sr25519 secret key is 64 bytes, got \(bytes.count)")
        }
        try self.init(bytes: divideByCofactor(Array(bytes[0..<32])) + bytes[32..<64])
    }

    /// schnorrkel's `to_bytes`: scalar ‖ nonce.
    public var bytes: [UInt8] { key.bytes + nonce }

    /// The "half-ed25519" serialization: (scalar · 8) ‖ nonce.
    public var ed25519Bytes: [UInt8] {
        var carry: UInt8 = 0
        let shifted = key.bytes.map { byte -> UInt8 in
            defer { carry = byte >> 5 }
            return byte << 3 | carry
        }
        return shifted + nonce
    }

    /// The matching public key.
    public var publicKey: Sr25519PublicKey { Sr25519PublicKey(trusted: key.timesBasepoint) }
}

/// The 32-byte seed Substrate derives sr25519 keys from (schnorrkel's `MiniSecretKey`).
public struct Sr25519MiniSecretKey: Sendable {
    /// The 32 seed bytes.
    public let bytes: [UInt8]

    /// Wraps a 32-byte seed.
    /// - Throws: `KeyError.invalidLength`.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else {
            throw KeyError(.invalidLength, "an sr25519 seed is 32 bytes, got \(bytes.count)")
        }
        self.bytes = bytes
    }

    /// `ExpandMode::Ed25519`, what Substrate and Bittensor use: SHA-512, clamp, divide by 8; the upper
    /// half of the hash is the nonce.
    public func expandEd25519() -> Sr25519SecretKey {
        let hash = sha512(bytes)
        var key = Array(hash[0..<32])
        key[0] &= 248
        key[31] &= 63
        key[31] |= 64
        return Sr25519SecretKey(key: Scalar(unreduced: divideByCofactor(key)), nonce: Array(hash[32..<64]))
    }

    /// `ExpandMode::Uniform`: key and nonce from a Merlin transcript over the seed.
    public func expandUniform() -> Sr25519SecretKey {
        var transcript = Transcript(label: "ExpandSecretKeys")
        transcript.append(label: "mini", message: bytes)
        let key = Scalar(reducingWide: transcript.challengeBytes(label: "sk", count: 64))
        return Sr25519SecretKey(key: key, nonce: transcript.challengeBytes(label: "no", count: 32))
    }
}

/// An sr25519 secret key with its public key, able to sign.
public struct Sr25519Keypair: Sendable {
    /// The secret half.
    public let secretKey: Sr25519SecretKey
    /// The public half.
    public let publicKey: Sr25519PublicKey

    /// The keypair of a secret key.
    public init(secretKey: Sr25519SecretKey) {
        self.secretKey = secretKey
        self.publicKey = secretKey.publicKey
    }

    /// Substrate's keypair from a 32-byte seed (Ed25519-mode expansion).
    public init(seed: Sr25519MiniSecretKey) {
        self.init(secretKey: seed.expandEd25519())
    }

    /// Signs `message` under `context` with 32 bytes of fresh system randomness in the nonce.
    public func sign(_ message: [UInt8], context: [UInt8] = Sr25519.substrateContext) -> [UInt8] {
        sign(message, context: context, entropy: SystemRandom.bytes(32))
    }

    /// Signs with caller-chosen RNG entropy: only for reproducing schnorrkel's test vectors.
    func sign(_ message: [UInt8], context: [UInt8], entropy: [UInt8]) -> [UInt8] {
        var transcript = Sr25519.signingTranscript(context: context, message: message)
        transcript.append(label: "proto-name", message: Array("Schnorr-sig".utf8))
        transcript.append(label: "sign:pk", message: publicKey.bytes)
        var rng = transcript.rng(witnesses: [("signing", secretKey.nonce)], entropy: entropy)
        let witness = Scalar(reducingWide: rng.fillBytes(64))
        let commitment = witness.timesBasepoint
        transcript.append(label: "sign:R", message: commitment)
        let challenge = Scalar(reducingWide: transcript.challengeBytes(label: "sign:c", count: 64))
        var signature = commitment + (challenge * secretKey.key + witness).bytes
        signature[63] |= 0x80
        return signature
    }
}

/// Shifts a 256-bit little-endian value right by 3 bits.
private func divideByCofactor(_ bytes: [UInt8]) -> [UInt8] {
    (0..<32).map { index in
        let high: UInt8 = index < 31 ? bytes[index + 1] << 5 : 0
        return bytes[index] >> 3 | high
    }
}
