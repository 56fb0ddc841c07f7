import Keys
import Primitives
import Runtime

/// SplitMix64: a small, seeded, deterministic generator, so a workload replays identically anywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A seeded random mix of every kind of call the runtime dispatches (transfers, faucet, subnet and neuron
/// registration, staking in all its forms, serving, weights, takes, root registration, sudo hyperparameters),
/// signed by the dev accounts and a few fresh ones, with amounts chosen so that many succeed and many fail.
public struct RandomWorkload: Sendable {
    private var random: SplitMix64
    private let coldkeys: [Keypair]
    private let hotkeys: [Keypair]

    /// A workload seeded with `seed`.
    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        coldkeys = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie", "Grace", "Heidi"].map { DevChain.key("//\($0)") }
        hotkeys = (0..<8).map { DevChain.key("//hotkey\($0)") }
    }

    /// `count` signed extrinsics for `chain`'s next block (nonces continue per signer within the batch).
    public mutating func extrinsics(for chain: DevChain, count: Int) -> [UncheckedExtrinsic] {
        var nonces: [AccountId32: UInt32] = [:]
        return (0..<count).map { _ in
            let signer = coldkeys[Int(random.next() % UInt64(coldkeys.count))]
            let (call, key) = nextCall(signer: signer)
            let account = DevChain.account(key)
            let nonce = nonces[account] ?? chain.nonce(of: key)
            nonces[account] = nonce + 1
            return chain.sign(call, with: key, nonce: nonce)
        }
    }

    private mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    private mutating func amount(upTo taoAmount: UInt64) -> UInt64 { random.next() % (taoAmount * 1_000_000_000) + 1 }
    private mutating func netuid() -> UInt16 { UInt16(random.next() % 5) }
    private mutating func hotkey() -> AccountId32 { DevChain.account(pick(hotkeys)) }

    private mutating func nextCall(signer: Keypair) -> (RuntimeCall, Keypair) {
        switch random.next() % 20 {
        case 0, 1:
            return (.balances(.transferKeepAlive(dest: .id(DevChain.account(pick(coldkeys + hotkeys))),
                                                  value: amount(upTo: 500))), signer)
        case 2: return (.balances(.transferAllowDeath(dest: .id(hotkey()), value: amount(upTo: 50))), signer)
        case 3: return (.subtensor(.faucet(blockNumber: 0, nonce: 0, work: [])), signer)
        case 4: return (.subtensor(.registerNetwork(hotkey: hotkey())), signer)
        case 5: return (.subtensor(.startCall(netuid: netuid())), signer)
        case 6, 7: return (.subtensor(.burnedRegister(netuid: netuid(), hotkey: hotkey())), signer)
        case 8, 9: return (.subtensor(.addStake(hotkey: hotkey(), netuid: netuid(), amount: amount(upTo: 200))), signer)
        case 10: return (.subtensor(.removeStake(hotkey: hotkey(), netuid: netuid(), amount: amount(upTo: 100))), signer)
        case 11: return (.subtensor(.unstakeAll(hotkey: hotkey())), signer)
        case 12:
            return (.subtensor(.moveStake(originHotkey: hotkey(), destinationHotkey: hotkey(), originNetuid: netuid(),
                                          destinationNetuid: netuid(), alphaAmount: amount(upTo: 50))), signer)
        case 13:
            return (.subtensor(.transferStake(destinationColdkey: DevChain.account(pick(coldkeys)), hotkey: hotkey(),
                                              originNetuid: netuid(), destinationNetuid: netuid(),
                                              alphaAmount: amount(upTo: 50))), signer)
        case 14:
            let endpoint = AxonEndpoint(netuid: netuid(), version: 1, ip: 0x7f00_0001, port: UInt16(8000 + random.next() % 100),
                                        ipType: 4, protocol: 0)
            return (.subtensor(.serveAxon(endpoint)), pick(hotkeys))
        case 15:
            let uids = (0..<UInt16(random.next() % 4 + 1)).map { $0 }
            let weights = WeightsArguments(netuid: netuid(), uids: uids, values: uids.map { _ in UInt16(random.next() % 65536) },
                                           versionKey: 0)
            return (.subtensor(.setWeights(weights)), pick(hotkeys))
        case 16:
            let take = UInt16(random.next() % 12_000)
            return (.subtensor(random.next() % 2 == 0 ? .increaseTake(hotkey: hotkey(), take: take)
                                                      : .decreaseTake(hotkey: hotkey(), take: take)), signer)
        case 17: return (.subtensor(.rootRegister(hotkey: hotkey())), signer)
        case 18:
            let setter = AdminUtilsCall(.maxAllowedUids, netuid: UInt16(random.next() % 4 + 1),
                                        value: .u16(UInt16(random.next() % 8 + 2)))
            return (.sudo(.sudo(.adminUtils(setter))), pick([coldkeys[0], signer]))
        default: return (.system(.remark(Array(repeating: UInt8(random.next() & 0xff), count: Int(random.next() % 300)))), signer)
        }
    }
}
