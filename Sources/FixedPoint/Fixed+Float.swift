// Conversion from binary floating point. Only for tests and for parsing test vectors written as
// decimal literals: consensus code never uses floating point.

extension FixedPointNumber {
    /// `from_num(f64)` / `saturating_from_num(f64)`: the exact value of `value` rounded to the nearest
    /// multiple of `2^-fractionalBits`, ties to even, clamped to `[min, max]`.
    ///
    /// **Not for consensus code**: only for test helpers and for reading vectors written as floats.
    /// Traps on NaN.
    public init(rounding value: Double) {
        precondition(!value.isNaN, "NaN has no fixed-point value")
        // Scaling by a power of two is exact (barring overflow to infinity, which saturates below).
        let scaled = (value * Double(sign: .plus, exponent: Self.fractionalBits, significand: 1))
            .rounded(.toNearestOrEven)
        if let raw = Raw(exactly: scaled) {
            self.init(bits: raw)
        } else {
            self = scaled < 0 ? .min : .max
        }
    }

    /// `from_num(f32)`: the exact value of `value` rounded to the nearest multiple of
    /// `2^-fractionalBits`, ties to even, clamped to `[min, max]` (an `f32` widens to `f64` exactly).
    ///
    /// **Not for consensus code**: only for test helpers and for reading vectors written as floats.
    public init(rounding value: Float) {
        self.init(rounding: Double(value))
    }
}
