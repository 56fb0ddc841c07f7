/// The width-w non-adjacent form of a 256-bit little-endian scalar.
///
/// The result has 257 signed digits, least significant first, with `scalar = Σ digit[i]·2^i`.
/// Every nonzero digit is odd with |digit| < 2^(w−1), and any w consecutive digits hold at most
/// one nonzero digit. Runs in variable time: use it only with public scalars.
///
/// - Parameters:
///   - scalar: exactly 32 bytes, little-endian.
///   - width: the window width w, from 2 to 8.
///   - bitLength: an upper bound on the scalar's bit length; digits above it are zero and not scanned.
func nonAdjacentForm(_ scalar: [UInt8], width: Int, bitLength: Int = 256) -> [Int8] {
    precondition(scalar.count == 32, "a scalar is 32 bytes")
    precondition((2...8).contains(width), "NAF width must be 2...8")
    var words = [UInt64](repeating: 0, count: 5)
    for i in 0..<32 {
        words[i / 8] |= UInt64(scalar[i]) << UInt64(8 * (i % 8))
    }
    var digits = [Int8](repeating: 0, count: 257)
    let windowSize = UInt64(1) << UInt64(width)
    let windowMask = windowSize - 1
    digits.withUnsafeMutableBufferPointer { out in
        words.withUnsafeBufferPointer { w in
            var position = 0
            var carry: UInt64 = 0
            let end = min(257, bitLength + 1)
            while position < end {
                let index = position / 64
                let shift = UInt64(position % 64)
                var bits = w[index] >> shift
                if shift + UInt64(width) > 64 && index < 4 {
                    bits |= w[index + 1] << (64 - shift)
                }
                let window = carry &+ (bits & windowMask)
                if window & 1 == 0 {
                    position += 1
                    continue
                }
                if window < windowSize / 2 {
                    carry = 0
                    out[position] = Int8(window)
                } else {
                    carry = 1
                    out[position] = Int8(Int64(window) - Int64(windowSize))
                }
                position += width
            }
        }
    }
    return digits
}
