/// Splits a scalar k into two half-size scalars with `c0 ≡ c1·k (mod l)`, `0 ≤ c0 < 2^126` and
/// `|c1| < 2^127`, by running the extended Euclidean algorithm on (l, k) until the remainder drops
/// below 2^126 (the "half-GCD" lattice reduction used for GLV-style decompositions).
///
/// Variable time: only for public scalars, such as a signature's challenge.
struct HalfSizeScalars {
    /// `c0`, little-endian, below 2^126.
    let c0: UInt128
    /// `|c1|`, below 2^127.
    let c1Magnitude: UInt128
    /// Whether c1 is negative.
    let c1IsNegative: Bool

    /// Decomposes the 32-byte little-endian scalar `k` (any value; it is reduced modulo l first).
    init(decomposing k: [UInt8]) {
        let threshold = UInt256(high: 0, low: UInt128(1) << 126)
        var previous = UInt256.order
        var current = UInt256(littleEndian: ScalarModOrder.reduceWide(k + [UInt8](repeating: 0, count: 32)))
        var previousT: Int128 = 0
        var currentT: Int128 = 1
        while current >= threshold {
            let (quotient, remainder) = previous.dividedWithSmallQuotient(by: current)
            (previous, current) = (current, remainder)
            (previousT, currentT) = (currentT, previousT &- Int128(bitPattern: quotient) &* currentT)
        }
        c0 = current.low
        c1Magnitude = currentT.magnitude
        c1IsNegative = currentT < 0
    }

    /// c1 modulo l as 32 little-endian bytes.
    var c1ModOrder: [UInt8] {
        let magnitude = UInt256(high: 0, low: c1Magnitude)
        return (c1IsNegative && c1Magnitude != 0 ? UInt256.order.subtracting(magnitude) : magnitude).littleEndianBytes
    }
}

/// A 256-bit unsigned integer, just enough for the Euclidean steps above.
struct UInt256: Comparable {
    var high: UInt128
    var low: UInt128

    /// l = 2^252 + 27742317777372353535851937790883648493.
    static let order = UInt256(high: UInt128(1) << 124, low: 0x14de_f9de_a2f7_9cd6_5812_631a_5cf5_d3ed)

    init(high: UInt128, low: UInt128) {
        self.high = high
        self.low = low
    }

    init(littleEndian bytes: [UInt8]) {
        var low: UInt128 = 0
        var high: UInt128 = 0
        for i in 0..<16 {
            low |= UInt128(bytes[i]) << (8 * i)
            high |= UInt128(bytes[16 + i]) << (8 * i)
        }
        self.init(high: high, low: low)
    }

    var littleEndianBytes: [UInt8] {
        (0..<32).map { i in UInt8(truncatingIfNeeded: (i < 16 ? low : high) >> (8 * (i % 16))) }
    }

    var bitWidth: Int { high != 0 ? 256 - high.leadingZeroBitCount : 128 - low.leadingZeroBitCount }

    static func < (a: UInt256, b: UInt256) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }

    func subtracting(_ other: UInt256) -> UInt256 {
        let (low, borrow) = self.low.subtractingReportingOverflow(other.low)
        return UInt256(high: high &- other.high &- (borrow ? 1 : 0), low: low)
    }

    func shiftedLeft(_ count: Int) -> UInt256 {
        if count == 0 { return self }
        if count >= 128 { return UInt256(high: low << (count - 128), low: 0) }
        return UInt256(high: high << count | low >> (128 - count), low: low << count)
    }

    /// Quotient and remainder by binary long division; the quotient must fit in 128 bits.
    func dividedWithSmallQuotient(by divisor: UInt256) -> (quotient: UInt128, remainder: UInt256) {
        var remainder = self
        var quotient: UInt128 = 0
        var shift = bitWidth - divisor.bitWidth
        while shift >= 0 {
            let shifted = divisor.shiftedLeft(shift)
            if remainder >= shifted {
                remainder = remainder.subtracting(shifted)
                quotient |= UInt128(1) << shift
            }
            shift -= 1
        }
        return (quotient, remainder)
    }
}
