import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// Helpers shared by the per-call tests (subnet set-up, stake reads, and the "a failed call changes nothing but
/// fee and nonce" check).

/// The account id of a dev key.
func id(_ key: Keypair) -> AccountId32 { Dev.account(key) }

extension DevChain {
    /// Submits `call` and expects it to fail with the pallet error `expected`, and checks that the resulting
    /// state differs from an empty block's only by the signer's fee and nonce.
    @discardableResult
    mutating func expectFails(_ call: RuntimeCall, by key: Keypair, _ expected: some PalletError,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> ApplyOutcome {
        try expectFails(call, by: key, error: expected.dispatchError, sourceLocation: sourceLocation)
    }

    /// `expectFails` for a plain `DispatchError`.
    @discardableResult
    mutating func expectFails(_ call: RuntimeCall, by key: Keypair, error expected: DispatchError,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> ApplyOutcome {
        var baseline = self
        try baseline.produceBlock()
        let outcome = try submit(call, by: key)
        let got = outcome.error?.name ?? "success"
        #expect(outcome.error == expected, "\(got) instead of \(expected.name)", sourceLocation: sourceLocation)
        try Self.expectOnlyFeeAndNonce(state, against: baseline.state, signer: id(key), fee: outcome.fee,
                                       sourceLocation: sourceLocation)
        return outcome
    }

    /// Every storage key of `state` equals `baseline`'s except the signer's account (free − fee, nonce + 1),
    /// the two issuance counters (− fee) and the block's event and extrinsic bookkeeping.
    static func expectOnlyFeeAndNonce(_ state: StorageState, against baseline: StorageState, signer: AccountId32,
                                      fee: UInt64, sourceLocation: SourceLocation) throws {
        let allowed: Set<[UInt8]> = [
            SystemStorage.account.storageKey(signer), BalancesStorage.totalIssuance.key,
            SubtensorStorage.totalIssuance.key, SystemStorage.events.key, SystemStorage.eventCount.key,
            SystemStorage.extrinsicCount.key,
        ]
        let keys = Set(state.keys(withPrefix: [])).union(baseline.keys(withPrefix: []))
        let changed = keys.filter { state.value(forKey: $0) != baseline.value(forKey: $0) && !allowed.contains($0) }
        #expect(changed.isEmpty, "a failed call changed \(changed.count) storage keys", sourceLocation: sourceLocation)
        let before = try baseline.accountInfo(of: signer)
        let after = try state.accountInfo(of: signer)
        #expect(after.nonce == before.nonce + 1, "nonce", sourceLocation: sourceLocation)
        #expect(after.free + fee == before.free, "free balance vs fee", sourceLocation: sourceLocation)
        #expect(try state.balancesIssuance() + fee == baseline.balancesIssuance(), sourceLocation: sourceLocation)
        #expect(try state.subtensorIssuance() + fee == baseline.subtensorIssuance(), sourceLocation: sourceLocation)
    }

    /// `Sudo.sudo(call)` that must succeed.
    mutating func sudoOK(_ call: RuntimeCall, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let error = try sudo(call)
        #expect(error == nil, "sudo call failed with \(error?.name ?? "")", sourceLocation: sourceLocation)
    }

    /// Root sets a hyperparameter.
    mutating func setParameter(_ parameter: Hyperparameter, netuid: UInt16? = nil, _ value: HyperparameterValue,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        try sudoOK(.adminUtils(AdminUtilsCall(parameter, netuid: netuid, value: value)), sourceLocation: sourceLocation)
    }

    /// `owner` registers a subnet with `hotkey` as its owner hotkey and (unless told otherwise) starts it.
    /// Returns the new netuid.
    @discardableResult
    mutating func createSubnet(owner: Keypair = Dev.bob, hotkey: Keypair = Dev.hotkey("Bob_owner"),
                               start: Bool = true) throws -> UInt16 {
        try expectSuccess(.subtensor(.registerNetwork(hotkey: id(hotkey))), by: owner)
        var netuid: UInt16?
        for event in try lastEvents() {
            if case .subtensor(.networkAdded(let added, _)) = event { netuid = added }
        }
        let created = try #require(netuid)
        if start { try expectSuccess(.subtensor(.startCall(netuid: created)), by: owner) }
        return created
    }

    /// `coldkey` burns to register `hotkey` on `netuid`; returns the uid.
    @discardableResult
    mutating func register(_ hotkey: Keypair, on netuid: UInt16, by coldkey: Keypair = Dev.charlie,
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> UInt16 {
        try expectSuccess(.subtensor(.burnedRegister(netuid: netuid, hotkey: id(hotkey))), by: coldkey,
                          sourceLocation: sourceLocation)
        let uid = try read(SubtensorStorage.uids, netuid, id(hotkey))
        return try #require(uid, sourceLocation: sourceLocation)
    }

    /// Alice sends `amount` to `key` so that it can pay fees (hotkeys sign serving and weights calls).
    mutating func fund(_ keys: Keypair..., amount: UInt64 = 10 * tao) throws {
        for key in keys {
            try expectSuccess(.balances(.transferKeepAlive(dest: .id(id(key)), value: amount)), by: Dev.alice)
        }
    }

    /// The chain after one more empty block: the state the next block's extrinsics see, since block
    /// initialization (coinbase, epochs) does not depend on the block's extrinsics.
    func afterEmptyBlock() throws -> DevChain {
        var next = self
        try next.produceBlock()
        return next
    }

    /// A read-only runtime context on the current state (for internal reads and direct pallet calls).
    var context: RuntimeContext { RuntimeContext(state: state, blockNumber: UInt64(head.number)) }

    /// The alpha `coldkey` holds on `hotkey` in `netuid`.
    func stake(_ hotkey: Keypair, _ coldkey: Keypair, _ netuid: UInt16) throws -> UInt64 {
        try context.stake(hotkey: id(hotkey), coldkey: id(coldkey), netuid: netuid)
    }

    /// `TotalHotkeyAlpha[hotkey][netuid]`.
    func hotkeyAlpha(_ hotkey: Keypair, _ netuid: UInt16) throws -> UInt64 {
        try SubtensorStorage.totalHotkeyAlpha.value(id(hotkey), netuid, in: state)
    }

    /// Produces blocks until `netuid`'s epoch counter advances (at most two tempos).
    mutating func advanceToNextEpoch(_ netuid: UInt16) throws {
        let start = try read(SubtensorStorage.subnetEpochIndex, netuid)
        for _ in 0..<40 {
            try produceBlock()
            if try read(SubtensorStorage.subnetEpochIndex, netuid) > start { return }
        }
        Issue.record("no epoch on subnet \(netuid)")
    }

    /// The subtensor events of the last block.
    func subtensorEvents() throws -> [SubtensorEvent] {
        try lastEvents().compactMap { if case .subtensor(let event) = $0 { event } else { nil } }
    }
}
