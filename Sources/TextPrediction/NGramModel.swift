import Foundation

/// A byte-level n-gram model with interpolated modified Kneser–Ney smoothing (Chen and Goodman): the probability
/// of the next byte after the last `order − 1` bytes is its discounted count there plus the freed mass times the
/// next-shorter context's probability, down to uniform. Shorter contexts count how many different bytes preceded
/// them (continuation counts), not raw occurrences. Each context length has three discounts, for counts of 1, 2
/// and 3 or more, estimated from how many counts are 1, 2, 3 and 4 (`Y = n₁/(n₁+2n₂)`, `D₁ = 1 − 2Y·n₂/n₁`,
/// `D₂ = 2 − 3Y·n₃/n₂`, `D₃₊ = 3 − 4Y·n₄/n₃`).
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
    /// The discounts (for counts 1, 2, and 3 or more) of each context length 0 ..< order.
    let discounts: [[Double]]
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
        discounts = pairs.map { Self.modifiedDiscounts(Array($0.values)) }
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

    /// Chen and Goodman's three discounts from a level's counts, each kept inside (0, its count).
    static func modifiedDiscounts(_ counts: [UInt32]) -> [Double] {
        var n = [Double](repeating: 0, count: 5)
        for count in counts where count <= 4 { n[Int(count)] += 1 }
        guard n[1] > 0, n[2] > 0 else { return [0.5, 1.0, 1.5] }
        let y = n[1] / (n[1] + 2 * n[2])
        let d1 = 1 - 2 * y * n[2] / n[1]
        let d2 = n[3] > 0 ? 2 - 3 * y * n[3] / n[2] : 1.0
        let d3 = n[3] > 0 && n[4] > 0 ? 3 - 4 * y * n[4] / n[3] : 1.5
        return [min(max(d1, 0.05), 0.95), min(max(d2, 0.05), 1.95), min(max(d3, 0.05), 2.95)]
    }

    init(order: Int, discounts: [[Double]], levels: [[UInt64: ContextCounts]]) {
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
            let freed = counts.counts.reduce(0.0) { $0 + discount[min(Int($1), 3) - 1] }
            let backoff = freed / total
            for index in distribution.indices { distribution[index] *= backoff }
            for (byte, count) in zip(counts.bytes, counts.counts) {
                distribution[Int(byte)] += (Double(count) - discount[min(Int(count), 3) - 1]) / total
            }
        }
        return distribution
    }
}
