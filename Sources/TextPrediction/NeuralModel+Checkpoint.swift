import Foundation
import Neurons

extension NeuralModel {
    /// The bytes every neural checkpoint starts with.
    static let checkpointMagic = Array("BTNEURAL".utf8)
    /// The checkpoint format this program writes and reads.
    static let checkpointFormatVersion: UInt8 = 1

    /// The model as bytes, all numbers little-endian: magic, format version, context length and embedding width
    /// (u32), the number of hidden layers (u8) and their widths (u32), the parameter count (u64), the parameters
    /// (f32), and an FNV-1a 64 checksum (u64) of everything before it. The same model always gives the same bytes.
    public func checkpoint() -> [UInt8] {
        var writer = CheckpointWriter()
        writer.bytes = Self.checkpointMagic + [Self.checkpointFormatVersion]
        writer.append(UInt32(configuration.contextLength))
        writer.append(UInt32(configuration.embeddingWidth))
        writer.bytes.append(UInt8(configuration.hiddenWidths.count))
        for width in configuration.hiddenWidths { writer.append(UInt32(width)) }
        writer.append(UInt64(parameters.count))
        writer.bytes.reserveCapacity(writer.bytes.count + 4 * parameters.count + 8)
        for parameter in parameters { writer.append(parameter.bitPattern) }
        writer.append(fnv1a64(writer.bytes[...]))
        return writer.bytes
    }

    /// A model from `checkpoint()` bytes.
    /// - Throws: `NeuralCheckpointError` naming what is wrong with anything else.
    public init(checkpoint bytes: [UInt8]) throws(NeuralCheckpointError) {
        var reader = NeuralCheckpointReader(bytes: bytes)
        guard try reader.take(Self.checkpointMagic.count).elementsEqual(Self.checkpointMagic) else {
            throw .notANeuralCheckpoint
        }
        let version = try reader.byte()
        guard version == Self.checkpointFormatVersion else { throw .unsupportedFormat(version: version) }
        let contextLength = Int(try reader.uint32())
        let embeddingWidth = Int(try reader.uint32())
        let hiddenLayers = Int(try reader.byte())
        let hiddenWidths = try (0..<hiddenLayers).map { _ throws(NeuralCheckpointError) in Int(try reader.uint32()) }
        let configuration = Configuration(
            contextLength: contextLength, embeddingWidth: embeddingWidth, hiddenWidths: hiddenWidths)
        if let problem = configuration.problem { throw .invalidConfiguration(reason: problem) }
        let expected = ParameterLayout(configuration).count
        let stored = try reader.uint64()
        guard stored == UInt64(expected) else { throw .parameterCountMismatch(expected: expected, stored: stored) }
        let parameterBytes = try reader.take(4 * expected)
        let checksummed = bytes[..<reader.position]
        let checksum = try reader.uint64()
        guard reader.atEnd else { throw .trailingBytes(count: bytes.count - reader.position) }
        guard checksum == fnv1a64(checksummed) else { throw .checksumMismatch }
        var parameters = [Float](repeating: 0, count: expected)
        for index in 0..<expected {
            let start = parameterBytes.startIndex + 4 * index
            let pattern = (0..<4).reduce(UInt32(0)) { $0 | UInt32(parameterBytes[start + $1]) << UInt32(8 * $1) }
            parameters[index] = Float(bitPattern: pattern)
            guard parameters[index].isFinite else { throw .nonFiniteParameter(index: index) }
        }
        self.init(configuration: configuration, parameters: parameters)
    }

    /// Writes `checkpoint()` to `path` atomically (`AtomicFile`): a reader sees the old checkpoint or the new
    /// one, never part of one.
    /// - Throws: `AtomicFile.WriteError`.
    public func save(to path: String) throws {
        try AtomicFile.write(Data(checkpoint()), to: path)
    }

    /// The model saved at `path`.
    /// - Throws: a file-system error, or `NeuralCheckpointError` naming what is wrong with the file.
    public init(checkpointAt path: String) throws {
        try self.init(checkpoint: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }
}

/// The FNV-1a 64-bit hash of `bytes`: a checksum that catches damage, not tampering.
private func fnv1a64(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
}

/// Appends little-endian numbers to a checkpoint.
private struct CheckpointWriter {
    /// The checkpoint so far.
    var bytes: [UInt8] = []

    /// Appends the little-endian bytes of `value`.
    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        for shift in stride(from: 0, to: Value.bitWidth, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}

/// Reads a neural checkpoint's fields, refusing to read past its end.
private struct NeuralCheckpointReader {
    /// The whole checkpoint.
    let bytes: [UInt8]
    /// How many bytes have been read.
    private(set) var position = 0

    /// A reader at the start of `bytes`.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Whether everything has been read.
    var atEnd: Bool { position == bytes.count }

    /// The next `count` bytes.
    mutating func take(_ count: Int) throws(NeuralCheckpointError) -> ArraySlice<UInt8> {
        guard count <= bytes.count - position else { throw .truncated }
        defer { position += count }
        return bytes[position..<position + count]
    }

    /// The next byte.
    mutating func byte() throws(NeuralCheckpointError) -> UInt8 { try take(1).first ?? 0 }

    /// The next little-endian `UInt32`.
    mutating func uint32() throws(NeuralCheckpointError) -> UInt32 {
        try take(4).enumerated().reduce(0) { $0 | UInt32($1.element) << UInt32(8 * $1.offset) }
    }

    /// The next little-endian `UInt64`.
    mutating func uint64() throws(NeuralCheckpointError) -> UInt64 {
        try take(8).enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }
}
