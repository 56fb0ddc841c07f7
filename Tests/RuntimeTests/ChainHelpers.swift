import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// Dev keys used across the runtime tests.
enum Dev {
    static let alice = DevChain.key("//Alice")
    static let bob = DevChain.key("//Bob")
    static let charlie = DevChain.key("//Charlie")
    static let dave = DevChain.key("//Dave")
    static let eve = DevChain.key("//Eve")
    static let ferdie = DevChain.key("//Ferdie")

    static func account(_ key: Keypair) -> AccountId32 { DevChain.account(key) }
    static func hotkey(_ name: String) -> Keypair { DevChain.key("//\(name)") }
}

/// 1 TAO in rao.
let tao: UInt64 = 1_000_000_000

extension DevChain {
    /// Signs `call` with `key`, puts it alone in a new block and returns its outcome.
    @discardableResult
    mutating func submit(_ call: RuntimeCall, by key: Keypair, tip: UInt64 = 0) throws -> ApplyOutcome {
        let extrinsic = sign(call, with: key, tip: tip)
        let result = try produceBlock([extrinsic]).results[0]
        return try result.get()
    }

    /// Submits `call` and expects it to fail with the pallet error `expected`.
    mutating func expectFailure(_ call: RuntimeCall, by key: Keypair, _ expected: some PalletError,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectFailure(call, by: key, expected.dispatchError, sourceLocation: sourceLocation)
    }

    /// Submits `call` and expects it to fail with `expected`, leaving the state as only the fee and nonce change it.
    mutating func expectFailure(_ call: RuntimeCall, by key: Keypair, _ expected: DispatchError,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try submit(call, by: key)
        #expect(outcome.error == expected, "\(outcome.error?.name ?? "success") instead of \(expected.name)",
                sourceLocation: sourceLocation)
    }

    /// Submits `call` and expects success.
    mutating func expectSuccess(_ call: RuntimeCall, by key: Keypair, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try submit(call, by: key)
        #expect(outcome.error == nil, "failed with \(outcome.error?.name ?? "")", sourceLocation: sourceLocation)
    }

    /// `Sudo.sudo(call)` from Alice; returns the inner call's error from the `Sudid` event.
    mutating func sudo(_ call: RuntimeCall) throws -> DispatchError? {
        try expectSuccess(.sudo(.sudo(call)), by: Dev.alice)
        for record in try state.events() {
            if case .sudo(.sudid(let error)) = record.event { return error }
        }
        Issue.record("no Sudid event")
        return nil
    }

    /// The free balance of `key`'s account.
    func free(_ key: Keypair) throws -> UInt64 { try state.accountInfo(of: DevChain.account(key)).free }

    /// Reads a typed storage value through the runtime's own declarations.
    func read<V>(_ item: StorageValue<V>) throws -> V { try item.value(in: state) }
    func read<K, V>(_ item: StorageMap<K, V>, _ key: K) throws -> V { try item.value(key, in: state) }
    func read<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2) throws -> V? {
        try item.get(key1, key2, in: state)
    }

    /// The events of the last block.
    func lastEvents() throws -> [RuntimeEvent] { try state.events().map(\.event) }
}
