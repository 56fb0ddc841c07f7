/// Signed fixed point with a 64-bit raw value and 32 fractional bits (`substrate_fixed::types::I32F32`).
///
/// Used for all epoch vectors and matrices (`epoch/math.rs`). Range `[-2^31, 2^31 - 2^-32]`.
public struct I32F32: FixedPointNumber {
    /// The raw two's-complement value; the number is `bits / 2^32`.
    public var bits: Int64
    /// 32 fractional bits.
    public static var fractionalBits: Int { 32 }
    /// Creates a value from its raw representation.
    @inlinable public init(bits: Int64) { self.bits = bits }
}

/// Signed fixed point with a 128-bit raw value and 64 fractional bits (`I64F64`).
///
/// Used for stake normalisation in the epoch, `bonds_moving_average / 1e6` and flow EMAs.
public struct I64F64: FixedPointNumber {
    /// The raw two's-complement value; the number is `bits / 2^64`.
    public var bits: Int128
    /// 64 fractional bits.
    public static var fractionalBits: Int { 64 }
    /// Creates a value from its raw representation.
    @inlinable public init(bits: Int128) { self.bits = bits }
}

/// Signed fixed point with a 128-bit raw value and 32 fractional bits (`I96F32`).
///
/// Used for epoch emission in rao, block emission (`log2`) and moving price storage.
public struct I96F32: FixedPointNumber {
    /// The raw two's-complement value; the number is `bits / 2^32`.
    public var bits: Int128
    /// 32 fractional bits.
    public static var fractionalBits: Int { 32 }
    /// Creates a value from its raw representation.
    @inlinable public init(bits: Int128) { self.bits = bits }
}

/// Unsigned fixed point with a 128-bit raw value and 64 fractional bits (`U64F64`).
///
/// Used for price shares, moving price math and swap prices.
public struct U64F64: FixedPointNumber {
    /// The raw value; the number is `bits / 2^64`.
    public var bits: UInt128
    /// 64 fractional bits.
    public static var fractionalBits: Int { 64 }
    /// Creates a value from its raw representation.
    @inlinable public init(bits: UInt128) { self.bits = bits }
}

/// Unsigned fixed point with a 128-bit raw value and 32 fractional bits (`U96F32`).
///
/// Used for coinbase amounts, `tao_weight`, the dividend split and take.
public struct U96F32: FixedPointNumber {
    /// The raw value; the number is `bits / 2^32`.
    public var bits: UInt128
    /// 32 fractional bits.
    public static var fractionalBits: Int { 32 }
    /// Creates a value from its raw representation.
    @inlinable public init(bits: UInt128) { self.bits = bits }
}

/// Unsigned fixed point with a 128-bit raw value and 18 fractional bits (`U110F18`).
///
/// Used by the legacy difficulty/burn adjustment and the dTAO-v2 constant-product swap.
public struct U110F18: FixedPointNumber {
    /// The raw value; the number is `bits / 2^18`.
    public var bits: UInt128
    /// 18 fractional bits.
    public static var fractionalBits: Int { 18 }
    /// Creates a value from its raw representation.
    @inlinable public init(bits: UInt128) { self.bits = bits }
}
