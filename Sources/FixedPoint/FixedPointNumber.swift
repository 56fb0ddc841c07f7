/// A binary fixed-point number with the semantics of the Rust `substrate-fixed` crate (encointer fork
/// `v0.6.0`), as used by subtensor.
///
/// A value is stored as a raw two's-complement (or unsigned) integer `bits`; its numeric value is
/// `bits / 2^fractionalBits`. Every operation is defined on the raw bits with integer arithmetic only,
/// so results are bit-exact with the Rust runtime (see `specs/chain.md` §0.2):
/// multiplication floors (arithmetic shift right of the full-width product), division truncates toward
/// zero, narrowing conversions floor and then saturate, and `round()` rounds half away from zero.
///
/// Concrete types (`I32F32`, `I64F64`, `I96F32`, `U64F64`, `U96F32`, `U110F18`) only declare their raw
/// storage and fractional bit count; all behaviour comes from the shared extensions.
public protocol FixedPointNumber: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The raw integer storage type (`Int64`, `Int128` or `UInt128`).
    associatedtype Raw: FixedWidthInteger & Sendable

    /// The number of fractional bits: the value is `bits / 2^fractionalBits`.
    static var fractionalBits: Int { get }

    /// The raw representation.
    var bits: Raw { get set }

    /// Creates a value from its raw representation (`from_bits` in Rust).
    init(bits: Raw)
}

extension FixedPointNumber {
    /// Zero.
    @inlinable public static var zero: Self { Self(bits: 0) }

    /// One (`1 << fractionalBits` raw).
    @inlinable public static var one: Self { Self(bits: (1 as Raw) << fractionalBits) }

    /// The smallest positive value, one unit in the last place (raw `1`).
    @inlinable public static var ulp: Self { Self(bits: 1) }

    /// The smallest representable value (`MIN` in Rust).
    @inlinable public static var min: Self { Self(bits: Raw.min) }

    /// The largest representable value (`MAX` in Rust).
    @inlinable public static var max: Self { Self(bits: Raw.max) }

    /// Whether the type can hold negative values.
    @inlinable public static var isSigned: Bool { Raw.isSigned }

    /// The raw mask of the fractional bits.
    @inlinable static var fractionMask: Raw { ((1 as Raw) << fractionalBits) &- 1 }

    /// Orders values by their raw representation, which is the numeric order.
    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.bits < rhs.bits }

    /// Whether the value is strictly below zero (always `false` for unsigned types).
    @inlinable public var isNegative: Bool { bits < 0 }

    /// Whether the value is zero.
    @inlinable public var isZero: Bool { bits == 0 }
}
