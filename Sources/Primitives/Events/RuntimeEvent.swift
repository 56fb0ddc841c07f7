import SCALE

/// Where in the block an event happened (`frame_system::Phase`).
public enum EventPhase: Equatable, Sendable, ScaleCodable {
    /// 0: while applying extrinsic i.
    case applyExtrinsic(UInt32)
    /// 1: in block finalization.
    case finalization
    /// 2: in block initialization.
    case initialization

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .applyExtrinsic(let index):
            writer.write(byte: 0)
            writer.encode(index)
        case .finalization: writer.write(byte: 1)
        case .initialization: writer.write(byte: 2)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        switch try reader.readVariantIndex(of: "Phase", variantCount: 3) {
        case 0: self = .applyExtrinsic(try reader.decode())
        case 1: self = .finalization
        default: self = .initialization
        }
    }
}

/// `EventRecord`: the phase, the event and its topics (always empty here); `System.Events` holds a `Vec` of them.
public struct EventRecord: Equatable, Sendable, ScaleCodable {
    /// When it happened.
    public var phase: EventPhase
    /// What happened.
    public var event: RuntimeEvent

    /// A record without topics.
    public init(phase: EventPhase, event: RuntimeEvent) {
        self.phase = phase
        self.event = event
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(phase, event)
        writer.write(length: 0)
    }

    public init(decoding reader: inout ScaleReader) throws {
        (phase, event) = try reader.decode(EventPhase.self, RuntimeEvent.self)
        _ = try reader.decode([H256].self)
    }
}

/// `DispatchEventInfo`: the weight charged, the class and whether the fee was paid.
public struct DispatchEventInfo: Equatable, Sendable, ScaleCodable {
    /// Reference time, in picoseconds.
    public var refTime: UInt64
    /// Proof size, in bytes.
    public var proofSize: UInt64
    /// 0 Normal, 1 Operational, 2 Mandatory.
    public var dispatchClass: UInt8
    /// 0 Yes, 1 No.
    public var paysFee: UInt8

    /// An info value.
    public init(refTime: UInt64, proofSize: UInt64 = 0, dispatchClass: UInt8 = 0, paysFee: UInt8 = 0) {
        self.refTime = refTime
        self.proofSize = proofSize
        self.dispatchClass = dispatchClass
        self.paysFee = paysFee
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(Compact(refTime), Compact(proofSize), dispatchClass, paysFee)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (refTime, proofSize, dispatchClass, paysFee) =
            try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self, UInt8.self, UInt8.self)
        self.init(refTime: refTime.value, proofSize: proofSize.value, dispatchClass: dispatchClass, paysFee: paysFee)
    }
}

/// An event of the runtime: the pallet index byte, the variant byte, then the fields.
public enum RuntimeEvent: Equatable, Sendable, ScaleCodable {
    /// Pallet 0.
    case system(SystemEvent)
    /// Pallet 5.
    case balances(BalancesEvent)
    /// Pallet 6: `TransactionFeePaid{who, actual_fee, tip}`.
    case transactionFeePaid(who: AccountId32, actualFee: UInt64, tip: UInt64)
    /// Pallet 7.
    case subtensor(SubtensorEvent)
    /// Pallet 12.
    case sudo(SudoEvent)

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .system(let event):
            writer.write(byte: 0)
            writer.encode(event)
        case .balances(let event):
            writer.write(byte: 5)
            writer.encode(event)
        case .transactionFeePaid(let who, let fee, let tip):
            writer.write(bytes: [6, 0])
            writer.encode(who, fee, tip)
        case .subtensor(let event):
            writer.write(byte: 7)
            writer.encode(event)
        case .sudo(let event):
            writer.write(byte: 12)
            writer.encode(event)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .system(try reader.decode())
        case 5: self = .balances(try reader.decode())
        case 6:
            let variant = try reader.readByte()
            guard variant == 0 else { throw unknownEvent(variant, pallet: "TransactionPayment", offset: offset + 1) }
            let (who, fee, tip) = try reader.decode(AccountId32.self, UInt64.self, UInt64.self)
            self = .transactionFeePaid(who: who, actualFee: fee, tip: tip)
        case 7: self = .subtensor(try reader.decode())
        case 12: self = .sudo(try reader.decode())
        case let pallet: throw ScaleError(.invalidTag, "no pallet with index \(pallet) emits events (offset \(offset))")
        }
    }
}

func unknownEvent(_ variant: UInt8, pallet: String, offset: Int) -> ScaleError {
    ScaleError(.invalidTag, "\(pallet) has no event variant \(variant) (offset \(offset))")
}

/// `frame_system` events.
public enum SystemEvent: Equatable, Sendable, ScaleCodable {
    /// 0: an extrinsic succeeded.
    case extrinsicSuccess(DispatchEventInfo)
    /// 1: an extrinsic's call failed (its fee was still charged).
    case extrinsicFailed(DispatchError, DispatchEventInfo)
    /// 3: an account came into existence.
    case newAccount(AccountId32)
    /// 4: an account was reaped.
    case killedAccount(AccountId32)
    /// 5: `remark_with_event`: the sender and the blake2-256 of the remark.
    case remarked(sender: AccountId32, hash: H256)

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .extrinsicSuccess(let info):
            writer.write(byte: 0)
            writer.encode(info)
        case .extrinsicFailed(let error, let info):
            writer.write(byte: 1)
            writer.encode(error, info)
        case .newAccount(let account):
            writer.write(byte: 3)
            writer.encode(account)
        case .killedAccount(let account):
            writer.write(byte: 4)
            writer.encode(account)
        case .remarked(let sender, let hash):
            writer.write(byte: 5)
            writer.encode(sender, hash)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .extrinsicSuccess(try reader.decode())
        case 1:
            let (error, info) = try reader.decode(DispatchError.self, DispatchEventInfo.self)
            self = .extrinsicFailed(error, info)
        case 3: self = .newAccount(try reader.decode())
        case 4: self = .killedAccount(try reader.decode())
        case 5:
            let (sender, hash) = try reader.decode(AccountId32.self, H256.self)
            self = .remarked(sender: sender, hash: hash)
        case let variant: throw unknownEvent(variant, pallet: "System", offset: offset)
        }
    }
}

/// `pallet_balances` events (amounts in rao).
public enum BalancesEvent: Equatable, Sendable, ScaleCodable {
    /// 0: an account was created with this free balance.
    case endowed(account: AccountId32, freeBalance: UInt64)
    /// 1: a reaped account's remaining dust was lost.
    case dustLost(account: AccountId32, amount: UInt64)
    /// 2: a transfer.
    case transfer(from: AccountId32, to: AccountId32, amount: UInt64)
    /// 3: root set a balance.
    case balanceSet(who: AccountId32, free: UInt64)
    /// 7: minted into an account.
    case deposit(who: AccountId32, amount: UInt64)
    /// 8: taken out of an account (fees).
    case withdraw(who: AccountId32, amount: UInt64)

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .endowed(let account, let amount): writer.write(byte: 0); writer.encode(account, amount)
        case .dustLost(let account, let amount): writer.write(byte: 1); writer.encode(account, amount)
        case .transfer(let from, let to, let amount): writer.write(byte: 2); writer.encode(from, to, amount)
        case .balanceSet(let who, let free): writer.write(byte: 3); writer.encode(who, free)
        case .deposit(let who, let amount): writer.write(byte: 7); writer.encode(who, amount)
        case .withdraw(let who, let amount): writer.write(byte: 8); writer.encode(who, amount)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let variant = try reader.readByte()
        if variant == 2 {
            let (from, to, amount) = try reader.decode(AccountId32.self, AccountId32.self, UInt64.self)
            self = .transfer(from: from, to: to, amount: amount)
            return
        }
        let (account, amount) = try reader.decode(AccountId32.self, UInt64.self)
        switch variant {
        case 0: self = .endowed(account: account, freeBalance: amount)
        case 1: self = .dustLost(account: account, amount: amount)
        case 3: self = .balanceSet(who: account, free: amount)
        case 7: self = .deposit(who: account, amount: amount)
        case 8: self = .withdraw(who: account, amount: amount)
        default: throw unknownEvent(variant, pallet: "Balances", offset: offset)
        }
    }
}

/// `pallet_sudo` events.
public enum SudoEvent: Equatable, Sendable, ScaleCodable {
    /// 0: a sudo call ran; nil on success, else why it failed.
    case sudid(DispatchError?)
    /// 1: the sudo key changed.
    case keyChanged(old: AccountId32?, new: AccountId32)

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .sudid(let failure):
            writer.write(byte: 0)
            if let failure {
                writer.write(byte: 1)
                writer.encode(failure)
            } else {
                writer.write(byte: 0)
            }
        case .keyChanged(let old, let new):
            writer.write(byte: 1)
            writer.encode(old, new)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0:
            let resultOffset = reader.position
            switch try reader.readByte() {
            case 0: self = .sudid(nil)
            case 1: self = .sudid(try reader.decode(DispatchError.self))
            case let tag: throw ScaleError(.invalidTag, "Result tag \(tag) at offset \(resultOffset)")
            }
        case 1:
            let (old, new) = try reader.decode(AccountId32?.self, AccountId32.self)
            self = .keyChanged(old: old, new: new)
        case let variant: throw unknownEvent(variant, pallet: "Sudo", offset: offset)
        }
    }
}
