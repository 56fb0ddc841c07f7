// Times the `state_call` of SubnetInfoRuntimeApi_get_metagraph on a full 256-UID subnet, for scripts/bench-node:
// builds a dev chain in memory (a subnet whose burn is capped by sudo so 255 hotkeys can register, a few staked
// validators setting weights, epochs run), then runs the runtime API and hex-encodes its result as the node's
// state_call does. Prints one JSON object with the median and best milliseconds over 50 calls.
import BittensorTesting
import Foundation
import Hashing
import Keys
import Primitives
import Runtime
import SCALE

struct Failure: Error, CustomStringConvertible { let description: String }

var chain = try DevChain()
let alice = DevChain.key("//Alice")
let bob = DevChain.key("//Bob")
let ownerHotkey = DevChain.key("//Bob_owner")

@discardableResult
@MainActor func block(_ extrinsics: [UncheckedExtrinsic]) throws -> [Result<ApplyOutcome, ExtrinsicRejection>] {
    let results = try chain.produceBlock(extrinsics).results
    for result in results {
        if case .failure(let rejection) = result { throw Failure(description: "rejected: \(rejection)") }
        if case .success(let outcome) = result, let error = outcome.error { throw Failure(description: "failed: \(error.name)") }
    }
    return results
}

try block([chain.sign(.subtensor(.registerNetwork(hotkey: DevChain.account(ownerHotkey))), with: bob)])
let netuid: UInt16 = 2
try block([chain.sign(.subtensor(.startCall(netuid: netuid)), with: bob)])
for (parameter, value) in [(Hyperparameter.maxBurn, UInt64(1_000_000)), (.minBurn, 500_000)] {
    try block([chain.sign(.sudo(.sudo(.adminUtils(AdminUtilsCall(parameter, netuid: netuid, value: .u64(value))))), with: alice)])
}
try block([chain.sign(.sudo(.sudo(.adminUtils(AdminUtilsCall(.weightsSetRateLimit, netuid: netuid, value: .u64(0))))),
                      with: alice)])

let hotkeys = (1..<256).map { DevChain.key("//Neuron\($0)") }
for start in stride(from: 0, to: hotkeys.count, by: 64) {
    let nonce = chain.nonce(of: alice)
    try block(hotkeys[start..<min(start + 64, hotkeys.count)].enumerated().map { offset, hotkey in
        chain.sign(.subtensor(.burnedRegister(netuid: netuid, hotkey: DevChain.account(hotkey))), with: alice,
                   nonce: nonce + UInt32(offset))
    })
}
let validators = Array(hotkeys.prefix(8))
let stakeNonce = chain.nonce(of: alice)
try block(validators.enumerated().map { offset, hotkey in
    chain.sign(.subtensor(.addStake(hotkey: DevChain.account(hotkey), netuid: netuid, amount: UInt64(100 + offset) * 1_000_000_000)),
               with: alice, nonce: stakeNonce + UInt32(offset))
})
let fundNonce = chain.nonce(of: alice)
try block(validators.enumerated().map { offset, hotkey in
    chain.sign(.balances(.transferKeepAlive(dest: .id(DevChain.account(hotkey)), value: 1_000_000_000)), with: alice,
               nonce: fundNonce + UInt32(offset))
})
try chain.advance(blocks: 12)
let uids = (0..<UInt16(256)).map { $0 }
try block(validators.map { validator in
    chain.sign(.subtensor(.setWeights(WeightsArguments(netuid: netuid, mechanism: 0, uids: uids,
                                                       values: uids.map { UInt16($0 % 97 + 1) }, versionKey: 0))),
               with: validator)
})
try chain.advance(blocks: 22)

let arguments = netuid.scaleEncoded
var times: [Double] = []
var size = 0
for _ in 0..<50 {
    let start = ContinuousClock.now
    let result = try RuntimeAPI.call("SubnetInfoRuntimeApi_get_metagraph", arguments: arguments, on: chain.state)
    let hex = Hex.encode(result, prefixed: true)
    let elapsed = ContinuousClock.now - start
    size = hex.count
    times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
}
times.sort()
let neurons = try SubtensorNeuronCount.count(chain.state, netuid: netuid)
let output: [String: Any] = ["uids": neurons, "median_ms": times[times.count / 2], "best_ms": times[0],
                             "result_hex_chars": size, "target_ms": 10]
print(String(decoding: try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys]), as: UTF8.self))

/// The subnet's UID count, read through the runtime API the SDK uses.
enum SubtensorNeuronCount {
    static func count(_ state: StorageState, netuid: UInt16) throws -> Int {
        let bytes = try RuntimeAPI.call("NeuronInfoRuntimeApi_get_neurons_lite", arguments: netuid.scaleEncoded, on: state)
        var reader = ScaleReader(bytes)
        return Int(try reader.decode(Compact<UInt64>.self).value)
    }
}
