extension Optional: ScaleEncodable where Wrapped: ScaleEncodable {
    /// `Option<T>`: `0x00` for none, `0x01` then the value. (`Option<bool>` in parity-scale-codec's one-byte
    /// form is `OptionBool`.)
    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .none: writer.write(byte: 0)
        case .some(let value):
            writer.write(byte: 1)
            value.encode(into: &writer)
        }
    }
}

extension Optional: ScaleDecodable where Wrapped: ScaleDecodable {
    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .none
        case 1: self = .some(try Wrapped(decoding: &reader))
        case let tag: throw ScaleError(.invalidTag, "Option tag \(tag) at offset \(offset) is neither 0 nor 1")
        }
    }
}

/// parity-scale-codec's `OptionBool`: `Option<bool>` in one byte (`0` none, `1` true, `2` false).
public struct OptionBool: Equatable, Sendable, ScaleCodable {
    /// The optional flag.
    public var value: Bool?

    /// Wraps `value`.
    public init(_ value: Bool?) { self.value = value }

    public func encode(into writer: inout ScaleWriter) {
        switch value {
        case .none: writer.write(byte: 0)
        case .some(true): writer.write(byte: 1)
        case .some(false): writer.write(byte: 2)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: value = nil
        case 1: value = true
        case 2: value = false
        case let tag: throw ScaleError(.invalidTag, "OptionBool byte \(tag) at offset \(offset) is not 0, 1 or 2")
        }
    }
}

/// SCALE's `Result<T, E>`: `0x00` then the success value, or `0x01` then the error value.
public enum ScaleResult<Success, Failure> {
    /// `Ok(T)`.
    case success(Success)
    /// `Err(E)`.
    case failure(Failure)
}

extension ScaleResult: Equatable where Success: Equatable, Failure: Equatable {}
extension ScaleResult: Sendable where Success: Sendable, Failure: Sendable {}

extension ScaleResult: ScaleEncodable where Success: ScaleEncodable, Failure: ScaleEncodable {
    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .success(let value):
            writer.write(byte: 0)
            value.encode(into: &writer)
        case .failure(let error):
            writer.write(byte: 1)
            error.encode(into: &writer)
        }
    }
}

extension ScaleResult: ScaleDecodable where Success: ScaleDecodable, Failure: ScaleDecodable {
    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .success(try Success(decoding: &reader))
        case 1: self = .failure(try Failure(decoding: &reader))
        case let tag: throw ScaleError(.invalidTag, "Result tag \(tag) at offset \(offset) is neither 0 nor 1")
        }
    }
}
