import Hashing
import Primitives
import Runtime
import SCALE
import TestSupport
import Testing

@Suite("Runtime storage: overlay transactions, roots and typed items")
struct StorageStateTests {
    @Test("nested transactions commit into their parent and roll back without a trace")
    func transactions() {
        var state = StorageState(entries: [(key: [1], value: [10])])
        let genesisRoot = { var copy = state; return copy.root() }()
        state.startTransaction()
        state.set([11], forKey: [1])
        state.set([20], forKey: [2])
        state.startTransaction()
        state.remove(key: [1])
        #expect(state.value(forKey: [1]) == nil)
        state.rollbackTransaction()
        #expect(state.value(forKey: [1]) == [11])
        state.startTransaction()
        state.set([30], forKey: [3])
        state.commitTransaction()
        #expect(state.transactionDepth == 1)
        state.rollbackTransaction()
        #expect(state.value(forKey: [1]) == [10])
        #expect(state.value(forKey: [2]) == nil)
        #expect(state.value(forKey: [3]) == nil)
        #expect(state.root() == genesisRoot)
    }

    @Test("the root after random changes equals a from-scratch V1 root, and prefix keys see the overlay")
    func roots() {
        var generator = SystemRandomNumberGenerator()
        var state = StorageState()
        var model = [[UInt8]: [UInt8]]()
        for block in 0..<20 {
            for _ in 0..<30 {
                let key = [UInt8(block % 4)] + (0..<Int.random(in: 0...3, using: &generator)).map { _ in UInt8.random(in: 0...5, using: &generator) }
                state.startTransaction()
                if Bool.random(using: &generator) {
                    let value = [UInt8](repeating: UInt8(block), count: Int.random(in: 0...40, using: &generator))
                    state.set(value, forKey: key)
                    state.commitTransaction()
                    model[key] = value
                } else if Bool.random(using: &generator) {
                    state.remove(key: key)
                    state.commitTransaction()
                    model[key] = nil
                } else {
                    state.set([0xEE], forKey: key)
                    state.rollbackTransaction()
                }
            }
            for prefix in [[UInt8](), [UInt8(block % 4)], [UInt8(block % 4), 1]] {
                let expected = model.keys.filter { $0.starts(with: prefix) }.sorted { $0.lexicographicallyPrecedes($1) }
                #expect(state.keys(withPrefix: prefix) == expected)
            }
            #expect(state.root() == TrieRoot.root(of: model.map { (key: $0.key, value: $0.value) }, layout: .v1), "block \(block)")
        }
        state.removeAll(withPrefix: [1])
        model = model.filter { !$0.key.starts(with: [1]) }
        #expect(state.root() == TrieRoot.root(of: model.map { (key: $0.key, value: $0.value) }, layout: .v1))
    }

    @Test("typed items use FRAME's key layout: System.Account(Alice)")
    func frameKeys() throws {
        let accounts = StorageMap<AccountId32, UInt64>(pallet: "System", item: "Account", hasher: .blake2_128Concat)
        let alice = try AccountId32(ss58: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        #expect(hexString(accounts.storageKey(alice)) == Fixtures.crypto.hashing.storage_keys[0].key)
        let number = StorageValue<UInt32>(pallet: "System", item: "Number")
        #expect(hexString(number.key) == "26aa394eea5630e07c48ae0c9558cef7" + "02a5c1b19ab7a04f536c519aca4983ac")
    }

    @Test("typed values and map entries round-trip; corrupt bytes are reported, not misread")
    func typedItems() throws {
        var state = StorageState()
        let tempo = StorageMap<UInt16, UInt16>(pallet: "SubtensorModule", item: "Tempo", hasher: .identity)
        let total = StorageValue<UInt64>(pallet: "SubtensorModule", item: "TotalIssuance")
        #expect(try total.get(in: state) == nil)
        total.set(21_000_000, in: &state)
        for netuid in [UInt16(3), 1, 2] { tempo.set(netuid, 100 + netuid, in: &state) }
        tempo.remove(2, in: &state)
        #expect(try total.get(in: state) == 21_000_000)
        #expect(try tempo.get(1, in: state) == 101)
        #expect(try tempo.entries(in: state).map(\.key) == [1, 3])
        state.set([1, 2, 3], forKey: total.key)
        #expect(throws: StorageDecodingError.self) { try total.get(in: state) }
    }
}
