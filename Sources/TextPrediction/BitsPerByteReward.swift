import Foundation

/// The reference validator's reward rule: a miner that spends `b` bits per byte when the best spends `b*` earns
/// `2^(−sharpness · (b − b*))`. The best miner earns 1; one a quarter bit per byte behind earns 0.5; one a bit
/// behind earns 1/16. Anything at or beyond 8 bits per byte (no better than a uniform guess), and every failed or
/// malformed answer (16 bits), earns 0.
///
/// Relative to the best, rewards do not depend on how hard the text happened to be. The validator applies the
/// rule to moving-average bits per byte (`TextScoreboard.rewards`). The sharpness makes incentive, and with it the
/// collective model's mixture, concentrate on the best models while close competitors still share:
/// `scripts/bench-text` prints the collective's bits per byte for several sharpnesses.
public enum BitsPerByteReward {
    /// The bits per byte of a uniform guess over 256 bytes, from which an answer earns nothing.
    public static let uniformBitsPerByte = 8.0
    /// How fast the reward halves, in halvings per bit per byte behind the best.
    public static let sharpness = 4.0

    /// Each answer's reward given every answer's bits per byte, relative to `best` (by default the lowest of them
    /// below `uniformBitsPerByte`).
    public static func rewards(bitsPerByte: [Double], best: Double? = nil, sharpness: Double = sharpness) -> [Double] {
        guard let best = best ?? bitsPerByte.filter({ $0.isFinite && $0 < uniformBitsPerByte }).min() else {
            return bitsPerByte.map { _ in 0 }
        }
        return bitsPerByte.map { bits in
            guard bits.isFinite, bits < uniformBitsPerByte else { return 0 }
            return min(1, exp2(-sharpness * (bits - best)))
        }
    }
}
