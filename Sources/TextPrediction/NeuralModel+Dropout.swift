extension NeuralModel {
    /// Inverted dropout: sets each of `count` values to 0 with `probability` and divides the rest by
    /// `1 − probability`, so that their expected sum is unchanged (inference then needs no scaling).
    static func dropOut(
        _ values: UnsafeMutablePointer<Float>, count: Int, probability: Double,
        using generator: inout SeededRandomNumberGenerator
    ) {
        guard probability > 0 else { return }
        let threshold = UInt64(probability * 65536)
        let keptScale = 1 / Float(1 - probability)
        var bits: UInt64 = 0
        for index in 0..<count {
            if index % 4 == 0 { bits = generator.next() }
            values[index] = bits & 0xFFFF < threshold ? 0 : values[index] * keptScale
            bits >>= 16
        }
    }
}
