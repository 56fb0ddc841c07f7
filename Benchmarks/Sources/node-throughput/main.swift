// A load generator for scripts/bench-node: pre-signs transfers from the dev accounts, submits them to a node's
// JSON-RPC over HTTP on loopback (batches of author_submitExtrinsic, one ordered stream per signer, retrying while
// the pool is full), and waits until every one is in a block. Prints one JSON object: transfers, seconds from the
// first submission to the block holding the last one, transfers per second, the signing time (not counted) and the
// submission time alone.
// Usage: node-throughput --url http://127.0.0.1:PORT/ [--transfers N] [--batch N]
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hashing
import Keys
import Primitives
import Runtime

struct Failure: Error, CustomStringConvertible { let description: String }

func option(_ name: String, default value: String) -> String {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return value }
    return CommandLine.arguments[index + 1]
}

let url = URL(string: option("--url", default: "http://127.0.0.1:9944/"))!
let total = Int(option("--transfers", default: "20000"))!
let batchSize = Int(option("--batch", default: "500"))!
let session = URLSession(configuration: .ephemeral)

/// One JSON-RPC request or batch; returns the parsed response.
func post(_ body: Any) async throws -> Any {
    try await post(data: try JSONSerialization.data(withJSONObject: body))
}

func post(data body: Data) async throws -> Any {
    var request = URLRequest(url: url)
    request.httpMethod = "POST"
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.httpBody = body
    request.timeoutInterval = 120
    let (data, _) = try await session.data(for: request)
    return try JSONSerialization.jsonObject(with: data)
}

func call(_ method: String, _ params: [Any] = []) async throws -> Any? {
    let response = try await post(["jsonrpc": "2.0", "id": 1, "method": method, "params": params]) as? [String: Any]
    if let error = response?["error"] { throw Failure(description: "\(method): \(error)") }
    return response?["result"]
}

func bestNumber() async throws -> Int {
    guard let header = try await call("chain_getHeader") as? [String: Any], let number = header["number"] as? String,
          let value = Int(number.dropFirst(2), radix: 16) else { throw Failure(description: "no header") }
    return value
}

let signers = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].map { try! Keypair(uri: "//\($0)", cryptoType: .sr25519) }
let destination = try AccountId32(Keypair(uri: "//Dest", cryptoType: .sr25519).publicKey)
guard let genesisText = try await call("chain_getBlockHash", [0]) as? String else { throw Failure(description: "no genesis") }
let genesis = try H256(Hex.decode(genesisText))
let startBlock = try await bestNumber()

// Pre-sign, one nonce sequence per signer.
let signStart = Date()
var streams: [[String]] = []
var firstNonces: [Int] = []
for (index, signer) in signers.enumerated() {
    let account = try AccountId32(signer.publicKey)
    let address = SS58.encode(publicKey: signer.publicKey, prefix: 42)
    guard let first = try await call("system_accountNextIndex", [address]) as? Int else { throw Failure(description: "no nonce") }
    let count = total / signers.count + (index < total % signers.count ? 1 : 0)
    firstNonces.append(first)
    streams.append((0..<count).map { offset in
        let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(destination), value: 1_000_000))
        let extra = SignedExtra(era: .immortal, nonce: UInt32(first + offset))
        let implicit = SignedImplicit(specVersion: RuntimeIdentity.specVersion,
                                      transactionVersion: RuntimeIdentity.transactionVersion,
                                      genesisHash: genesis, birthBlockHash: genesis)
        let message = signingPayload(call: call.scaleEncoded, extra: extra, implicit: implicit)
        let extrinsic = UncheckedExtrinsic(signature: .init(address: .id(account), signature: .sr25519(signer.sign(message)),
                                                            extra: extra), call: call.scaleEncoded)
        return Hex.encode(extrinsic.encoded, prefixed: true)
    })
}
let signSeconds = Date().timeIntervalSince(signStart)

/// The JSON-RPC batch submitting `extrinsics`, ids counting from 0.
func batchBody(_ extrinsics: ArraySlice<String>) throws -> Data {
    try JSONSerialization.data(withJSONObject: extrinsics.enumerated().map { offset, extrinsic in
        ["jsonrpc": "2.0", "id": offset, "method": "author_submitExtrinsic", "params": [extrinsic]] as [String: Any]
    })
}

// Request bodies are built before the clock starts, so the generator spends its time sending.
let bodies = try streams.map { stream in
    try stride(from: 0, to: stream.count, by: batchSize).map { try batchBody(stream[$0..<min($0 + batchSize, stream.count)]) }
}

// Submit: one ordered stream per signer; a batch whose tail hits a full pool resends that tail.
let start = Date()
try await withThrowingTaskGroup(of: Void.self) { group in
    for (stream, prepared) in zip(streams, bodies) {
        group.addTask {
            var next = 0
            while next < stream.count {
                let batch = stream[next..<min(next + batchSize, stream.count)]
                let body = next % batchSize == 0 ? prepared[next / batchSize] : try batchBody(batch)
                guard let answers = try await post(data: body) as? [[String: Any]] else {
                    throw Failure(description: "no batch reply")
                }
                var accepted = batch.count
                for answer in answers {
                    guard let error = answer["error"] as? [String: Any], let id = answer["id"] as? Int else { continue }
                    guard error["code"] as? Int == 1016 else { throw Failure(description: "rejected: \(error)") }
                    accepted = min(accepted, id)
                }
                next += accepted
                if accepted < batch.count { try await Task.sleep(for: .milliseconds(20)) }
            }
        }
    }
    try await group.waitForAll()
}
let submitSeconds = Date().timeIntervalSince(start)

// Wait until every signer's on-chain nonce (System.Account, SCALE u32 first) has passed its last transfer.
let finalNonces = streams.map(\.count)
for ((signer, count), first) in zip(zip(signers, finalNonces), firstNonces) {
    let key = SystemStorage.account.storageKey(try AccountId32(signer.publicKey))
    while true {
        guard let value = try await call("state_getStorage", [Hex.encode(key, prefixed: true)]) as? String else {
            throw Failure(description: "no account")
        }
        let bytes = try Hex.decode(value)
        let nonce = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        if nonce >= first + count { break }
        try await Task.sleep(for: .milliseconds(5))
    }
}
let lastBlock = try await bestNumber()
let seconds = Date().timeIntervalSince(start)
let result: [String: Any] = [
    "transfers": total, "seconds": seconds, "transfers_per_second": Double(total) / seconds,
    "blocks": lastBlock - startBlock, "submit_seconds": submitSeconds, "signing_seconds_not_counted": signSeconds,
]
print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
