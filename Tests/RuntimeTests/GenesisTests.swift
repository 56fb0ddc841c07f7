import BittensorTesting
import Foundation
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

@Suite struct ChainSpecJSONTests {
    @Test func theDevSpecSurvivesJSONAndGivesTheSameGenesis() throws {
        let json = try JSONEncoder().encode(ChainSpec.development)
        let decoded = try JSONDecoder().decode(ChainSpec.self, from: json)
        #expect(decoded == .development)
        #expect(try decoded.genesisBlock().block.hash == ChainSpec.development.genesisBlock().block.hash)
    }

    @Test func aHandWrittenSpecLoadsWithDefaultsForWhatItLeavesOut() throws {
        let alice = Dev.alice.ss58Address
        let json = """
            {"name": "Custom", "id": "custom", "chainType": "Local", "blockTimeMilliseconds": 12000,
             "properties": {"tokenSymbol": "TAO", "tokenDecimals": 9, "ss58Format": 42},
             "genesis": {"balances": [{"account": "\(alice)", "free": 5000000000000}], "sudo": "\(alice)",
                         "authorities": ["\(alice)"],
                         "subtensor": {"rootOwner": "\(alice)", "rootOwnerHotkey": "\(alice)", "subnetTempo": 360,
                                       "commitReveal": true, "faucet": false, "loopbackServing": false}}}
            """
        let spec = try JSONDecoder().decode(ChainSpec.self, from: Data(json.utf8))
        var chain = try DevChain(spec: spec)
        #expect(try chain.read(SubtensorStorage.startCallDelay) == 50_400)
        #expect(try chain.read(SubtensorStorage.tempo, 1) == 360)
        try chain.expectFailure(.subtensor(.faucet(blockNumber: 0, nonce: 0, work: [])), by: Dev.alice, SubtensorError.faucetDisabled)
        let broken = json.replacingOccurrences(of: "\"free\": 5000000000000", with: "\"free\": -1")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ChainSpec.self, from: Data(broken.utf8)) }
    }
}
