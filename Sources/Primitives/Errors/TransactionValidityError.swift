import SCALE

/// Why an extrinsic cannot be included at all (`sp_runtime::TransactionValidityError`): nothing it asked for
/// happens, not even the fee or the nonce. A call that is included and then fails is a `DispatchError` instead.
public enum TransactionValidityError: Error, Equatable, Sendable, CustomStringConvertible, ScaleCodable {
    /// The transaction is invalid and will stay so.
    case invalid(InvalidTransaction)
    /// Validity cannot be decided (for example, no account could be looked up).
    case unknown(UnknownTransaction)

    public var description: String {
        switch self {
        case .invalid(let reason): "invalid transaction: \(reason)"
        case .unknown(let reason): "unknown transaction validity: \(reason)"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .invalid(let reason):
            writer.write(byte: 0)
            reason.encode(into: &writer)
        case .unknown(let reason):
            writer.write(byte: 1)
            reason.encode(into: &writer)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        switch try reader.readVariantIndex(of: "TransactionValidityError", variantCount: 2) {
        case 0: self = .invalid(try InvalidTransaction(decoding: &reader))
        default: self = .unknown(try UnknownTransaction(decoding: &reader))
        }
    }
}

/// `sp_runtime::InvalidTransaction`, in its variant order.
public enum InvalidTransaction: Equatable, Sendable, CustomStringConvertible, ScaleCodable {
    /// 0: the call may not be made this way (for example, an unsigned call that needs a signer).
    case call
    /// 1: the signer cannot pay the fee.
    case payment
    /// 2: the nonce is ahead of the account's.
    case future
    /// 3: the nonce was already used, or the era expired.
    case stale
    /// 4: the signature does not verify.
    case badProof
    /// 5: the era's birth block is unknown or in the future.
    case ancientBirthBlock
    /// 6: the block has no room for it.
    case exhaustsResources
    /// 7: a runtime-specific code (subtensor's `CustomTransactionError`).
    case custom(UInt8)
    /// 8: a mandatory (inherent) extrinsic failed.
    case badMandatory
    /// 9: a mandatory extrinsic was sent as a transaction.
    case mandatoryValidation
    /// 10: the signer may not sign this call.
    case badSigner

    public var description: String {
        switch self {
        case .call: "Call"
        case .payment: "Payment"
        case .future: "Future"
        case .stale: "Stale"
        case .badProof: "BadProof"
        case .ancientBirthBlock: "AncientBirthBlock"
        case .exhaustsResources: "ExhaustsResources"
        case .custom(let code): "Custom(\(code))"
        case .badMandatory: "BadMandatory"
        case .mandatoryValidation: "MandatoryValidation"
        case .badSigner: "BadSigner"
        }
    }

    private var index: UInt8 {
        switch self {
        case .call: 0
        case .payment: 1
        case .future: 2
        case .stale: 3
        case .badProof: 4
        case .ancientBirthBlock: 5
        case .exhaustsResources: 6
        case .custom: 7
        case .badMandatory: 8
        case .mandatoryValidation: 9
        case .badSigner: 10
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.write(byte: index)
        if case .custom(let code) = self { writer.write(byte: code) }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let cases: [InvalidTransaction] = [
            .call, .payment, .future, .stale, .badProof, .ancientBirthBlock, .exhaustsResources, .custom(0),
            .badMandatory, .mandatoryValidation, .badSigner,
        ]
        let index = try reader.readVariantIndex(of: "InvalidTransaction", variantCount: cases.count)
        self = index == 7 ? .custom(try reader.readByte()) : cases[Int(index)]
    }
}

/// `sp_runtime::UnknownTransaction`, in its variant order.
public enum UnknownTransaction: Equatable, Sendable, CustomStringConvertible, ScaleCodable {
    /// 0: an account or address could not be looked up.
    case cannotLookup
    /// 1: no validator accepts this unsigned transaction.
    case noUnsignedValidator
    /// 2: a runtime-specific code.
    case custom(UInt8)

    public var description: String {
        switch self {
        case .cannotLookup: "CannotLookup"
        case .noUnsignedValidator: "NoUnsignedValidator"
        case .custom(let code): "Custom(\(code))"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .cannotLookup: writer.write(byte: 0)
        case .noUnsignedValidator: writer.write(byte: 1)
        case .custom(let code): writer.write(bytes: [2, code])
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        switch try reader.readVariantIndex(of: "UnknownTransaction", variantCount: 3) {
        case 0: self = .cannotLookup
        case 1: self = .noUnsignedValidator
        default: self = .custom(try reader.readByte())
        }
    }
}
