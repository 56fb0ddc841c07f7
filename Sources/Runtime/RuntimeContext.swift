import Primitives

/// Who dispatches a call.
enum Origin: Equatable {
    /// The chain itself, or the sudo key through `Sudo.sudo`.
    case root
    /// A signed extrinsic's signer.
    case signed(AccountId32)
    /// An unsigned inherent.
    case none

    /// The signer.
    /// - Throws: `DispatchError.badOrigin` for root and unsigned origins.
    func signer() throws -> AccountId32 {
        guard case .signed(let account) = self else { throw DispatchError.badOrigin }
        return account
    }

    /// - Throws: `DispatchError.badOrigin` unless the origin is root.
    func ensureRoot() throws {
        guard self == .root else { throw DispatchError.badOrigin }
    }
}

/// The state a block is being executed against, with the events deposited so far. Pallet logic lives in
/// extensions of this type; it is a value, so a copy is a fork.
struct RuntimeContext {
    /// The state, including the open transactional layers.
    var state: StorageState
    /// Events of the block so far.
    var events: [EventRecord] = []
    /// Where events are being deposited.
    var phase: EventPhase = .initialization
    /// The number of the block being executed.
    let blockNumber: UInt64

    init(state: StorageState, blockNumber: UInt64) {
        self.state = state
        self.blockNumber = blockNumber
    }

    /// Records `event` in the current phase.
    mutating func deposit(_ event: RuntimeEvent) {
        events.append(EventRecord(phase: phase, event: event))
    }

    /// Runs `body` in a storage transaction: its changes and events stay if it returns, and vanish if it throws.
    mutating func transactional<T>(_ body: (inout RuntimeContext) throws -> T) throws -> T {
        let eventCount = events.count
        state.startTransaction()
        do {
            let result = try body(&self)
            state.commitTransaction()
            return result
        } catch {
            state.rollbackTransaction()
            events.removeSubrange(eventCount...)
            throw error
        }
    }

    // MARK: Typed storage access

    func get<V>(_ item: StorageValue<V>) throws -> V { try item.value(in: state) }
    func get<K, V>(_ item: StorageMap<K, V>, _ key: K) throws -> V { try item.value(key, in: state) }
    func get<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2) throws -> V {
        try item.value(key1, key2, in: state)
    }
    func get<K1, K2, K3, V>(_ item: StorageTripleMap<K1, K2, K3, V>, _ key1: K1, _ key2: K2, _ key3: K3) throws -> V {
        try item.value(key1, key2, key3, in: state)
    }
    func find<K, V>(_ item: StorageMap<K, V>, _ key: K) throws -> V? { try item.get(key, in: state) }
    func find<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2) throws -> V? {
        try item.get(key1, key2, in: state)
    }

    mutating func put<V>(_ item: StorageValue<V>, _ value: V) { item.set(value, in: &state) }
    mutating func put<K, V>(_ item: StorageMap<K, V>, _ key: K, _ value: V) { item.set(key, value, in: &state) }
    mutating func put<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2, _ value: V) {
        item.set(key1, key2, value, in: &state)
    }
    mutating func put<K1, K2, K3, V>(_ item: StorageTripleMap<K1, K2, K3, V>, _ key1: K1, _ key2: K2, _ key3: K3,
                                     _ value: V) {
        item.set(key1, key2, key3, value, in: &state)
    }

    /// Reads, changes and writes back one value.
    mutating func mutate<V, T>(_ item: StorageValue<V>, _ body: (inout V) throws -> T) throws -> T {
        var value = try get(item)
        let result = try body(&value)
        put(item, value)
        return result
    }

    /// Reads, changes and writes back one map entry.
    mutating func mutate<K, V, T>(_ item: StorageMap<K, V>, _ key: K, _ body: (inout V) throws -> T) throws -> T {
        var value = try get(item, key)
        let result = try body(&value)
        put(item, key, value)
        return result
    }

    /// Reads, changes and writes back one double-map entry.
    mutating func mutate<K1, K2, V, T>(_ item: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2,
                                       _ body: (inout V) throws -> T) throws -> T {
        var value = try get(item, key1, key2)
        let result = try body(&value)
        put(item, key1, key2, value)
        return result
    }
}

/// The dispatch error for anything a call throws: pallet errors by their index, storage corruption as
/// `Corruption`.
func dispatchError(for error: any Error) -> DispatchError {
    switch error {
    case let error as DispatchError: error
    case let error as SubtensorError: error.dispatchError
    case let error as BalancesError: error.dispatchError
    case let error as AdminUtilsError: error.dispatchError
    case let error as SudoError: error.dispatchError
    case let error as SystemError: error.dispatchError
    default: .corruption
    }
}
