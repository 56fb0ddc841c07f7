import SCALE

/// One log entry of a block header's digest, in `sp_runtime::generic::DigestItem`'s encoding.
public enum DigestItem: Equatable, Sendable, ScaleCodable {
    /// Index 6: data a consensus engine puts in before the runtime runs (Aura's slot).
    case preRuntime(engine: [UInt8], data: [UInt8])
    /// Index 4: a consensus engine's message (Frontier's hashes, GRANDPA's authority changes).
    case consensus(engine: [UInt8], data: [UInt8])
    /// Index 5: the block author's seal over the rest of the header.
    case seal(engine: [UInt8], data: [UInt8])
    /// Index 0: anything else.
    case other([UInt8])
    /// Index 8: the runtime's code or heap pages changed in this block.
    case runtimeEnvironmentUpdated

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .preRuntime(let engine, let data): Self.write(6, engine, data, into: &writer)
        case .consensus(let engine, let data): Self.write(4, engine, data, into: &writer)
        case .seal(let engine, let data): Self.write(5, engine, data, into: &writer)
        case .other(let data):
            writer.write(byte: 0)
            writer.encode(data)
        case .runtimeEnvironmentUpdated:
            writer.write(byte: 8)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .other(try reader.decode())
        case 4: self = .consensus(engine: try reader.readBytes(4), data: try reader.decode())
        case 5: self = .seal(engine: try reader.readBytes(4), data: try reader.decode())
        case 6: self = .preRuntime(engine: try reader.readBytes(4), data: try reader.decode())
        case 8: self = .runtimeEnvironmentUpdated
        case let tag: throw ScaleError(.invalidTag, "DigestItem has no variant \(tag) (offset \(offset))")
        }
    }

    private static func write(_ index: UInt8, _ engine: [UInt8], _ data: [UInt8], into writer: inout ScaleWriter) {
        precondition(engine.count == 4, "a consensus engine id is 4 bytes")
        writer.write(byte: index)
        writer.write(bytes: engine)
        writer.encode(data)
    }
}
