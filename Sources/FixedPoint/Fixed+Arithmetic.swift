// Addition, subtraction, multiplication and division with the overflow behaviours of `substrate-fixed`:
// plain operators trap on overflow (like Rust with debug assertions), `&`-operators wrap (like a
// release build), `checked*` return `nil` and `saturating*` clamp to the type's range.

extension FixedPointNumber {
    // MARK: Addition and subtraction

    /// Sum; traps on overflow.
    @inlinable public static func + (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits + rhs.bits) }

    /// Difference; traps on overflow.
    @inlinable public static func - (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits - rhs.bits) }

    /// Wrapping sum (two's-complement wrap-around, as a Rust release build does for `+`).
    @inlinable public static func &+ (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits &+ rhs.bits) }

    /// Wrapping difference.
    @inlinable public static func &- (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits &- rhs.bits) }

    /// Adds in place; traps on overflow.
    @inlinable public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

    /// Subtracts in place; traps on overflow.
    @inlinable public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }

    /// `checked_add`: the sum, or `nil` if it does not fit.
    @inlinable public func checkedAdd(_ other: Self) -> Self? {
        let (sum, overflow) = bits.addingReportingOverflow(other.bits)
        return overflow ? nil : Self(bits: sum)
    }

    /// `checked_sub`: the difference, or `nil` if it does not fit.
    @inlinable public func checkedSub(_ other: Self) -> Self? {
        let (difference, overflow) = bits.subtractingReportingOverflow(other.bits)
        return overflow ? nil : Self(bits: difference)
    }

    /// `saturating_add`: the sum clamped to `[min, max]`.
    @inlinable public func saturatingAdd(_ other: Self) -> Self {
        if let sum = checkedAdd(other) { return sum }
        // Signed overflow goes in the direction of `other`; unsigned addition can only overflow upward.
        return other.bits < 0 ? .min : .max
    }

    /// `saturating_sub`: the difference clamped to `[min, max]`.
    @inlinable public func saturatingSub(_ other: Self) -> Self {
        if let difference = checkedSub(other) { return difference }
        // Subtracting a negative overflows upward; anything else (incl. unsigned underflow) downward.
        return other.bits < 0 ? .max : .min
    }

    // MARK: Multiplication

    /// The full-width product shifted right by `fractionalBits` (floor toward −∞), truncated to `Raw`,
    /// whether that truncation lost information, and the sign of the exact product.
    @inlinable
    static func multiplyReportingOverflow(_ a: Raw, _ b: Raw) -> (bits: Raw, overflow: Bool, negative: Bool) {
        let (high, low) = a.multipliedFullWidth(by: b)
        let shift = fractionalBits
        let width = Raw.bitWidth
        // Two-word arithmetic shift right: high word shifts with sign, low word takes high's bottom bits.
        let quotientHigh = high >> shift
        let quotientLow = (Raw.Magnitude(truncatingIfNeeded: high) << (width - shift)) | (low >> shift)
        let result = Raw(truncatingIfNeeded: quotientLow)
        // The shifted product fits iff its high word is the sign extension of the low word.
        let expectedHigh: Raw = result < 0 ? ~(0 as Raw) : 0
        return (result, quotientHigh != expectedHigh, high < 0)
    }

    /// Product, floored to the type's resolution; traps on overflow.
    @inlinable public static func * (lhs: Self, rhs: Self) -> Self {
        guard let product = lhs.checkedMul(rhs) else { preconditionFailure("fixed-point multiplication overflow") }
        return product
    }

    /// Multiplies in place; traps on overflow.
    @inlinable public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }

    /// Wrapping product: the floored product's low bits (what a Rust release build returns for `*`).
    @inlinable public static func &* (lhs: Self, rhs: Self) -> Self {
        Self(bits: multiplyReportingOverflow(lhs.bits, rhs.bits).bits)
    }

    /// `checked_mul`: the floored product, or `nil` if it does not fit.
    @inlinable public func checkedMul(_ other: Self) -> Self? {
        let product = Self.multiplyReportingOverflow(bits, other.bits)
        return product.overflow ? nil : Self(bits: product.bits)
    }

    /// `saturating_mul`: the floored product clamped to `[min, max]`.
    @inlinable public func saturatingMul(_ other: Self) -> Self {
        let product = Self.multiplyReportingOverflow(bits, other.bits)
        if !product.overflow { return Self(bits: product.bits) }
        return product.negative ? .min : .max
    }

    // MARK: Division

    /// `(a << F) / b` with the quotient truncated toward zero. `nil` quotient when `b == 0`; otherwise the
    /// truncated bits, whether the exact quotient does not fit, and the sign of the exact quotient.
    @inlinable
    static func divideReportingOverflow(_ a: Raw, _ b: Raw) -> (bits: Raw, overflow: Bool, negative: Bool)? {
        if b == 0 { return nil }
        let negative = (a < 0) != (b < 0)
        let dividend = a.magnitude
        let divisor = b.magnitude
        let shift = fractionalBits
        // |a| << F as a two-word magnitude.
        let high = dividend >> (Raw.bitWidth - shift)
        let low = dividend << shift
        // The magnitude quotient needs more than one word: certainly too big for Raw.
        if high >= divisor { return (0, true, negative) }
        // Two cases give the same quotient in one word, without the double-word division routine:
        // |a| << F fits one word (e.g. an I32F32 below 1), or b is an integer, so that
        // (|a| << F) / (B << F) = |a| / B.
        let quotient: Raw.Magnitude
        if high == 0 {
            quotient = low / divisor
        } else if b & fractionMask == 0 {
            quotient = dividend / (divisor >> shift)
        } else {
            quotient = divisor.dividingFullWidth((high, low)).quotient
        }
        if negative {
            if quotient > Raw.min.magnitude { return (0, true, true) }
            return (Raw(truncatingIfNeeded: 0 &- quotient), false, true)
        }
        if quotient > Raw.max.magnitude { return (0, true, false) }
        return (Raw(truncatingIfNeeded: quotient), false, false)
    }

    /// Quotient truncated toward zero; traps on division by zero and on overflow.
    @inlinable public static func / (lhs: Self, rhs: Self) -> Self {
        precondition(rhs.bits != 0, "fixed-point division by zero")
        guard let quotient = lhs.checkedDiv(rhs) else { preconditionFailure("fixed-point division overflow") }
        return quotient
    }

    /// Divides in place; traps on division by zero and on overflow.
    @inlinable public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }

    /// `checked_div`: the quotient truncated toward zero, or `nil` on division by zero or overflow.
    @inlinable public func checkedDiv(_ other: Self) -> Self? {
        guard let quotient = Self.divideReportingOverflow(bits, other.bits), !quotient.overflow else { return nil }
        return Self(bits: quotient.bits)
    }

    /// `saturating_div`: the quotient clamped to `[min, max]`. Traps on division by zero, as Rust panics.
    @inlinable public func saturatingDiv(_ other: Self) -> Self {
        guard let quotient = Self.divideReportingOverflow(bits, other.bits) else {
            preconditionFailure("fixed-point division by zero")
        }
        if !quotient.overflow { return Self(bits: quotient.bits) }
        return quotient.negative ? .min : .max
    }

    /// subtensor's `safe_div` (`primitives/safe-math`): `checked_div(...).unwrap_or(0)`, i.e. zero on
    /// division by zero or overflow.
    @inlinable public func safeDiv(_ other: Self) -> Self { checkedDiv(other) ?? .zero }

    /// subtensor's `safe_div_or(x, d)`: the quotient, or `fallback` on division by zero or overflow.
    @inlinable public func safeDiv(_ other: Self, or fallback: Self) -> Self { checkedDiv(other) ?? fallback }
}

extension FixedPointNumber where Raw: SignedInteger {
    /// Negation; traps for `min`.
    @inlinable public static prefix func - (operand: Self) -> Self { Self(bits: -operand.bits) }

    /// `checked_neg`: the negation, or `nil` for `min`.
    @inlinable public func checkedNeg() -> Self? {
        let (negated, overflow) = (0 as Raw).subtractingReportingOverflow(bits)
        return overflow ? nil : Self(bits: negated)
    }

    /// `saturating_neg`: the negation, `max` for `min`.
    @inlinable public func saturatingNeg() -> Self { checkedNeg() ?? .max }

    /// The absolute value; traps for `min`.
    @inlinable public var magnitudeValue: Self { bits < 0 ? -self : self }
}
