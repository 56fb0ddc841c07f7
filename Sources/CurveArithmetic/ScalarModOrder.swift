/// Integers modulo the prime group order l = 2^252 + 27742317777372353535851937790883648493,
/// as 32-byte little-endian strings.
public enum ScalarModOrder {
    /// l as little-endian 64-bit words.
    static let order: [UInt64] = [0x5812_631a_5cf5_d3ed, 0x14de_f9de_a2f7_9cd6, 0, 0x1000_0000_0000_0000]

    /// μ = ⌊2^512 / l⌋ as little-endian 64-bit words, the Barrett constant.
    static let barrett: [UInt64] = [
        0xed9c_e5a3_0a2c_131b, 0x2106_215d_0863_29a7, 0xffff_ffff_ffff_ffeb, 0xffff_ffff_ffff_ffff, 0xf,
    ]

    /// Whether 32 little-endian bytes encode an integer below l.
    ///
    /// - Parameter bytes: the scalar; anything but 32 bytes is not canonical.
    public static func isCanonical(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 32 else { return false }
        return isBelowOrder(words(bytes))
    }

    /// Reduces a 64-byte little-endian integer modulo l (Barrett reduction).
    ///
    /// - Parameter bytes: exactly 64 bytes, for example a SHA-512 digest.
    /// - Returns: the canonical 32-byte little-endian remainder.
    /// - Precondition: `bytes.count == 64`.
    public static func reduceWide(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count == 64, "a wide scalar is 64 bytes")
        let x = words(bytes)
        // q = ⌊x·μ / 2^512⌋ satisfies x/l − 2 < q ≤ x/l, so x − q·l lies in [0, 2l).
        let q = Array(multiply(x, barrett)[8..<13])
        let ql = multiply(q, order)
        var r = [UInt64](repeating: 0, count: 5)
        var borrow: UInt64 = 0
        for i in 0..<5 {
            let (d1, b1) = x[i].subtractingReportingOverflow(ql[i])
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
        }
        if r[4] != 0 || !isBelowOrder(Array(r[0..<4])) {
            borrow = 0
            for i in 0..<4 {
                let (d1, b1) = r[i].subtractingReportingOverflow(order[i])
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                r[i] = d2
                borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
            }
        }
        var out = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 {
            out[i] = UInt8(truncatingIfNeeded: r[i / 8] >> UInt64(8 * (i % 8)))
        }
        return out
    }

    /// Little-endian bytes to little-endian 64-bit words.
    private static func words(_ bytes: [UInt8]) -> [UInt64] {
        var w = [UInt64](repeating: 0, count: bytes.count / 8)
        for i in 0..<bytes.count {
            w[i / 8] |= UInt64(bytes[i]) << UInt64(8 * (i % 8))
        }
        return w
    }

    /// Whether four words are below l, compared from the most significant word down.
    private static func isBelowOrder(_ w: [UInt64]) -> Bool {
        for i in stride(from: 3, through: 0, by: -1) where w[i] != order[i] {
            return w[i] < order[i]
        }
        return false
    }

    /// The full schoolbook product of two word strings.
    private static func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var product = [UInt64](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            for j in 0..<b.count {
                let t = UInt128(a[i]) &* UInt128(b[j]) &+ UInt128(product[i + j]) &+ UInt128(carry)
                product[i + j] = UInt64(truncatingIfNeeded: t)
                carry = UInt64(truncatingIfNeeded: t >> 64)
            }
            product[i + b.count] = carry
        }
        return product
    }
}

extension ScalarModOrder {
    /// The product of two scalars modulo l.
    ///
    /// - Parameters: `a` and `b` are 32-byte little-endian integers (not necessarily reduced).
    /// - Returns: the canonical 32-byte little-endian product modulo l.
    public static func multiply(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        precondition(a.count == 32 && b.count == 32, "scalars are 32 bytes")
        let product = multiply(words(a), words(b))
        var bytes = [UInt8](repeating: 0, count: 64)
        for i in 0..<64 {
            bytes[i] = UInt8(truncatingIfNeeded: product[i / 8] >> UInt64(8 * (i % 8)))
        }
        return reduceWide(bytes)
    }
}
