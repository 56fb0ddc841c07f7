import BittensorTesting
import Foundation
import Primitives
import Runtime
import Testing
@testable import Dashboard

/// Pages rendered from blocks a real runtime built: a timestamp inherent, a transfer that succeeds and one that
/// fails, and what the chain page makes of them.
@Suite struct PageTests {
    @Test func chainPageShowsBlocksExtrinsicsAndTheirEvents() throws {
        var chain = try DevChain()
        let alice = DevChain.key("//Alice"), bob = DevChain.account(DevChain.key("//Bob"))
        let inherent = UncheckedExtrinsic(signature: nil, call: RuntimeCall.timestamp(.set(now: 1_764_950_400_250)).scaleEncoded)
        let transfer = try chain.sign(.balances(.transferKeepAlive(dest: .id(bob), value: 5_000_000_000)), with: alice)
        let tooMuch = try chain.sign(.balances(.transferKeepAlive(dest: .id(bob), value: UInt64.max / 2)), with: alice,
                                     nonce: chain.nonce(of: alice) + 1)
        let (block, results) = try chain.produceBlock([inherent, transfer, tooMuch])
        #expect(results.count == 3)
        let events = try SystemStorage.events.value(in: chain.state)
        let summary = BlockSummary(block: block, events: events)
        #expect(summary.number == 1 && summary.timestamp == 1_764_950_400_250 && summary.eventCount == events.count)
        #expect(summary.extrinsics.map(\.call) == ["Timestamp.set", "Balances.transfer_keep_alive", "Balances.transfer_keep_alive"])
        #expect(summary.extrinsics.map(\.succeeded) == [true, true, false])
        #expect(summary.extrinsics[0].signer == nil && summary.extrinsics[1].signer == DevChain.account(alice))
        #expect(summary.extrinsics[1].events.contains("Balances.Transfer"))
        #expect(summary.extrinsics[2].events.contains("System.ExtrinsicFailed"))

        var snapshot = NetworkSnapshot()
        snapshot.connected = true
        snapshot.head = 1
        snapshot.recentBlocks = [summary]
        let page = ChainPage.main(snapshot)
        #expect(page.contains("Balances.transfer_keep_alive") && page.contains("TransactionPayment.TransactionFeePaid"))
        #expect(page.contains("<span class=\"bad\">failed</span>") && page.contains("16:00:00.250"))
        #expect(page.contains("href=\"/accounts/\(DevChain.account(alice).ss58Address)\""))
        #expect(ChainPage.time(86_399_999) == "23:59:59.999")

        let document = PageLayout.document(title: "Chain", section: .chain, snapshot: snapshot, main: page)
        #expect(document.contains("<strong id=\"head-number\">#1</strong>") && document.contains("aria-current=\"page\">Chain"))
        #expect(!document.contains("http://") && !document.contains("https://"), "nothing is loaded from elsewhere")
    }

    /// Names and keys from the chain and from the validator's JSON are text, never markup.
    @Test func chainAndValidatorTextIsEscaped() throws {
        var snapshot = NetworkSnapshot()
        var subnet = DynamicInfo(netuid: 3, ownerHotkey: DevChain.account(DevChain.key("//Bob")),
                                 ownerColdkey: DevChain.account(DevChain.key("//Bob")))
        subnet.subnetName = Array("<script>alert(1)</script>".utf8)
        subnet.tokenSymbol = Array("<b>".utf8)
        snapshot.subnets = [subnet]
        let list = SubnetsPage.main(snapshot)
        let one = try #require(SubnetPage.main(snapshot, netuid: 3))
        for page in [list, one] {
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>") && !page.contains("<b>"))
        }
        let hostile = #"{"miners": {"<img src=x onerror=alert(1)>": {"uid": 1, "bits_per_byte": 2, "last_bits_per_byte": 2, "last_reward": 1, "rounds": 1}}, "steps": 1, "block": 5}"#
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        snapshot.scores.record(try decoder.decode(ValidatorScores.self, from: Data(hostile.utf8)))
        let reference = ReferencePage.main(snapshot, configured: true)
        #expect(reference.contains("&lt;img src=x onerror=alert(1)&gt;") && !reference.contains("<img"))
    }

    /// A block whose events this code cannot decode is still listed, with its extrinsics and the reason.
    @Test func undecodableEventsAreReportedNotFatal() throws {
        var chain = try DevChain()
        let (block, _) = try chain.produceBlock([])
        let summary = BlockSummary(block: block, events: nil)
        #expect(summary.eventCount == nil && summary.problem == "events not decodable")
        let header = BlockSummary(header: block.header, problem: "extrinsics not decodable: pallet 40")
        var snapshot = NetworkSnapshot()
        snapshot.recentBlocks = [summary, header]
        let page = ChainPage.main(snapshot)
        #expect(page.contains("Could not read") && page.contains("extrinsics not decodable: pallet 40"))
    }

    @Test func problemsAreShownNotHidden() {
        var snapshot = NetworkSnapshot()
        snapshot.problem = "node ws://127.0.0.1:1 unreachable: <refused>"
        let page = ChainPage.main(snapshot)
        #expect(page.contains("<p class=\"notice\">") && page.contains("&lt;refused&gt;"))
        #expect(SubnetPage.main(snapshot, netuid: 7) == nil)
        #expect(ReferencePage.main(snapshot, configured: false).contains("--validator-url"))
        #expect(ReferencePage.main(snapshot, configured: true).contains("No scores read yet."))
    }
}
