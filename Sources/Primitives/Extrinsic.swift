import SCALE

/// An extrinsic as it travels: `C(length) ‖ version byte ‖ (address ‖ signature ‖ extra)? ‖ call`.
///
/// Decoding keeps the exact bytes it read (`encoded`), so the hash and any signature check work on what
/// was received, never on a re-encoding. Only version 4 is accepted, signed (`0x84`) or bare (`0x04`).
public struct UncheckedExtrinsic: Equatable, Sendable, ScaleCodable {
    /// The signer's part of a signed extrinsic.
    public struct Signature: Equatable, Sendable {
        /// Who signed.
        public var address: MultiAddress
        /// The signature over the signing payload.
        public var signature: MultiSignature
        /// The extension fields that travel with the transaction.
        public var extra: SignedExtra

        /// A signer's part.
        public init(address: MultiAddress, signature: MultiSignature, extra: SignedExtra) {
            self.address = address
            self.signature = signature
            self.extra = extra
        }
    }

    /// The signer's part, or nil for a bare extrinsic (an inherent).
    public let signature: Signature?
    /// The encoded call (pallet index, call index, arguments).
    public let call: [UInt8]
    /// The full encoding, length prefix included.
    public let encoded: [UInt8]

    /// Builds and encodes an extrinsic.
    public init(signature: Signature?, call: [UInt8]) {
        self.signature = signature
        self.call = call
        var body = ScaleWriter()
        if let signature {
            body.write(byte: 0x84)
            body.encode(signature.address, signature.signature, signature.extra)
        } else {
            body.write(byte: 0x04)
        }
        body.write(bytes: call)
        var writer = ScaleWriter()
        writer.write(length: body.bytes.count)
        writer.write(bytes: body.bytes)
        encoded = writer.bytes
    }

    /// The extrinsic hash: blake2-256 of the full encoding.
    public var hash: H256 { H256.blake2(encoded) }

    public func encode(into writer: inout ScaleWriter) { writer.write(bytes: encoded) }

    /// Reads one length-prefixed extrinsic.
    /// - Throws: `ScaleError` for a truncated body, an unsupported version, or a malformed signature part.
    public init(decoding reader: inout ScaleReader) throws {
        let start = reader.position
        let length = try reader.readLength()
        let bodyStart = reader.position
        var body = ScaleReader(try reader.readBytes(length))
        let version = try body.readByte()
        switch version {
        case 0x84:
            let (address, signature, extra) = try body.decode(MultiAddress.self, MultiSignature.self, SignedExtra.self)
            self.signature = Signature(address: address, signature: signature, extra: extra)
        case 0x04:
            self.signature = nil
        default:
            throw ScaleError(.invalidTag, "extrinsic at offset \(start) has version byte \(version); only 0x84 and 0x04 are accepted")
        }
        call = try body.readBytes(body.remaining)
        guard !call.isEmpty else { throw ScaleError(.truncated, "extrinsic at offset \(start) has no call") }
        encoded = Array(reader.bytes[start..<(bodyStart + length)])
    }
}
