// `substrate_fixed::transcendental::{exp, log2}` and subtensor's `exp_safe`, transcribed exactly
// (specs/chain.md §0.2), including their quirks.

/// `substrate_fixed::transcendental::E`: e as `I9F23`, i.e. the crate's 126-fraction-bit constant
/// `0xADF85458A2BB4A9AAFDC5620273D3CF1` shifted right by 103 — e truncated to 23 fractional bits.
@usableFromInline let eI9F23Bits: UInt128 = 0xADF8_5458_A2BB_4A9A_AFDC_5620_273D_3CF1 >> 103

extension FixedPointNumber where Raw: SignedInteger {
    /// Rust's `rs`: right shift by one with rounding, `(x >> 1) + (x & ulp)`.
    @inlinable func roundingHalf() -> Self { Self(bits: (bits >> 1) + (bits & 1)) }

    /// `substrate_fixed::transcendental::exp` with `S = D = Self` (subtensor uses `I32F32`).
    ///
    /// * `0` → `1`; exactly `1` → the crate's `E` constant (e truncated to 23 bits, widened), **not**
    ///   the series value;
    /// * otherwise the Taylor series on `|x|`: `result = 1 + x`, `term = x`, then for `i` in
    ///   `2 ..< fractionalBits`: `term = term * x` (checked), `term = term / i` (checked),
    ///   `result += term` (checked);
    /// * a negative input returns `1 / result` (checked).
    ///
    /// `term / i` is the fixed-point quotient `(term << F) / (i << F)` truncated toward zero, which is
    /// exactly the integer quotient `term.bits / i` and never overflows for `i >= 2`; it is computed so.
    /// Once `term` is zero every later step adds zero, so the loop stops there.
    ///
    /// Returns `nil` where Rust returns `Err` (any checked step overflowed). Requires
    /// `fractionalBits >= 23` (Rust needs a lossless `From<I9F23>`).
    public func exp() -> Self? {
        precondition(Self.fractionalBits >= 23, "exp needs at least the 23 fractional bits of E")
        if bits == 0 { return .one }
        if self == .one { return Self(bits: Raw(truncatingIfNeeded: eI9F23Bits) << (Self.fractionalBits - 23)) }
        let negative = bits < 0
        // Rust negates with `-` (wrapping in a release build: MIN stays MIN and then fails below).
        let x = negative ? Self(bits: 0 &- bits) : self
        var result = x &+ .one
        var term = x
        for i in 2 ..< Self.fractionalBits {
            if term.bits == 0 { break }
            guard let product = term.checkedMul(x) else { return nil }
            term = Self(bits: product.bits / Raw(i))
            guard let sum = result.checkedAdd(term) else { return nil }
            result = sum
        }
        if negative { return Self.one.checkedDiv(result) }
        return result
    }

    /// `substrate_fixed::transcendental::log2` with `S = D = Self` (subtensor uses `I96F32` for block
    /// emission).
    ///
    /// `nil` for `x <= 0` (Rust `Err`). For `x < 1` the result is `-log2_inner(1 / x)`; Rust unwraps that
    /// division (a panic if `1 / x` overflows, impossible for `I96F32`), here it is `nil` as well.
    ///
    /// `log2_inner`: the integer part counts the halvings (with `rs`, rounding) while `x >= 2`; if `x` is
    /// then exactly 1 the integer is returned; otherwise `fractionalBits` rounds of
    /// `x = x * x; result <<= 1; if x >= 2 { result |= 1; x = rs(x) }` produce the fraction bits.
    public func log2() -> Self? {
        if bits <= 0 { return nil }
        if self < .one {
            guard let inverse = Self.one.checkedDiv(self) else { return nil }
            return Self(bits: 0 - inverse.log2Inner().bits)
        }
        return log2Inner()
    }

    /// `log2_inner` for `self >= 1`.
    @inlinable func log2Inner() -> Self {
        let two = Self(bits: (2 as Raw) << Self.fractionalBits)
        var x = self
        var result: Raw = 0
        while x >= two {
            result += 1
            x = x.roundingHalf()
        }
        // `D::from_num(result)`: the count as an integer value.
        if x == .one { return Self(bits: result << Self.fractionalBits) }
        for _ in 0 ..< Self.fractionalBits {
            x = x * x
            result <<= 1
            if x >= two {
                result |= 1
                x = x.roundingHalf()
            }
        }
        return Self(bits: result)
    }
}

extension I32F32 {
    /// subtensor's `exp_safe` (`epoch/math.rs`): `exp` of the input clamped to `[-20, 20]`; an `Err`
    /// becomes `0` for inputs `<= 0` and `I32F32::MAX` otherwise.
    public func expSafe() -> I32F32 {
        let lower = I32F32(-20)
        let upper = I32F32(20)
        var input = self
        if input < lower {
            input = lower
        } else if upper < input {
            input = upper
        }
        if let value = input.exp() { return value }
        return input.bits <= 0 ? .zero : .max
    }
}
