import Hashing
import Primitives

/// `frame_system`, `pallet_timestamp` and `pallet_sudo`, and the call router.
extension RuntimeContext {
    /// How many block hashes `System.BlockHash` keeps (subtensor: 2400), enough for mortal eras of 128 blocks.
    static let blockHashCount: UInt64 = 2400

    /// Routes a call to its pallet.
    mutating func dispatch(_ call: RuntimeCall, origin: Origin) throws {
        switch call {
        case .system(let call): try dispatch(call, origin: origin)
        case .timestamp(.set(let now)):
            guard origin == .none else { throw DispatchError.badOrigin }
            guard try !get(TimestampStorage.didUpdate) else { throw DispatchError.other }
            put(TimestampStorage.now, now)
            put(TimestampStorage.didUpdate, true)
        case .balances(let call): try dispatch(call, origin: origin)
        case .subtensor(let call): try dispatch(call, origin: origin)
        case .sudo(let call): try dispatch(call, origin: origin)
        case .adminUtils(let call): try dispatch(call, origin: origin)
        }
    }

    mutating func dispatch(_ call: SystemCall, origin: Origin) throws {
        let sender = try origin.signer()
        if case .remarkWithEvent(let remark) = call {
            deposit(.system(.remarked(sender: sender, hash: H256.blake2(remark))))
        }
    }

    mutating func dispatch(_ call: SudoCall, origin: Origin) throws {
        let signer = try origin.signer()
        guard let key = try SudoStorage.key.get(in: state), key == signer else { throw SudoError.requireSudo }
        switch call {
        case .sudo(let inner), .sudoUncheckedWeight(let inner, _, _):
            do {
                try transactional { try $0.dispatch(inner, origin: .root) }
                deposit(.sudo(.sudid(nil)))
            } catch {
                deposit(.sudo(.sudid(dispatchError(for: error))))
            }
        case .setKey(let new):
            let account = try lookup(new)
            put(SudoStorage.key, account)
            deposit(.sudo(.keyChanged(old: key, new: account)))
        }
    }

    /// `on_initialize` of System: the block number, the parent's hash in the history, a fresh event list.
    mutating func initializeSystem(parentHash: H256, digest: [DigestItem]) {
        let number = UInt32(blockNumber)
        put(SystemStorage.number, number)
        put(SystemStorage.parentHash, parentHash)
        put(SystemStorage.digest, digest)
        SystemStorage.blockHash.set(number - 1, parentHash, in: &state)
        if blockNumber > Self.blockHashCount {
            SystemStorage.blockHash.remove(UInt32(blockNumber - Self.blockHashCount - 1), in: &state)
        }
        SystemStorage.events.remove(in: &state)
        SystemStorage.eventCount.remove(in: &state)
        TimestampStorage.didUpdate.remove(in: &state)
    }

    /// `on_finalize` of System: the block's events and extrinsic count go into storage.
    mutating func finalizeSystem(extrinsicCount: Int) {
        put(SystemStorage.events, events)
        put(SystemStorage.eventCount, UInt32(events.count))
        put(SystemStorage.extrinsicCount, UInt32(extrinsicCount))
    }
}
