import SCALE

/// A fee estimate, as `TransactionPaymentApi_query_info` returns it (`pallet_transaction_payment`'s
/// `RuntimeDispatchInfo<u64, Weight>`): `weight ‖ class u8 ‖ partial_fee u64`.
public struct RuntimeDispatchInfo: Equatable, Sendable, ScaleCodable {
    /// The call's weight.
    public var weight: Weight
    /// The call's dispatch class.
    public var dispatchClass: DispatchClass
    /// The fee without the tip, in rao.
    public var partialFee: UInt64

    /// A fee estimate from its fields.
    public init(weight: Weight, dispatchClass: DispatchClass, partialFee: UInt64) {
        self.weight = weight
        self.dispatchClass = dispatchClass
        self.partialFee = partialFee
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(weight, dispatchClass, partialFee)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (weight, dispatchClass, partialFee) = try reader.decode(Weight.self, DispatchClass.self, UInt64.self)
        self.init(weight: weight, dispatchClass: dispatchClass, partialFee: partialFee)
    }
}

/// A two-dimensional weight (`sp_weights::Weight`): `ref_time C<u64> ‖ proof_size C<u64>`.
public struct Weight: Equatable, Sendable, ScaleCodable {
    /// Computation time, in picoseconds.
    public var refTime: UInt64
    /// Proof size, in bytes.
    public var proofSize: UInt64

    /// A weight from its parts.
    public init(refTime: UInt64, proofSize: UInt64) {
        self.refTime = refTime
        self.proofSize = proofSize
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(refTime), Compact(proofSize))
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (refTime, proofSize) = try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self)
        self.init(refTime: refTime.value, proofSize: proofSize.value)
    }
}

/// A call's dispatch class (`frame_support::dispatch::DispatchClass`), one byte on the wire.
public enum DispatchClass: UInt8, Equatable, Sendable, ScaleCodable {
    /// An ordinary transaction.
    case normal = 0
    /// An operational transaction, with reserved block space.
    case operational = 1
    /// An inherent the block must include.
    case mandatory = 2

    public func encode(into writer: inout ScaleWriter) {
        writer.write(byte: rawValue)
    }

    public init(decoding reader: inout ScaleReader) throws {
        self = DispatchClass(rawValue: try reader.readVariantIndex(of: "DispatchClass", variantCount: 3))!
    }
}
