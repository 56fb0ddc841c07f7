// Exact decimal rendering, for test messages and logs (never parsed back by consensus code).

extension FixedPointNumber {
    /// The exact decimal value, e.g. `-1.5` or `0.00000000023283064365386962890625`; trailing zeros of
    /// the fraction are dropped and integers print without a point.
    public var description: String {
        let value = signMagnitude
        let shift = Self.fractionalBits
        let integerPart = value.magnitude >> shift
        var fraction = value.magnitude & ((1 << shift) - 1)
        var text = (value.negative ? "-" : "") + String(integerPart)
        if fraction == 0 { return text }
        text += "."
        // Each fractional bit contributes exactly one decimal digit; fraction * 10 < 2^(shift + 4)
        // fits UInt128 for every type here (shift <= 64).
        while fraction != 0 {
            fraction *= 10
            text += String(fraction >> shift)
            fraction &= (1 << shift) - 1
        }
        return text
    }
}
