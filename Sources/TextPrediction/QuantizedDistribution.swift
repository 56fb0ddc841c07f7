import Foundation

/// A next-byte distribution on the wire: 256 little-endian `u16` weights that sum to exactly 65,535, every
/// weight at least 1 (so no byte is impossible), base64-encoded: 684 characters for 256 probabilities.
public enum QuantizedDistribution {
    /// The sum every valid distribution has.
    public static let total = 65_535
    /// The bits a byte costs under an answer that is missing, malformed or not normalised: the most any valid
    /// answer can cost (`log2(65535)`, rounded up).
    public static let worstBits = 16.0

    /// `probabilities` (256 non-negative values) as weights summing to `total`, each at least 1, by largest
    /// remainders.
    public static func weights(_ probabilities: [Double]) -> [UInt16] {
        precondition(probabilities.count == 256, "a next-byte distribution has 256 values")
        let sum = probabilities.reduce(0) { $0 + ($1.isFinite ? max($1, 0) : 0) }
        let share = Double(total - 256)
        let exact = probabilities.map { 1 + share * (sum > 0 && $0.isFinite ? max($0, 0) / sum : 1.0 / 256) }
        var weights = exact.map { UInt16($0.rounded(.down)) }
        var missing = total - weights.reduce(0) { $0 + Int($1) }
        for index in exact.indices.sorted(by: { exact[$0] - exact[$0].rounded(.down) > exact[$1] - exact[$1].rounded(.down) })
        where missing > 0 {
            weights[index] += 1
            missing -= 1
        }
        return weights
    }

    /// `weights` as base64 of little-endian `u16`s.
    public static func encode(_ weights: [UInt16]) -> String {
        Data(weights.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }).base64EncodedString()
    }

    /// The weights in `text`, or nil unless it is base64 of exactly 256 weights, each at least 1, summing to
    /// `total`.
    public static func decode(_ text: String) -> [UInt16]? {
        guard let data = Data(base64Encoded: text), data.count == 512 else { return nil }
        let bytes = [UInt8](data)
        let weights = (0..<256).map { UInt16(bytes[2 * $0]) | UInt16(bytes[2 * $0 + 1]) << 8 }
        guard weights.allSatisfy({ $0 >= 1 }), weights.reduce(0, { $0 + Int($1) }) == total else { return nil }
        return weights
    }

    /// The bits the answer `text` spends on `byte`: `−log2(weight/65535)`, or `worstBits` for an invalid answer.
    public static func bits(_ text: String?, for byte: UInt8) -> Double {
        guard let text, let weights = decode(text) else { return worstBits }
        return -log2(Double(weights[Int(byte)]) / Double(total))
    }
}
