import Foundation
import Testing

/// The real Bittensor 10.5 SDK (PyPI) drives our `subtensor --dev` through `Tests/Interop/sdk_chain_interop.py`:
/// it connects through our V15 metadata, reads state, and submits and watches extrinsics it builds itself.
///
/// `scripts/test` creates the venv; without it the test is disabled and says so.
@Suite("The Python SDK against our node", .enabled(if: ProcessRunner.interopPython != nil, "no interop venv: run scripts/test"))
struct PythonSDKChainTests {
    @Test func theSDKReadsAndWritesThroughOurMetadata() throws {
        let node = try LocalNode(["--dev"])
        let walletDirectory = try ProcessRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: walletDirectory) }
        let script = ProcessRunner.root.appendingPathComponent("Tests/Interop/sdk_chain_interop.py").path
        let run = try ProcessRunner.run(ProcessRunner.interopPython!, [script, node.url, walletDirectory], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        let lastLine = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let result = try ProcessResult(status: 0, stdout: lastLine, stderr: "").json()

        #expect(result["alice_balance_rao"] as? Int == 1_000_000_000_000_000)
        #expect(result["existential_deposit_rao"] as? Int == 500)
        #expect((result["v14_pallets"] as? [String])?.contains("SubtensorModule") == true)

        let transfer = try #require(result["transfer"] as? [String: Any])
        #expect(transfer["success"] as? Bool == true, "\(transfer)")
        #expect(transfer["received_rao"] as? Int == 1_500_000_000)
        #expect((transfer["fee_rao"] as? Int ?? 0) > 0)
        let events = transfer["events"] as? [String] ?? []
        #expect(events.contains("Balances.Transfer") && events.contains("System.ExtrinsicSuccess"), "\(events)")

        for step in ["register_subnet", "start_call", "burned_register", "add_stake", "sudo", "set_weights"] {
            let outcome = try #require(result[step] as? [String: Any], "\(step) ran")
            #expect(outcome["success"] as? Bool == true, "\(step): \(outcome)")
        }
        let netuid = try #require((result["register_subnet"] as? [String: Any])?["netuid"] as? Int)
        #expect(netuid >= 2)
        #expect(((result["add_stake"] as? [String: Any])?["stake_rao"] as? Int ?? 0) > 0)
        #expect((result["sudo"] as? [String: Any])?["rate_limit"] as? Int == 0)

        let metagraph = try #require(result["metagraph"] as? [String: Any])
        #expect(metagraph["n"] as? Int == 2)
        let minerUID = try #require((result["burned_register"] as? [String: Any])?["uid"] as? Int)
        let incentive = try #require(metagraph["incentive"] as? [Double])
        #expect(incentive[minerUID] > 0, "the miner the owner weighted earns incentive: \(metagraph)")
        #expect(((metagraph["dividends"] as? [Double])?[0] ?? 0) > 0, "the validating owner earns dividends")
    }
}
