import SCALE

/// `MultiAddress<AccountId32, ()>`, the address of a signed extrinsic. Subtensor's lookup resolves only `.id`.
public enum MultiAddress: Equatable, Sendable, ScaleCodable {
    /// Index 0: an account id (what every client sends).
    case id(AccountId32)
    /// Index 1: an account index (`Compact<()>`, empty).
    case index
    /// Index 2: raw bytes.
    case raw([UInt8])
    /// Index 3: a 32-byte address.
    case address32([UInt8])
    /// Index 4: a 20-byte address.
    case address20([UInt8])

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .id(let account):
            writer.write(byte: 0)
            writer.encode(account)
        case .index: writer.write(byte: 1)
        case .raw(let bytes):
            writer.write(byte: 2)
            writer.encode(bytes)
        case .address32(let bytes):
            writer.write(byte: 3)
            writer.write(bytes: bytes)
        case .address20(let bytes):
            writer.write(byte: 4)
            writer.write(bytes: bytes)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        switch try reader.readVariantIndex(of: "MultiAddress", variantCount: 5) {
        case 0: self = .id(try reader.decode())
        case 1: self = .index
        case 2: self = .raw(try reader.decode())
        case 3: self = .address32(try reader.readBytes(32))
        default: self = .address20(try reader.readBytes(20))
        }
    }
}

/// `MultiSignature`: the scheme's index byte, then the signature bytes.
public enum MultiSignature: Equatable, Sendable, ScaleCodable {
    /// Index 0: 64 bytes.
    case ed25519([UInt8])
    /// Index 1: 64 bytes.
    case sr25519([UInt8])
    /// Index 2: 65 bytes.
    case ecdsa([UInt8])

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .ed25519(let bytes):
            writer.write(byte: 0)
            writer.write(bytes: bytes)
        case .sr25519(let bytes):
            writer.write(byte: 1)
            writer.write(bytes: bytes)
        case .ecdsa(let bytes):
            writer.write(byte: 2)
            writer.write(bytes: bytes)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        switch try reader.readVariantIndex(of: "MultiSignature", variantCount: 3) {
        case 0: self = .ed25519(try reader.readBytes(64))
        case 1: self = .sr25519(try reader.readBytes(64))
        default: self = .ecdsa(try reader.readBytes(65))
        }
    }
}
