// The load generator of scripts/bench-node: signed transfers per second end to end (RPC submit → pool → block →
// SQLite commit) on loopback, from a generator built not to be the bottleneck. Before the clock starts it signs
// the transfers from the six dev accounts (one nonce sequence each) and builds every HTTP request's bytes: JSON-RPC
// batches of author_submitExtrinsic. Timed, a few threads send them over keep-alive POSIX sockets, one request at
// a time per connection, checking each reply by byte search only, and never more than the node's pool holds (so
// that any error reply is a failure), while the main thread reads the signers' nonces every few milliseconds until
// every transfer is in a block. Prints one JSON object: transfers per second from the first submission to the
// probe that saw the last one included, the transfers in each block, and the CPU time of the generator and of the
// node (--node-pid) over the same span. Any error reply, or running past --timeout, fails the run (exit status 1).
// Usage: node-throughput --url http://127.0.0.1:PORT/ [--node-pid PID] [--transfers N]
//        [--batch N (default: a 16th of the pool, 512, so that full batches fill it exactly)]
//        [--connections N (default 3)] [--timeout SECONDS (default 120)]
import Foundation
import Hashing
import Keys
import LoadGeneration
import NodeCore
import Primitives
import Runtime

func option(_ name: String, default value: String) -> String {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return value }
    return CommandLine.arguments[index + 1]
}

func exitFailing(_ message: String) -> Never {
    FileHandle.standardError.write(Data("node-throughput: FAILED: \(message)\n".utf8))
    exit(1)
}

let signers = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].map {
    try! Keypair(uri: "//\($0)", cryptoType: .sr25519)
}
let poolLimit = TransactionPool.Limits().count
guard let total = Int(option("--transfers", default: "20000")), (1...1_000_000).contains(total),
      let batchSize = Int(option("--batch", default: "\(min(poolLimit / 16, 1000))")), (1...1000).contains(batchSize),
      let connectionCount = Int(option("--connections", default: "3")), (1...signers.count).contains(connectionCount),
      let timeout = Double(option("--timeout", default: "120")), timeout > 0,
      let nodePID = Int32(option("--node-pid", default: "0")) else {
    exitFailing("--transfers 1...1000000, --batch 1...1000 (the node's batch limit), "
        + "--connections 1...\(signers.count), --timeout > 0 seconds, --node-pid a process id")
}

// Everything, setup included, must finish within --timeout.
DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [timeout] in
    exitFailing("not done after --timeout \(timeout) s")
}

/// How often, in seconds, the main thread reads the nonces: the end time's resolution, and the most delay before
/// a sealed block's room in the pool is used.
let probeInterval = 0.005

do {
    let endpoint = try Endpoint(option("--url", default: "http://127.0.0.1:9944/"))
    let setup = try endpoint.connect()
    guard let genesisText = try endpoint.call("chain_getBlockHash", [0], on: setup) as? String else {
        throw Failure("no genesis hash")
    }
    let genesis = try H256(Hex.decode(genesisText))
    let destination = try AccountId32(Keypair(uri: "//Dest", cryptoType: .sr25519).publicKey)

    // Pre-sign, one nonce sequence per signer, and build the requests.
    let prepareStart = ContinuousClock.now
    var streams: [[SubmissionBatch]] = []
    var firstNonces: [Int] = []
    for (index, signer) in signers.enumerated() {
        let account = try AccountId32(signer.publicKey)
        let address = SS58.encode(publicKey: signer.publicKey, prefix: 42)
        guard let first = try endpoint.call("system_accountNextIndex", [address], on: setup) as? Int else {
            throw Failure("no nonce for \(address)")
        }
        let count = total / signers.count + (index < total % signers.count ? 1 : 0)
        firstNonces.append(first)
        let extrinsics = (0..<count).map { offset in
            let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(destination), value: 1_000_000))
            let extra = SignedExtra(era: .immortal, nonce: UInt32(first + offset))
            let implicit = SignedImplicit(specVersion: RuntimeIdentity.specVersion,
                                          transactionVersion: RuntimeIdentity.transactionVersion,
                                          genesisHash: genesis, birthBlockHash: genesis)
            let message = signingPayload(call: call.scaleEncoded, extra: extra, implicit: implicit)
            let extrinsic = UncheckedExtrinsic(signature: .init(address: .id(account), signature: .sr25519(signer.sign(message)),
                                                                extra: extra), call: call.scaleEncoded)
            return Hex.encode(extrinsic.encoded, prefixed: true)
        }
        streams.append(stride(from: 0, to: count, by: batchSize).map {
            SubmissionBatch(extrinsics[$0..<min($0 + batchSize, count)], to: endpoint)
        })
    }
    let accountKeys = try signers.map { SystemStorage.account.storageKey(try AccountId32($0.publicKey)) }
    let probe = InclusionProbe(accountKeys: accountKeys, endpoint: endpoint)
    let prepareSeconds = (ContinuousClock.now - prepareStart) / .seconds(1)

    // Connect before the clock starts; signer i goes over connection i mod --connections.
    let probeConnection = try endpoint.connect()
    let (startNonces, startBlock) = try probe.read(over: probeConnection)
    guard startNonces == firstNonces else {
        throw Failure("the signers have transactions pending (nonces \(startNonces), next \(firstNonces))")
    }
    let senders = try (0..<connectionCount).map { connection in
        Sender(connection: try endpoint.connect(),
               streams: stride(from: connection, to: streams.count, by: connectionCount).map { streams[$0] })
    }

    // Timed: first submission → the probe that sees every transfer in a block.
    let pacing = Pacing(total: total, poolLimit: poolLimit)
    let group = DispatchGroup()
    let nodeCPUStart = nodePID > 0 ? try CPUTime.processSeconds(nodePID) : nil
    let ownCPUStart = CPUTime.ownSeconds()
    let start = ContinuousClock.now
    for sender in senders { sender.start(pacing: pacing, group: group) }
    var lastBlock = startBlock
    while true {
        Thread.sleep(forTimeInterval: probeInterval)
        let failures = pacing.state.failures
        if let first = failures.first { throw Failure("\(failures.count) failed batch(es); first: \(first)") }
        let (nonces, best) = try probe.read(over: probeConnection)
        let included = zip(nonces, firstNonces).reduce(0) { $0 + $1.0 - $1.1 }
        pacing.include(included)
        lastBlock = best
        if included == total { break }
    }
    let end = ContinuousClock.now
    let ownCPU = CPUTime.ownSeconds() - ownCPUStart
    let nodeCPU = try nodeCPUStart.map { try CPUTime.processSeconds(nodePID) - $0 }
    group.wait()
    guard let lastAccepted = pacing.state.lastAccepted else { throw Failure("all included but not all accepted") }

    // Untimed: how many transfers each block holds (its extrinsics less the timestamp inherent).
    var blockTransfers: [Int] = []
    for number in stride(from: startBlock + 1, through: lastBlock, by: 1) {
        guard let hash = try endpoint.call("chain_getBlockHash", [number], on: setup) as? String,
              let block = try endpoint.call("chain_getBlock", [hash], on: setup) as? [String: Any],
              let extrinsics = (block["block"] as? [String: Any])?["extrinsics"] as? [Any] else {
            throw Failure("no block #\(number)")
        }
        blockTransfers.append(extrinsics.count - 1)
    }

    let seconds = (end - start) / .seconds(1)
    func rounded(_ value: Double, _ places: Double = 3) -> Double {
        (value * pow(10, places)).rounded() / pow(10, places)
    }
    var result: [String: Any] = [
        "transfers": total, "seconds": rounded(seconds), "transfers_per_second": Int(Double(total) / seconds),
        "block_transfers": blockTransfers, "pool_limit": poolLimit, "batch": batchSize, "connections": connectionCount,
        "submit_seconds": rounded((lastAccepted - start) / .seconds(1)),
        "prepare_seconds_not_counted": rounded(prepareSeconds), "generator_cpu_seconds": rounded(ownCPU),
        "generator_cpu_us_per_transfer": rounded(ownCPU * 1e6 / Double(total), 1),
    ]
    if let nodeCPU {
        result["node_cpu_seconds"] = rounded(nodeCPU)
        result["node_cpu_us_per_transfer"] = rounded(nodeCPU * 1e6 / Double(total), 1)
    }
    print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
} catch {
    exitFailing("\(error)")
}
