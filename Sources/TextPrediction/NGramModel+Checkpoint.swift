import Foundation
import Neurons

/// An n-gram checkpoint that cannot be read: not one, from a newer format, or cut short.
public struct CheckpointError: Error, CustomStringConvertible, Equatable {
    /// What is wrong, for people.
    public let description: String
}

extension NGramModel {
    private static let magic = Array("BTNGRAM".utf8)
    private static let formatVersion: UInt8 = 2

    /// The model as bytes: magic, version, order, each level's three discounts and its contexts (sorted, so the
    /// same model always gives the same bytes).
    public func checkpoint() -> [UInt8] {
        var out = Self.magic + [Self.formatVersion, UInt8(order)]
        for (levelDiscounts, level) in zip(discounts, levels) {
            for discount in levelDiscounts { append(discount.bitPattern, to: &out) }
            append(UInt64(level.count), to: &out)
            for (context, counts) in level.sorted(by: { $0.key < $1.key }) {
                append(context, to: &out)
                append(UInt64(counts.bytes.count), to: &out)
                for (byte, count) in zip(counts.bytes, counts.counts) {
                    out.append(byte)
                    append(UInt64(count), to: &out)
                }
            }
        }
        return out
    }

    /// A model from `checkpoint()` bytes.
    /// - Throws: `CheckpointError` for anything else, naming the problem.
    public init(checkpoint bytes: [UInt8]) throws {
        var reader = CheckpointReader(bytes: bytes)
        guard try reader.take(Self.magic.count) == Self.magic else { throw CheckpointError(description: "not an n-gram checkpoint") }
        let version = try reader.byte()
        guard version == Self.formatVersion else {
            throw CheckpointError(description: "checkpoint format \(version) is "
                + (version > Self.formatVersion ? "newer" : "older") + " than this program's \(Self.formatVersion)")
        }
        let order = Int(try reader.byte())
        guard (1...Self.maximumOrder).contains(order) else { throw CheckpointError(description: "order \(order) out of range") }
        var discounts: [[Double]] = []
        var levels: [[UInt64: ContextCounts]] = []
        for length in 0..<order {
            let levelDiscounts = try (0..<3).map { _ in Double(bitPattern: try reader.uint64()) }
            guard zip(levelDiscounts, [1.0, 2.0, 3.0]).allSatisfy({ $0 > 0 && $0 < $1 }) else {
                throw CheckpointError(description: "level \(length) has discounts out of range")
            }
            discounts.append(levelDiscounts)
            let contextCount = try reader.uint64()
            guard contextCount <= UInt64(bytes.count) else { throw CheckpointError(description: "level \(length) is cut short") }
            var level: [UInt64: ContextCounts] = [:]
            for _ in 0..<contextCount {
                let context = try reader.uint64()
                let entries = try reader.uint64()
                guard entries <= 256 else { throw CheckpointError(description: "a context with \(entries) next bytes") }
                var counts = ContextCounts()
                for _ in 0..<entries {
                    counts.bytes.append(try reader.byte())
                    let count = try reader.uint64()
                    guard count > 0, count <= UInt64(UInt32.max) else { throw CheckpointError(description: "a count of \(count)") }
                    counts.counts.append(UInt32(count))
                    counts.total &+= UInt32(count)
                }
                level[context] = counts
            }
            levels.append(level)
        }
        guard reader.atEnd else { throw CheckpointError(description: "trailing bytes after the checkpoint") }
        self.init(order: order, discounts: discounts, levels: levels)
    }

    /// Writes `checkpoint()` to `path` atomically (`AtomicFile`).
    /// - Throws: `AtomicFile.WriteError`.
    public func save(to path: String) throws {
        try AtomicFile.write(Data(checkpoint()), to: path)
    }

    /// The model saved at `path`.
    /// - Throws: a file-system error or `CheckpointError`.
    public init(contentsOf path: String) throws {
        try self.init(checkpoint: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }
}

private func append(_ value: UInt64, to out: inout [UInt8]) {
    for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
}

/// Reads a checkpoint's fields, refusing to read past its end.
private struct CheckpointReader {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { position == bytes.count }

    mutating func take(_ count: Int) throws -> [UInt8] {
        guard count <= bytes.count - position else { throw CheckpointError(description: "the checkpoint is cut short") }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func byte() throws -> UInt8 { try take(1)[0] }

    mutating func uint64() throws -> UInt64 {
        try take(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }
}
