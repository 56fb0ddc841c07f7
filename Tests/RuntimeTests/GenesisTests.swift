import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

@Suite struct GenesisTests {
    @Test func devAccountsAreTheDerivedDevKeys() throws {
        let endowed = ChainSpec.development.genesis.balances.map(\.account)
        let derived = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].map { DevChain.key("//\($0)").ss58Address }
        #expect(endowed == derived)
        #expect(ChainSpec.development.genesis.sudo == Dev.alice.ss58Address)
        #expect(ChainSpec.development.genesis.subtensor.rootOwnerHotkey == DevChain.key("//Alice_hk").ss58Address)
        #expect(ChainSpec.local.genesis.authorities == ["One", "Two", "Three"].map { DevChain.key("//\($0)").ss58Address })
    }

    @Test func devGenesisHasTheDocumentedState() throws {
        let chain = try DevChain()
        #expect(try chain.free(Dev.alice) == 1_000_000 * tao)
        #expect(try chain.free(Dev.ferdie) == 2000 * tao)
        #expect(try chain.read(SudoStorage.key) == Dev.account(Dev.alice))
        #expect(try chain.read(SubtensorStorage.networksAdded, 0))
        #expect(try chain.read(SubtensorStorage.networksAdded, 1))
        #expect(try !chain.read(SubtensorStorage.networksAdded, 2))
        #expect(try chain.read(SubtensorStorage.totalNetworks) == 2)
        #expect(try chain.read(SubtensorStorage.subnetTAO, 1) == 10 * tao)
        #expect(try chain.read(SubtensorStorage.subnetAlphaOut, 1) == tao)
        #expect(try chain.read(SubtensorStorage.keys, 1, 0) == .zero)
        #expect(try chain.read(SubtensorStorage.tempo, 1) == 10)
        #expect(try !chain.read(SubtensorStorage.commitRevealWeightsEnabled, 1))
        let balances = 3 * 1_000_000 * tao + 3 * 2000 * tao
        #expect(try chain.state.balancesIssuance() == balances)
        #expect(try chain.state.subtensorIssuance() == balances + 10 * tao)
        try ConservationCheck.verify(chain.state)
    }

    @Test func genesisIsDeterministic() throws {
        #expect(try DevChain().genesisHash == DevChain().genesisHash)
        #expect(try DevChain().genesisHash != DevChain(spec: .local).genesisHash)
    }

    @Test func badGenesisValuesAreRefusedByField() throws {
        var spec = ChainSpec.development
        spec.genesis.sudo = "not-an-address"
        #expect(throws: GenesisError.self) { try spec.genesisState() }
        spec = .development
        spec.genesis.balances.append(spec.genesis.balances[0])
        #expect { try spec.genesisState() } throws: { ($0 as? GenesisError)?.reason.contains("endowed twice") == true }
        spec = .development
        spec.genesis.balances[0].free = 10
        #expect { try spec.genesisState() } throws: { ($0 as? GenesisError)?.reason.contains("existential") == true }
    }
}
