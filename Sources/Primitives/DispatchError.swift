import SCALE

/// Why a dispatched call failed, in `sp_runtime::DispatchError`'s encoding. Pallet errors are
/// `.module(pallet index, error index)`; their names come from the pallet's error enum (for subtensor,
/// `SubtensorModuleError`).
public enum DispatchError: Error, Equatable, Sendable, ScaleCodable {
    /// 0: some other error.
    case other
    /// 1: an address did not resolve.
    case cannotLookup
    /// 2: the origin may not make this call.
    case badOrigin
    /// 3: a pallet's own error: its index in the runtime, and the variant index in its `Error` enum.
    case module(pallet: UInt8, error: UInt8)
    /// 4: the account is still referenced by a consumer.
    case consumerRemaining
    /// 5: the account has no providers.
    case noProviders
    /// 6: too many consumers.
    case tooManyConsumers
    /// 7: a token error (0 FundsUnavailable, 1 OnlyProvider, 2 BelowMinimum, 3 CannotCreate, …).
    case token(UInt8)
    /// 8: arithmetic (0 Underflow, 1 Overflow, 2 DivisionByZero).
    case arithmetic(UInt8)
    /// 9: transactional layers (0 LimitReached, 1 NoLayer).
    case transactional(UInt8)
    /// 10: resources exhausted.
    case exhausted
    /// 11: state is corrupt.
    case corruption
    /// 12: a resource is unavailable.
    case unavailable
    /// 13: root may not make this call.
    case rootNotAllowed

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .other: writer.write(byte: 0)
        case .cannotLookup: writer.write(byte: 1)
        case .badOrigin: writer.write(byte: 2)
        case .module(let pallet, let error): writer.write(bytes: [3, pallet, error, 0, 0, 0])
        case .consumerRemaining: writer.write(byte: 4)
        case .noProviders: writer.write(byte: 5)
        case .tooManyConsumers: writer.write(byte: 6)
        case .token(let kind): writer.write(bytes: [7, kind])
        case .arithmetic(let kind): writer.write(bytes: [8, kind])
        case .transactional(let kind): writer.write(bytes: [9, kind])
        case .exhausted: writer.write(byte: 10)
        case .corruption: writer.write(byte: 11)
        case .unavailable: writer.write(byte: 12)
        case .rootNotAllowed: writer.write(byte: 13)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .other
        case 1: self = .cannotLookup
        case 2: self = .badOrigin
        case 3:
            let bytes = try reader.readBytes(5)
            self = .module(pallet: bytes[0], error: bytes[1])
        case 4: self = .consumerRemaining
        case 5: self = .noProviders
        case 6: self = .tooManyConsumers
        case 7: self = .token(try Self.kind(&reader, below: 10, of: "TokenError"))
        case 8: self = .arithmetic(try Self.kind(&reader, below: 3, of: "ArithmeticError"))
        case 9: self = .transactional(try Self.kind(&reader, below: 2, of: "TransactionalError"))
        case 10: self = .exhausted
        case 11: self = .corruption
        case 12: self = .unavailable
        case 13: self = .rootNotAllowed
        case let tag: throw ScaleError(.invalidTag, "DispatchError has no variant \(tag) (offset \(offset))")
        }
    }

    private static func kind(_ reader: inout ScaleReader, below count: UInt8, of name: String) throws -> UInt8 {
        try reader.readVariantIndex(of: name, variantCount: Int(count))
    }
}
