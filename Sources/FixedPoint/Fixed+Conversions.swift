// Conversions between fixed-point types and to/from integers, with `substrate-fixed` semantics:
// dropped fractional bits are floored (toward −∞), then the value saturates (or the checked form
// returns `nil`) when it does not fit the destination.

/// A sign and a 128-bit magnitude: wide enough for every raw value and integer this module converts.
@usableFromInline
struct SignMagnitude {
    @usableFromInline var negative: Bool
    @usableFromInline var magnitude: UInt128

    @inlinable init(negative: Bool, magnitude: UInt128) {
        self.negative = negative && magnitude != 0
        self.magnitude = magnitude
    }

    /// The sign and magnitude of any integer; magnitudes above `UInt128.max` clamp (every destination
    /// here overflows long before that, so saturation and the checked result are unaffected).
    @inlinable init<I: BinaryInteger>(_ value: I) {
        self.init(negative: value < 0, magnitude: UInt128(clamping: value.magnitude))
    }

    /// Multiplies by `2^shift` (`shift >= 0`) or floors a division by `2^-shift` (`shift < 0`).
    /// `nil` when a left shift loses bits.
    @inlinable func scaled(by shift: Int) -> SignMagnitude? {
        if shift >= 0 {
            if magnitude != 0 && magnitude.leadingZeroBitCount < shift { return nil }
            return SignMagnitude(negative: negative, magnitude: magnitude << shift)
        }
        let drop = -shift
        if drop >= UInt128.bitWidth { return SignMagnitude(negative: negative, magnitude: negative ? 1 : 0) }
        var result = magnitude >> drop
        // Floor toward −∞: a negative value that loses nonzero bits moves one further from zero.
        if negative && magnitude & ((1 << drop) - 1) != 0 { result += 1 }
        return SignMagnitude(negative: negative, magnitude: result)
    }

    /// The value as an integer of type `I`, or `nil` if it does not fit.
    @inlinable func exactly<I: FixedWidthInteger>(_: I.Type) -> I? {
        if negative {
            guard I.isSigned, magnitude <= UInt128(I.min.magnitude) else { return nil }
            return I(truncatingIfNeeded: 0 &- magnitude)
        }
        guard magnitude <= UInt128(I.max.magnitude) else { return nil }
        return I(truncatingIfNeeded: magnitude)
    }

    /// The value clamped into `I`'s range.
    @inlinable func clamped<I: FixedWidthInteger>(_: I.Type) -> I {
        exactly(I.self) ?? (negative ? I.min : I.max)
    }
}

extension FixedPointNumber {
    /// The raw value as sign and magnitude.
    @inlinable var signMagnitude: SignMagnitude { SignMagnitude(bits) }

    /// Converts a sign/magnitude with `sourceFractionalBits` to this type: `nil` if it does not fit,
    /// otherwise floored to this type's resolution.
    @inlinable
    static func converting(_ value: SignMagnitude, fractionalBits sourceFractionalBits: Int) -> (Self?, negative: Bool) {
        guard let scaled = value.scaled(by: fractionalBits - sourceFractionalBits),
              let raw = scaled.exactly(Raw.self)
        else { return (nil, value.negative) }
        return (Self(bits: raw), value.negative)
    }

    // MARK: From other fixed-point types

    /// Converts from another fixed-point type (`saturating_from_num`): extra fractional bits are
    /// floored, then the value is clamped to `[min, max]`.
    @inlinable public init<Other: FixedPointNumber>(saturating other: Other) {
        let (value, negative) = Self.converting(other.signMagnitude, fractionalBits: Other.fractionalBits)
        self = value ?? (negative ? .min : .max)
    }

    /// Converts from another fixed-point type (`checked_from_num`): extra fractional bits are floored;
    /// `nil` if the result does not fit.
    @inlinable public init?<Other: FixedPointNumber>(checked other: Other) {
        guard let value = Self.converting(other.signMagnitude, fractionalBits: Other.fractionalBits).0 else { return nil }
        self = value
    }

    /// Converts from another fixed-point type (`from_num`), flooring extra fractional bits; traps if the
    /// result does not fit.
    @inlinable public init<Other: FixedPointNumber>(_ other: Other) {
        guard let value = Self(checked: other) else { preconditionFailure("fixed-point conversion overflow") }
        self = value
    }

    // MARK: From integers

    /// Converts an integer (`saturating_from_num`), clamping to `[min, max]`.
    @inlinable public init<I: BinaryInteger>(saturating integer: I) {
        let (value, negative) = Self.converting(SignMagnitude(integer), fractionalBits: 0)
        self = value ?? (negative ? .min : .max)
    }

    /// Converts an integer (`checked_from_num`); `nil` if it does not fit.
    @inlinable public init?<I: BinaryInteger>(checked integer: I) {
        guard let value = Self.converting(SignMagnitude(integer), fractionalBits: 0).0 else { return nil }
        self = value
    }

    /// Converts an integer (`from_num`); traps if it does not fit.
    @inlinable public init<I: BinaryInteger>(_ integer: I) {
        guard let value = Self(checked: integer) else { preconditionFailure("integer does not fit the fixed-point type") }
        self = value
    }

    // MARK: To integers

    /// The value floored to an integer as sign and magnitude.
    @inlinable var flooredInteger: SignMagnitude {
        // A right shift never fails.
        signMagnitude.scaled(by: -Self.fractionalBits)!
    }

    /// `saturating_to_num::<I>()`: the value floored to an integer, then clamped to `I`'s range.
    @inlinable public func saturatingInteger<I: FixedWidthInteger>(_: I.Type = I.self) -> I {
        flooredInteger.clamped(I.self)
    }

    /// `checked_to_num::<I>()`: the value floored to an integer, or `nil` if that does not fit `I`.
    @inlinable public func checkedInteger<I: FixedWidthInteger>(_: I.Type = I.self) -> I? {
        flooredInteger.exactly(I.self)
    }

    /// `to_num::<I>()`: the value floored to an integer; traps if that does not fit `I`.
    @inlinable public func integer<I: FixedWidthInteger>(_: I.Type = I.self) -> I {
        guard let value = checkedInteger(I.self) else { preconditionFailure("fixed-point value does not fit the integer type") }
        return value
    }
}
