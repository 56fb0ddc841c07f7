import SCALE

/// A call of subtensor's runtime: the pallet index byte, the call index byte, then the arguments in order
/// (specs/substrate.md §3.2). Only the calls this runtime dispatches decode; any other index is an error.
public indirect enum RuntimeCall: Equatable, Sendable, ScaleCodable {
    /// Pallet 0.
    case system(SystemCall)
    /// Pallet 2 (an inherent: the block author's timestamp).
    case timestamp(TimestampCall)
    /// Pallet 5.
    case balances(BalancesCall)
    /// Pallet 7.
    case subtensor(SubtensorCall)
    /// Pallet 12.
    case sudo(SudoCall)
    /// Pallet 19.
    case adminUtils(AdminUtilsCall)

    /// How deeply calls may nest (`Sudo.sudo(Sudo.sudo(…))`) before decoding refuses them.
    public static let maximumNesting = 8

    /// The pallet index.
    public var palletIndex: UInt8 {
        switch self {
        case .system: 0
        case .timestamp: 2
        case .balances: 5
        case .subtensor: 7
        case .sudo: 12
        case .adminUtils: 19
        }
    }

    /// `Pallet.call_name`, as metadata spells it.
    public var name: String {
        switch self {
        case .system(let call): "System.\(call.name)"
        case .timestamp: "Timestamp.set"
        case .balances(let call): "Balances.\(call.name)"
        case .subtensor(let call): "SubtensorModule.\(call.name)"
        case .sudo(let call): "Sudo.\(call.name)"
        case .adminUtils(let call): "AdminUtils.\(call.hyperparameter.callName)"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.write(byte: palletIndex)
        switch self {
        case .system(let call): call.encode(into: &writer)
        case .timestamp(let call): call.encode(into: &writer)
        case .balances(let call): call.encode(into: &writer)
        case .subtensor(let call): call.encode(into: &writer)
        case .sudo(let call): call.encode(into: &writer)
        case .adminUtils(let call): call.encode(into: &writer)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        try self.init(decoding: &reader, depth: 0)
    }

    /// Decodes a call nested `depth` calls deep.
    init(decoding reader: inout ScaleReader, depth: Int) throws {
        guard depth < Self.maximumNesting else {
            throw ScaleError(.invalidTag, "calls nest more than \(Self.maximumNesting) deep")
        }
        let offset = reader.position
        let pallet = try reader.readByte()
        switch pallet {
        case 0: self = .system(try SystemCall(decoding: &reader))
        case 2: self = .timestamp(try TimestampCall(decoding: &reader))
        case 5: self = .balances(try BalancesCall(decoding: &reader))
        case 7: self = .subtensor(try SubtensorCall(decoding: &reader))
        case 12: self = .sudo(try SudoCall(decoding: &reader, depth: depth))
        case 19: self = .adminUtils(try AdminUtilsCall(decoding: &reader))
        default: throw ScaleError(.invalidTag, "no pallet with index \(pallet) dispatches calls (offset \(offset))")
        }
    }
}

/// The decoding error for a call index the pallet does not have.
func unknownCall(_ index: UInt8, pallet: String, offset: Int) -> ScaleError {
    ScaleError(.invalidTag, "\(pallet) has no call with index \(index) (offset \(offset))")
}

/// `frame_system` calls (pallet 0).
public enum SystemCall: Equatable, Sendable, ScaleCodable {
    /// 0: `remark(remark: Vec<u8>)`, does nothing.
    case remark([UInt8])
    /// 7: `remark_with_event(remark: Vec<u8>)`, emits `Remarked(sender, blake2_256(remark))`.
    case remarkWithEvent([UInt8])

    /// The call's name.
    public var name: String {
        switch self {
        case .remark: "remark"
        case .remarkWithEvent: "remark_with_event"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .remark(let bytes):
            writer.write(byte: 0)
            writer.encode(bytes)
        case .remarkWithEvent(let bytes):
            writer.write(byte: 7)
            writer.encode(bytes)
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .remark(try reader.decode())
        case 7: self = .remarkWithEvent(try reader.decode())
        case let index: throw unknownCall(index, pallet: "System", offset: offset)
        }
    }
}

/// `pallet_timestamp` calls (pallet 2).
public enum TimestampCall: Equatable, Sendable, ScaleCodable {
    /// 0: `set(now: Compact<u64>)`, milliseconds since the Unix epoch; an unsigned inherent.
    case set(now: UInt64)

    public func encode(into writer: inout ScaleWriter) {
        guard case .set(let now) = self else { return }
        writer.write(byte: 0)
        writer.encode(Compact(now))
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        let index = try reader.readByte()
        guard index == 0 else { throw unknownCall(index, pallet: "Timestamp", offset: offset) }
        self = .set(now: try reader.decode(Compact<UInt64>.self).value)
    }
}

/// `pallet_balances` calls (pallet 5); amounts are `Compact<u64>` rao.
public enum BalancesCall: Equatable, Sendable, ScaleCodable {
    /// 0: `transfer_allow_death(dest, value)`: may leave the sender below the existential deposit (reaped).
    case transferAllowDeath(dest: MultiAddress, value: UInt64)
    /// 3: `transfer_keep_alive(dest, value)`: refuses to leave the sender below the existential deposit.
    case transferKeepAlive(dest: MultiAddress, value: UInt64)
    /// 4: `transfer_all(dest, keep_alive)`: everything spendable.
    case transferAll(dest: MultiAddress, keepAlive: Bool)
    /// 8: `force_set_balance(who, new_free)`: root only.
    case forceSetBalance(who: MultiAddress, newFree: UInt64)

    /// The call's name.
    public var name: String {
        switch self {
        case .transferAllowDeath: "transfer_allow_death"
        case .transferKeepAlive: "transfer_keep_alive"
        case .transferAll: "transfer_all"
        case .forceSetBalance: "force_set_balance"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .transferAllowDeath(let dest, let value):
            writer.write(byte: 0)
            writer.encode(dest, Compact(value))
        case .transferKeepAlive(let dest, let value):
            writer.write(byte: 3)
            writer.encode(dest, Compact(value))
        case .transferAll(let dest, let keepAlive):
            writer.write(byte: 4)
            writer.encode(dest, keepAlive)
        case .forceSetBalance(let who, let newFree):
            writer.write(byte: 8)
            writer.encode(who, Compact(newFree))
        }
    }

    public init(decoding reader: inout ScaleReader) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0:
            let (dest, value) = try reader.decode(MultiAddress.self, Compact<UInt64>.self)
            self = .transferAllowDeath(dest: dest, value: value.value)
        case 3:
            let (dest, value) = try reader.decode(MultiAddress.self, Compact<UInt64>.self)
            self = .transferKeepAlive(dest: dest, value: value.value)
        case 4:
            let (dest, keepAlive) = try reader.decode(MultiAddress.self, Bool.self)
            self = .transferAll(dest: dest, keepAlive: keepAlive)
        case 8:
            let (who, value) = try reader.decode(MultiAddress.self, Compact<UInt64>.self)
            self = .forceSetBalance(who: who, newFree: value.value)
        case let index: throw unknownCall(index, pallet: "Balances", offset: offset)
        }
    }
}

/// `pallet_sudo` calls (pallet 12).
public indirect enum SudoCall: Equatable, Sendable, ScaleEncodable {
    /// 0: `sudo(call)`: dispatches `call` as root.
    case sudo(RuntimeCall)
    /// 1: `sudo_unchecked_weight(call, weight)`: the same, with a declared weight.
    case sudoUncheckedWeight(RuntimeCall, refTime: UInt64, proofSize: UInt64)
    /// 2: `set_key(new)`: hands the sudo key to another account.
    case setKey(MultiAddress)

    /// The call's name.
    public var name: String {
        switch self {
        case .sudo: "sudo"
        case .sudoUncheckedWeight: "sudo_unchecked_weight"
        case .setKey: "set_key"
        }
    }

    public func encode(into writer: inout ScaleWriter) {
        switch self {
        case .sudo(let call):
            writer.write(byte: 0)
            writer.encode(call)
        case .sudoUncheckedWeight(let call, let refTime, let proofSize):
            writer.write(byte: 1)
            writer.encode(call, Compact(refTime), Compact(proofSize))
        case .setKey(let new):
            writer.write(byte: 2)
            writer.encode(new)
        }
    }

    init(decoding reader: inout ScaleReader, depth: Int) throws {
        let offset = reader.position
        switch try reader.readByte() {
        case 0: self = .sudo(try RuntimeCall(decoding: &reader, depth: depth + 1))
        case 1:
            let call = try RuntimeCall(decoding: &reader, depth: depth + 1)
            let (refTime, proofSize) = try reader.decode(Compact<UInt64>.self, Compact<UInt64>.self)
            self = .sudoUncheckedWeight(call, refTime: refTime.value, proofSize: proofSize.value)
        case 2: self = .setKey(try reader.decode())
        case let index: throw unknownCall(index, pallet: "Sudo", offset: offset)
        }
    }
}
