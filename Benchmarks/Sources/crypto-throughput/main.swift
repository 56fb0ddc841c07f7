// Prints swift-bittensor's crypto throughput as one JSON object, for scripts/bench-crypto, which runs
// schnorrkel (py-sr25519-bindings) and hashlib in the same run and prints the ratios.
import Foundation
import Hashing
import Keys
import Wallet

/// Best-of-`rounds` operations per second of `body`, run `iterations` times per round.
func rate(iterations: Int, rounds: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed / Double(iterations))
    }
    return 1 / best
}

let quick = CommandLine.arguments.contains("--quick")
/// `--only sr25519` skips the hashing and keyfile measurements (for profiling).
let onlySignatures = CommandLine.arguments.contains("sr25519")
let keypair = try Keypair(uri: "//Alice", cryptoType: .sr25519)
let message = [UInt8](repeating: 0x42, count: 32)
let signature = keypair.sign(message)
var sink = 0

let signRate = rate(iterations: quick ? 200 : 3000) { sink &+= Int(keypair.sign(message)[0]) }
let verifyRate = try rate(iterations: quick ? 200 : 3000) {
    guard try Sr25519.verify(signature: signature, message: message, publicKey: keypair.publicKey) else { fatalError("verify failed") }
}
if onlySignatures {
    print("{\"sr25519_sign_per_s\": \(signRate), \"sr25519_verify_per_s\": \(verifyRate)}")
    exit(0)
}
let mebibyte = [UInt8](repeating: 0xA5, count: 1 << 20)
let blakeRate = rate(iterations: quick ? 20 : 200) { sink &+= Int(Blake2b.hash256(mebibyte)[0]) }
let shortBlakeRate = rate(iterations: quick ? 2000 : 200_000) { sink &+= Int(Blake2b.hash256(message)[0]) }
let keyfile = KeyfileEncryption.encrypt(KeyfileData(keypair: keypair).json, password: "benchmark")
let unlockRate = try rate(iterations: 1, rounds: quick ? 1 : 3) { sink &+= try KeyfileEncryption.decrypt(keyfile, password: "benchmark").count }

let result: [String: Any] = [
    "sr25519_sign_per_s": signRate,
    "sr25519_verify_per_s": verifyRate,
    "blake2b_256_MB_per_s_1MiB": blakeRate * Double(1 << 20) / 1e6,
    "blake2b_256_ns_per_32B": 1e9 / shortBlakeRate,
    "keyfile_unlock_s": 1 / unlockRate,
    "sink": sink & 1,
]
let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
