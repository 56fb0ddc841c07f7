/// wyrand, a small seeded generator, so benchmark inputs are the same on every run and machine.
public struct WyRand: RandomNumberGenerator, Sendable {
    /// The generator's state.
    public var state: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0xA076_1D64_78BD_642F
        let product = state.multipliedFullWidth(by: state ^ 0xE703_7ED1_A0B4_28DB)
        return product.high ^ product.low
    }

    /// A value in `0..<bound` (`bound > 0`), by Lemire's multiply-shift (slightly biased, fine here).
    public mutating func next(below bound: UInt64) -> UInt64 {
        next().multipliedFullWidth(by: bound).high
    }
}
