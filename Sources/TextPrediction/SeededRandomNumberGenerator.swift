import Foundation

/// SplitMix64, a small seeded generator: the same seed gives the same weights and the same training windows on
/// every run and every machine.
struct SeededRandomNumberGenerator: RandomNumberGenerator, Sendable {
    /// The generator's state, advanced by each draw.
    private var state: UInt64

    /// A generator that starts from `seed`.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// An integer in `0 ..< bound`, from the high half of a 128-bit product (bias below 2⁻⁶⁴·bound).
    mutating func index(below bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A sample of the standard normal distribution (Box–Muller).
    mutating func normal() -> Double {
        let uniform = (Double(next() >> 11) + 0.5) / Double(1 << 53)
        let angle = Double(next() >> 11) / Double(1 << 53) * 2 * Double.pi
        return (-2 * log(uniform)).squareRoot() * cos(angle)
    }
}
