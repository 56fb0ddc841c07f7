import SCALE

/// A transaction's mortality (`CheckMortality`): immortal, or valid for `period` blocks from its birth block.
public enum Era: Equatable, Sendable, ScaleCodable {
    /// Valid forever; the checkpoint is the genesis hash. Encoded as `00`.
    case immortal
    /// Valid for `period` blocks (a power of two in 4…65536) starting at the block with `number % period == phase`.
    case mortal(period: UInt64, phase: UInt64)

    /// The era a client makes for a transaction built at block `current` (Substrate's `Era::mortal`):
    /// `period` rounded up to a power of two and clamped to 4…65536, quantized phase.
    public static func mortal(period requested: UInt64, current: UInt64) -> Era {
        let period = min(max(requested.nextPowerOfTwo, 4), 1 << 16)
        let phase = current % period
        let quantize = max(period >> 12, 1)
        return .mortal(period: period, phase: phase / quantize * quantize)
    }

    /// The first block of validity, for a transaction checked at block `current`.
    public func birth(current: UInt64) -> UInt64 {
        switch self {
        case .immortal: 0
        case .mortal(let period, let phase): (max(current, phase) - phase) / period * period + phase
        }
    }

    /// The first block at which the transaction is no longer valid.
    public func death(current: UInt64) -> UInt64 {
        switch self {
        case .immortal: .max
        case .mortal(let period, _): birth(current: current) + period
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .immortal:
            writer.write(byte: 0)
        case .mortal(let period, let phase):
            let quantize = max(period >> 12, 1)
            let low = UInt64(min(15, max(1, period.trailingZeroBitCount - 1)))
            writer.write(integer: UInt16(low | (phase / quantize) << 4))
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let first = try reader.readByte()
        guard first != 0 else {
            self = .immortal
            return
        }
        let encoded = UInt64(first) | UInt64(try reader.readByte()) << 8
        let period = UInt64(2) << (encoded % 16)
        let quantize = max(period >> 12, 1)
        let phase = (encoded >> 4) * quantize
        guard period >= 4, phase < period else {
            throw ScaleError(.invalidValue, "era at offset \(offset) has period \(period) and phase \(phase)")
        }
        self = .mortal(period: period, phase: phase)
    }
}

extension UInt64 {
    /// The smallest power of two ≥ self (1 for 0).
    fileprivate var nextPowerOfTwo: UInt64 {
        self <= 1 ? 1 : UInt64(1) << (64 - (self - 1).leadingZeroBitCount)
    }
}
