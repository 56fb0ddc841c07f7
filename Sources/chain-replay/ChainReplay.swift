import ArgumentParser
import BittensorTesting
import Foundation
import Primitives
import Runtime
import SCALE

/// Produces dev-chain blocks from a seeded random workload, or imports such blocks in a fresh process, and
/// prints every block's state root as JSON, so that two processes (or machines) can be compared.
@main
struct ChainReplay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chain-replay",
        abstract: "Produce or import dev-chain blocks and print their state roots.",
        subcommands: [Generate.self, Import.self, Bench.self])

    /// `{"blocks": n, "head": "0x…", "stateRoots": ["0x…", …]}`.
    static func report(_ blocks: [Block]) -> String {
        let roots = blocks.map { "\"\($0.header.stateRoot)\"" }.joined(separator: ",")
        return "{\"blocks\":\(blocks.count),\"head\":\"\(blocks.last?.hash.description ?? "")\",\"stateRoots\":[\(roots)]}"
    }
}

/// `chain-replay generate`: builds blocks and writes them, SCALE-encoded as `Vec<Block>`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build blocks from a seeded random workload.")

    @Option(help: "The workload's seed.")
    var seed: UInt64 = 1

    @Option(help: "How many blocks to produce (1...100000).")
    var blocks: Int = 20

    @Option(name: .customLong("per-block"), help: "Extrinsics offered per block (0...10000).")
    var perBlock: Int = 20

    @Option(help: "Where to write the blocks.")
    var output: String

    func validate() throws {
        guard (1...100_000).contains(blocks) else { throw ValidationError("--blocks must be in 1...100000") }
        guard (0...10_000).contains(perBlock) else { throw ValidationError("--per-block must be in 0...10000") }
    }

    func run() throws {
        var chain = try DevChain()
        var workload = RandomWorkload(seed: seed)
        var produced: [Block] = []
        for _ in 0..<blocks {
            produced.append(try chain.produceBlock(workload.extrinsics(for: chain, count: perBlock)).block)
        }
        try Data(produced.scaleEncoded).write(to: URL(fileURLWithPath: output), options: .atomic)
        print(ChainReplay.report(produced))
    }
}

/// `chain-replay import`: executes blocks on the dev genesis state, checking each block's roots.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import blocks written by `generate` and check their roots.")

    @Argument(help: "A file of SCALE-encoded blocks (Vec<Block>).")
    var file: String

    func run() throws {
        let blocks = try [Block](scaleEncoded: Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        var state = try ChainSpec.development.genesisBlock().state
        for block in blocks { state = try BlockBuilder.execute(block, parentState: state) }
        print(ChainReplay.report(blocks))
    }
}
