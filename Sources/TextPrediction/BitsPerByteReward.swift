import Foundation

/// The reference validator's reward rule: how many times more likely a miner made the true next bytes than a
/// uniform guess does, per byte, minus one: `2^(8 − bits per byte) − 1`, and 0 at or beyond 8 bits per byte.
/// Lower bits per byte always earns more, and the gap widens towards the best models (2.3 bits/byte earns
/// 51, 3.0 earns 31, 4.8 earns 8); a uniform guess, garbage (16 bits) and timeouts earn nothing.
public enum BitsPerByteReward {
    /// The bits per byte of a uniform guess over 256 bytes, where the reward reaches 0.
    public static let uniformBitsPerByte = 8.0

    /// The reward for an answer that cost `bitsPerByte`.
    public static func reward(bitsPerByte: Double) -> Double {
        guard bitsPerByte.isFinite, bitsPerByte < uniformBitsPerByte else { return 0 }
        return max(0, exp2(uniformBitsPerByte - max(bitsPerByte, 0)) - 1)
    }
}
