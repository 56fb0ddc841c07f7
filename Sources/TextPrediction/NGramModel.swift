import Foundation

/// A byte-level n-gram model with interpolated Kneser–Ney smoothing: the probability of the next byte after the
/// last `order − 1` bytes is its discounted count there plus the freed mass times the next-shorter context's
/// probability, down to uniform. Shorter contexts count how many different bytes preceded them (continuation
/// counts), not raw occurrences. Each order's discount is Ney's estimate `n₁ / (n₁ + 2·n₂)`.
public struct NGramModel: NextByteModel, Equatable {
    /// The counts after one context: the bytes seen, their counts, and the total.
    struct ContextCounts: Equatable, Sendable {
        var bytes: [UInt8] = []
        var counts: [UInt32] = []
        var total: UInt32 = 0
    }

    /// The longest supported order (contexts of up to 7 bytes pack into one `UInt64` key).
    public static let maximumOrder = 8

    /// How many bytes of context plus one the model uses.
    public let order: Int
    /// The discount of each context length 0 ..< order.
    let discounts: [Double]
    /// The counts of each context length, by packed context.
    let levels: [[UInt64: ContextCounts]]

    /// A model of `order` trained on `text`.
    /// - Parameter progress: called with the fraction done as training goes.
    public init(order: Int, training text: [UInt8], progress: (Double) -> Void = { _ in }) {
        precondition((1...Self.maximumOrder).contains(order), "order must be 1…\(Self.maximumOrder)")
        self.order = order
        let top = order - 1
        var pairs = [[UInt64: UInt32]](repeating: [:], count: order)
        if text.count > top {
            var context: UInt64 = 0
            for index in 0..<text.count {
                if index >= top { pairs[top][Self.key(context, length: top) << 8 | UInt64(text[index]), default: 0] += 1 }
                context = context << 8 | UInt64(text[index])
                if index % 65536 == 0 { progress(Double(index) / Double(text.count) * 0.8) }
            }
        }
        if top > 0 {
            for length in stride(from: top - 1, through: 0, by: -1) {
                for (pair, _) in pairs[length + 1] {
                    let byte = pair & 0xFF
                    let context = Self.key(pair >> 8, length: length)
                    pairs[length][context << 8 | byte, default: 0] += 1
                }
            }
        }
        discounts = pairs.map { level in
            let ones = level.values.count { $0 == 1 }
            let twos = level.values.count { $0 == 2 }
            return ones + twos == 0 ? 0.5 : min(0.95, max(0.05, Double(ones) / Double(ones + 2 * twos)))
        }
        levels = pairs.map { level in
            var contexts: [UInt64: ContextCounts] = [:]
            for (pair, count) in level.sorted(by: { $0.key < $1.key }) {
                contexts[pair >> 8, default: ContextCounts()].bytes.append(UInt8(pair & 0xFF))
                contexts[pair >> 8]!.counts.append(count)
                contexts[pair >> 8]!.total += count
            }
            return contexts
        }
        progress(1)
    }

    init(order: Int, discounts: [Double], levels: [[UInt64: ContextCounts]]) {
        self.order = order
        self.discounts = discounts
        self.levels = levels
    }

    /// The last `length` bytes of `context` packed into the low bytes of a key.
    static func key(_ context: UInt64, length: Int) -> UInt64 {
        length == 0 ? 0 : context & (UInt64.max >> (64 - 8 * length))
    }

    public func distribution(after context: ArraySlice<UInt8>) -> [Double] {
        var packed: UInt64 = 0
        for byte in context.suffix(order - 1) { packed = packed << 8 | UInt64(byte) }
        let available = min(context.count, order - 1)
        var distribution = [Double](repeating: 1.0 / 256, count: 256)
        for length in 0...available {
            guard let counts = levels[length][Self.key(packed, length: length)], counts.total > 0 else { continue }
            let total = Double(counts.total)
            let discount = discounts[length]
            let backoff = discount * Double(counts.bytes.count) / total
            for index in distribution.indices { distribution[index] *= backoff }
            for (byte, count) in zip(counts.bytes, counts.counts) {
                distribution[Int(byte)] += max(Double(count) - discount, 0) / total
            }
        }
        return distribution
    }
}
