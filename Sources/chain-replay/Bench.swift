import ArgumentParser
import Dispatch
import BittensorTesting
import Keys
import Primitives
import Runtime

/// `chain-replay bench`: applies pre-signed extrinsics into blocks on in-memory state, signature checks
/// included, and reports throughput per call kind and the state-root cost per block.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure block production throughput (release build).")

    @Option(name: .customLong("block-size"), help: "Extrinsics per block (1...20000).")
    var blockSize: Int = 2000

    @Option(help: "Blocks per call kind (1...100).")
    var blocks: Int = 5

    @Option(help: "Distinct signers (1...5000).")
    var signers: Int = 500

    func validate() throws {
        guard (1...20_000).contains(blockSize) else { throw ValidationError("--block-size must be in 1...20000") }
        guard (1...100).contains(blocks) else { throw ValidationError("--blocks must be in 1...100") }
        guard (1...5000).contains(signers) else { throw ValidationError("--signers must be in 1...5000") }
    }

    func run() throws {
        let keys = (0..<signers).map { DevChain.key("//bench\($0)") }
        var spec = ChainSpec.development
        spec.genesis.balances += keys.map { .init(account: $0.ss58Address, free: 1_000_000_000_000_000) }
        var chain = try DevChain(spec: spec)
        let hotkeys = try setUpNeurons(&chain, keys: keys)
        print("{")
        let kinds: [(String, (Int) -> RuntimeCall)] = [
            ("transfer_keep_alive", { .balances(.transferKeepAlive(dest: .id(DevChain.account(keys[($0 + 1) % keys.count])),
                                                                   value: 1_000_000_000 + UInt64($0))) }),
            ("remark", { _ in .system(.remark(Array(repeating: 7, count: 32))) }),
            ("add_stake", { .subtensor(.addStake(hotkey: hotkeys[$0 % hotkeys.count], netuid: 2, amount: 10_000_000_000)) }),
        ]
        for (index, (name, make)) in kinds.enumerated() {
            let result = try measure(&chain, keys: keys, make: make)
            let separator = index == kinds.count - 1 ? "" : ","
            print("  \"\(name)\": \(result)\(separator)")
        }
        print("}")
    }

    /// Registers subnet 2 and one neuron per ten signers, so staking has hotkeys to stake to.
    private func setUpNeurons(_ chain: inout DevChain, keys: [Keypair]) throws -> [AccountId32] {
        let owner = DevChain.key("//Alice")
        let register = chain.sign(.subtensor(.registerNetwork(hotkey: DevChain.account(keys[0]))), with: owner)
        let start = chain.sign(.subtensor(.startCall(netuid: 2)), with: owner, nonce: 1)
        try chain.produceBlock([register, start])
        let hotkeys = stride(from: 1, to: keys.count, by: 10).map { DevChain.account(keys[$0]) }
        try chain.produceBlock(hotkeys.indices.map { index in
            chain.sign(.subtensor(.burnedRegister(netuid: 2, hotkey: hotkeys[index])), with: keys[(index * 10 + 1) % keys.count])
        })
        return hotkeys
    }

    /// Signs `blocks × blockSize` calls round-robin over the signers (outside the timing), then times each block.
    private func measure(_ chain: inout DevChain, keys: [Keypair], make: (Int) -> RuntimeCall) throws -> String {
        let clock = ContinuousClock()
        var total = Duration.zero
        var rootTotal = Duration.zero
        var verifyTotal = Duration.zero
        var applied = 0
        var failed = 0
        for _ in 0..<blocks {
            var nonces = keys.map { chain.nonce(of: $0) }
            let batch = (0..<blockSize).map { index in
                let signer = index % keys.count
                defer { nonces[signer] += 1 }
                return chain.sign(make(index), with: keys[signer], nonce: nonces[signer])
            }
            verifyTotal += clock.measure { verifyInParallel(batch, chain: chain) }
            let start = clock.now
            var builder = try BlockBuilder(parentState: chain.state, parentHash: chain.head.hash, number: chain.head.number + 1)
            let results = builder.apply(batch)
            let rootStart = clock.now
            let (block, _) = builder.finish()
            let end = clock.now
            total += end - start
            rootTotal += end - rootStart
            for result in results {
                if case .success(let outcome) = result, outcome.error == nil { applied += 1 } else { failed += 1 }
            }
            _ = try chain.produceBlock(block.extrinsics)
        }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        let rootMs = (Double(rootTotal.components.seconds) + Double(rootTotal.components.attoseconds) / 1e18) * 1000
        let perSecond = Int(Double(blocks * blockSize) / seconds)
        let verifySeconds = Double(verifyTotal.components.seconds) + Double(verifyTotal.components.attoseconds) / 1e18
        let verifyPerSecond = Int(Double(blocks * blockSize) / verifySeconds)
        let microseconds = seconds * 1e6 / Double(blocks * blockSize)
        return "{\"extrinsics_per_second\": \(perSecond), \"microseconds_per_extrinsic\": \(Int(microseconds)), "
            + "\"state_root_ms_per_block\": \(Int(rootMs / Double(blocks))), "
            + "\"signatures_alone_per_second\": \(verifyPerSecond), \"succeeded\": \(applied), \"failed\": \(failed)}"
    }

    /// Verifies the batch's (immortal) signatures alone on all cores, for comparison with the full pipeline.
    private func verifyInParallel(_ batch: [UncheckedExtrinsic], chain: DevChain) {
        let implicit = SignedImplicit(specVersion: RuntimeIdentity.specVersion,
                                      transactionVersion: RuntimeIdentity.transactionVersion,
                                      genesisHash: chain.genesisHash, birthBlockHash: chain.genesisHash)
        let work = batch.map { extrinsic -> ([UInt8], [UInt8], [UInt8]) in
            let signature = extrinsic.signature!
            guard case .sr25519(let bytes) = signature.signature, case .id(let account) = signature.address else {
                return ([], [], [])
            }
            return (bytes, signingPayload(call: extrinsic.call, extra: signature.extra, implicit: implicit), account.bytes)
        }
        let threads = 2
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: work.count, by: threads) {
                let (signature, message, key) = work[index]
                precondition(Keypair.verify(signature: signature, message: message, publicKey: key, cryptoType: .sr25519))
            }
        }
    }
}
