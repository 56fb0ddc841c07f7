import SCALE

/// How extrinsics are built: the format version, the address, call, signature and extension types, and the
/// signed extensions in order.
public struct ExtrinsicMetadata: Equatable, Sendable {
    /// The extrinsic format version (4).
    public var version: UInt8
    /// `MultiAddress`.
    public var addressType: UInt32
    /// `RuntimeCall`.
    public var callType: UInt32
    /// `MultiSignature`.
    public var signatureType: UInt32
    /// The tuple of every extension.
    public var extraType: UInt32
    /// The `UncheckedExtrinsic` type V14 names in place of the four above.
    public var uncheckedExtrinsicType: UInt32
    /// The signed extensions, in wire order.
    public var signedExtensions: [SignedExtensionMetadata]

    /// Every type id this refers to.
    public var referencedTypes: [UInt32] {
        [addressType, callType, signatureType, extraType, uncheckedExtrinsicType]
            + signedExtensions.flatMap { [$0.type, $0.additionalSigned] }
    }

    func encodeV15(into writer: inout ScaleWriter) {
        writer.write(byte: version)
        for type in [addressType, callType, signatureType, extraType] { writer.encode(Compact(type)) }
        writer.encode(signedExtensions)
    }

    func encodeV14(into writer: inout ScaleWriter) {
        writer.encode(Compact(uncheckedExtrinsicType))
        writer.write(byte: version)
        writer.encode(signedExtensions)
    }

    /// Decodes V15's extrinsic section, which does not name the `UncheckedExtrinsic` type: the caller finds it
    /// in the registry.
    init(decodingV15 reader: inout ScaleReader, uncheckedExtrinsicType: UInt32) throws {
        version = try reader.readByte()
        let ids = try (0..<4).map { _ in try reader.decode(Compact<UInt32>.self).value }
        (addressType, callType, signatureType, extraType) = (ids[0], ids[1], ids[2], ids[3])
        self.uncheckedExtrinsicType = uncheckedExtrinsicType
        signedExtensions = try reader.decode()
    }
}

/// One signed (transaction) extension: its identifier, the type of the bytes it adds to the extrinsic, and
/// the type of the bytes it adds only to the signing payload.
public struct SignedExtensionMetadata: Equatable, Sendable, ScaleCodable {
    /// `CheckMortality`, `CheckNonce`, ….
    public var identifier: String
    /// The extra bytes' type.
    public var type: UInt32
    /// The implicit (additional signed) bytes' type.
    public var additionalSigned: UInt32

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(identifier, Compact(type), Compact(additionalSigned))
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (identifier, type, additional) = try reader.decode(String.self, Compact<UInt32>.self, Compact<UInt32>.self)
        (self.identifier, self.type, additionalSigned) = (identifier, type.value, additional.value)
    }
}

/// V15's outer enums: the runtime's `RuntimeCall`, `RuntimeEvent` and `RuntimeError`.
public struct OuterEnums: Equatable, Sendable, ScaleCodable {
    /// `RuntimeCall`.
    public var callType: UInt32
    /// `RuntimeEvent`.
    public var eventType: UInt32
    /// `RuntimeError`.
    public var errorType: UInt32

    /// The three type ids.
    public var referencedTypes: [UInt32] { [callType, eventType, errorType] }

    /// Outer enums with these type ids.
    public init(callType: UInt32, eventType: UInt32, errorType: UInt32) {
        (self.callType, self.eventType, self.errorType) = (callType, eventType, errorType)
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(callType), Compact(eventType), Compact(errorType))
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (call, event, error) = try reader.decode(Compact<UInt32>.self, Compact<UInt32>.self, Compact<UInt32>.self)
        (callType, eventType, errorType) = (call.value, event.value, error.value)
    }
}
