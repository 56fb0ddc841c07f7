// The u16 ⇄ I32F32 conversions of subtensor's `epoch/math.rs` (specs/chain.md §0.3). A stored u16
// proportion of 65535 means 1.0.

/// `u16_proportion_to_fixed`: `I32F32(x).safe_div(I32F32(65535))` (quotient truncated).
///
/// That quotient is `((x << 32) << 32) / (65535 << 32)`, i.e. the raw bits `(x << 32) / 65535`, computed
/// so (a division by a constant) since the epoch converts every stored bond this way.
@inlinable public func u16ProportionToFixed(_ x: UInt16) -> I32F32 {
    I32F32(bits: Int64((UInt64(x) << 32) / 65535))
}

/// `fixed_proportion_to_u16`: `x.saturating_mul(I32F32(65535))` floored and saturated to `u16`, so
/// `0.5` → `32767`. Flooring an `I32F32` to an integer is an arithmetic shift of its bits by 32.
@inlinable public func fixedProportionToU16(_ x: I32F32) -> UInt16 {
    let integer = x.saturatingMul(I32F32(bits: 65535 << 32)).bits >> 32
    return UInt16(clamping: integer)
}

/// `fixed_to_fixed_u16_proportion`: `x.safe_div(I32F32(65535))`, for bonds loaded from storage as
/// integer-valued `I32F32`.
public func fixedToFixedU16Proportion(_ x: I32F32) -> I32F32 {
    x.safeDiv(I32F32(saturating: UInt16.max))
}

/// `vec_max_upscale_to_u16`: scales a non-negative vector so its maximum becomes 65535.
///
/// With `max = max(v)`: if `max == 0` each element is `floor(e * 65535)`; if `max > 32768` it is
/// `round(e * (65535 / max))`; otherwise `round((e * 65535) / max)` — multiplications saturating,
/// divisions `safe_div`, `round` ties away from zero, the result saturated to `u16`. An empty input gives
/// an empty output.
public func vecMaxUpscaleToU16(_ vector: [I32F32]) -> [UInt16] {
    guard let maximum = vector.max() else { return [] }
    let u16Max = I32F32(saturating: UInt16.max)
    let threshold = I32F32(32768)
    if maximum == .zero {
        return vector.map { $0.saturatingMul(u16Max).saturatingInteger(UInt16.self) }
    }
    if maximum > threshold {
        let scale = u16Max.safeDiv(maximum)
        return vector.map { $0.saturatingMul(scale).round().saturatingInteger(UInt16.self) }
    }
    return vector.map { $0.saturatingMul(u16Max).safeDiv(maximum).round().saturatingInteger(UInt16.self) }
}

/// `vec_u16_max_upscale_to_u16`: `vec_max_upscale_to_u16` of the values as integer-valued `I32F32`
/// (the on-chain `set_weights` normalisation).
public func vecU16MaxUpscaleToU16(_ vector: [UInt16]) -> [UInt16] {
    vecMaxUpscaleToU16(vector.map { I32F32(saturating: $0) })
}
