import BittensorTesting
import Foundation
import Primitives
@testable import Runtime
import SCALE
import Testing

/// Long seeded random runs: conservation after every block, and the same roots in separate processes.
@Suite struct RandomRunTests {
    /// The TAO the last block minted (faucet) minus what it burned (fees and reaped dust).
    private func issuanceChange(_ events: [EventRecord]) -> Int128 {
        var change = Int128(0)
        for record in events {
            switch record.event {
            case .subtensor(.faucet(_, let amount)): change += Int128(amount)
            case .transactionFeePaid(_, let fee, _): change -= Int128(fee)
            case .balances(.dustLost(_, let amount)): change -= Int128(amount)
            default: break
            }
        }
        return change
    }

    @Test(arguments: [UInt64(7), 11])
    func everyBlockConservesTAOAndAlpha(seed: UInt64) throws {
        var chain = try DevChain()
        var workload = RandomWorkload(seed: seed)
        var issuance = Int128(try chain.state.subtensorIssuance())
        var succeeded = 0
        var failed = 0
        for _ in 0..<120 {
            let (_, results) = try chain.produceBlock(workload.extrinsics(for: chain, count: 12))
            for case .success(let outcome) in results {
                if outcome.error == nil { succeeded += 1 } else { failed += 1 }
            }
            // The coinbase mints at most the block emission into the pools (exact accounting is ConservationCheck's).
            let minted = Int128(try chain.state.subtensorIssuance()) - issuance - issuanceChange(try chain.state.events())
            let emission = Int128(try chain.read(SubtensorStorage.blockEmission))
            #expect(minted >= 0 && minted <= emission)
            issuance += minted + issuanceChange(try chain.state.events())
            try ConservationCheck.verify(chain.state)
        }
        #expect(succeeded > 300, "the workload exercises successful calls (\(succeeded))")
        #expect(failed > 100, "and failing ones (\(failed))")
        #expect(try chain.read(SubtensorStorage.totalNetworks) > 2, "subnets were registered")
    }

    @Test func twoProcessesImportTheSameBlocksToTheSameStateRoots() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let binary = ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_CHAIN_REPLAY"]
            ?? root.appendingPathComponent(".build/debug/chain-replay").path
        var chain = try DevChain()
        var workload = RandomWorkload(seed: 42)
        var blocks: [Block] = []
        for _ in 0..<30 { blocks.append(try chain.produceBlock(workload.extrinsics(for: chain, count: 10)).block) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("chain-replay-\(UUID().uuidString).scale")
        try Data(blocks.scaleEncoded).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        func importInNewProcess() throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["import", file.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return String(decoding: data, as: UTF8.self)
        }
        let first = try importInNewProcess()
        let second = try importInNewProcess()
        #expect(first == second)
        #expect(first.contains("\"head\":\"\(chain.head.hash)\""))
        #expect(first.contains("\"\(blocks[17].header.stateRoot)\""))
    }
}
