/// An element of the prime field GF(p), p = 2^255 − 19.
///
/// The value is held as five unsigned limbs of nominally 51 bits each (radix 2^51), so that
/// `value = l0 + l1·2^51 + l2·2^102 + l3·2^153 + l4·2^204`. Limbs may temporarily exceed 51 bits:
/// the results of ``+`` stay below 2^53 when both inputs came out of any other operation, and
/// every other operation accepts limbs below 2^54 and returns limbs just above 2^51 at most.
/// Encoding, equality and ``isNegative`` always work on the fully reduced (canonical) value.
public struct FieldElement: Sendable {
    var l0: UInt64
    var l1: UInt64
    var l2: UInt64
    var l3: UInt64
    var l4: UInt64

    static let mask51: UInt64 = (1 << 51) - 1

    @inline(__always)
    init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
        self.l0 = l0
        self.l1 = l1
        self.l2 = l2
        self.l3 = l3
        self.l4 = l4
    }

    /// The additive identity, 0.
    public static let zero = FieldElement(0, 0, 0, 0, 0)

    /// The multiplicative identity, 1.
    public static let one = FieldElement(1, 0, 0, 0, 0)

    /// Creates the element with the given small integer value.
    ///
    /// - Parameter value: any `UInt32`; it is far below p, so no reduction is needed.
    public init(_ value: UInt32) {
        self.init(UInt64(value), 0, 0, 0, 0)
    }

    /// Reads 32 little-endian bytes, ignoring bit 255 (the top bit of the last byte).
    ///
    /// The remaining 255-bit value is taken modulo p, so values in `p ..< 2^255` are accepted and
    /// reduced. Callers that need canonical encodings compare ``bytes`` of the result with the input.
    ///
    /// - Parameter bytes: exactly 32 bytes; any other count returns `nil`.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        let w = bytes.withUnsafeBufferPointer { buffer -> (UInt64, UInt64, UInt64, UInt64) in
            (loadWord(buffer, 0), loadWord(buffer, 8), loadWord(buffer, 16), loadWord(buffer, 24))
        }
        let m = FieldElement.mask51
        self.init(
            w.0 & m,
            ((w.0 >> 51) | (w.1 << 13)) & m,
            ((w.1 >> 38) | (w.2 << 26)) & m,
            ((w.2 >> 25) | (w.3 << 39)) & m,
            (w.3 >> 12) & m
        )
    }

    /// The canonical 32-byte little-endian encoding of the value, fully reduced below p.
    public var bytes: [UInt8] {
        let r = reduced()
        let words: (UInt64, UInt64, UInt64, UInt64) = (
            r.l0 | (r.l1 << 51),
            (r.l1 >> 13) | (r.l2 << 38),
            (r.l2 >> 26) | (r.l3 << 25),
            (r.l3 >> 39) | (r.l4 << 12)
        )
        var out = [UInt8](repeating: 0, count: 32)
        out.withUnsafeMutableBufferPointer { buffer in
            storeWord(words.0, buffer, 0)
            storeWord(words.1, buffer, 8)
            storeWord(words.2, buffer, 16)
            storeWord(words.3, buffer, 24)
        }
        return out
    }

    /// Whether the canonical encoding of the value has its least significant bit set
    /// (the "negative" elements of RFC 9496).
    public var isNegative: Bool {
        reduced().l0 & 1 == 1
    }

    /// Whether the value is 0 modulo p.
    public var isZero: Bool {
        let r = reduced()
        return (r.l0 | r.l1 | r.l2 | r.l3 | r.l4) == 0
    }

    /// Carries every limb's excess above 51 bits into the next limb (the top one wraps around ×19).
    ///
    /// The result has limbs below 2^51 + 2^18 and represents the same value.
    @inline(__always)
    func weaklyReduced() -> FieldElement {
        let m = FieldElement.mask51
        return FieldElement(
            (l0 & m) &+ (l4 >> 51) &* 19,
            (l1 & m) &+ (l0 >> 51),
            (l2 & m) &+ (l1 >> 51),
            (l3 & m) &+ (l2 >> 51),
            (l4 & m) &+ (l3 >> 51)
        )
    }

    /// The same value with every limb below 2^51 and the whole below p.
    func reduced() -> FieldElement {
        var r = weaklyReduced()
        // The value is now below 2p, so value ≥ p exactly when value + 19 carries out of bit 255.
        var q = (r.l0 &+ 19) >> 51
        q = (r.l1 &+ q) >> 51
        q = (r.l2 &+ q) >> 51
        q = (r.l3 &+ q) >> 51
        q = (r.l4 &+ q) >> 51
        let m = FieldElement.mask51
        r.l0 = r.l0 &+ 19 &* q
        r.l1 = r.l1 &+ (r.l0 >> 51)
        r.l0 &= m
        r.l2 = r.l2 &+ (r.l1 >> 51)
        r.l1 &= m
        r.l3 = r.l3 &+ (r.l2 >> 51)
        r.l2 &= m
        r.l4 = r.l4 &+ (r.l3 >> 51)
        r.l3 &= m
        r.l4 &= m
        return r
    }
}

@inline(__always)
private func loadWord(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
    var w: UInt64 = 0
    for i in 0..<8 {
        w |= UInt64(buffer[offset + i]) << (8 * UInt64(i))
    }
    return w
}

@inline(__always)
private func storeWord(_ w: UInt64, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ offset: Int) {
    for i in 0..<8 {
        buffer[offset + i] = UInt8(truncatingIfNeeded: w >> (8 * UInt64(i)))
    }
}

extension FieldElement: Equatable {
    /// Compares the canonical values, without an early exit on the first differing limb.
    public static func == (lhs: FieldElement, rhs: FieldElement) -> Bool {
        let a = lhs.reduced()
        let b = rhs.reduced()
        return ((a.l0 ^ b.l0) | (a.l1 ^ b.l1) | (a.l2 ^ b.l2) | (a.l3 ^ b.l3) | (a.l4 ^ b.l4)) == 0
    }
}
