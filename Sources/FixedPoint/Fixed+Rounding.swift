// Rounding to integer values, keeping the fixed-point type.

extension FixedPointNumber {
    /// `floor()`: the largest integer value not above `self` (clears the fractional bits).
    @inlinable public func floor() -> Self { Self(bits: bits & ~Self.fractionMask) }

    /// `checked_ceil()`: the smallest integer value not below `self`, or `nil` if it does not fit.
    @inlinable public func checkedCeil() -> Self? {
        let floored = floor()
        if floored.bits == bits { return self }
        return floored.checkedAdd(.one)
    }

    /// `ceil()`: the smallest integer value not below `self`; traps if it does not fit.
    @inlinable public func ceil() -> Self {
        guard let value = checkedCeil() else { preconditionFailure("fixed-point ceil overflow") }
        return value
    }

    /// `checked_round()`: the nearest integer value, ties away from zero, or `nil` if it does not fit.
    @inlinable public func checkedRound() -> Self? {
        let floored = floor()
        let fraction = bits & Self.fractionMask
        let half: Raw = (1 as Raw) << (Self.fractionalBits - 1)
        // Positive ties go up (away from zero); negative ties stay at the floor (away from zero).
        let roundUp = bits >= 0 ? fraction >= half : fraction > half
        return roundUp ? floored.checkedAdd(.one) : floored
    }

    /// `round()`: the nearest integer value, ties away from zero; traps if it does not fit.
    @inlinable public func round() -> Self {
        guard let value = checkedRound() else { preconditionFailure("fixed-point round overflow") }
        return value
    }

    /// `saturating_round()`: the nearest integer value, ties away from zero, clamped to `[min, max]`.
    @inlinable public func saturatingRound() -> Self {
        checkedRound() ?? (bits < 0 ? .min : .max)
    }
}
