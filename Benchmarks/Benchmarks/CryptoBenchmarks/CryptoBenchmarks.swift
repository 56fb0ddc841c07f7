import Benchmark
import Hashing
import Keys
import SCALE
import Wallet

let benchmarks: @Sendable () -> Void = {
    let keypair = try! Keypair(uri: "//Alice", cryptoType: .sr25519)
    let message = [UInt8](repeating: 0x42, count: 32)
    let signature = keypair.sign(message)

    Benchmark("sr25519 sign (32-byte message)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(keypair.sign(message)) }
    }

    Benchmark("sr25519 verify (32-byte message)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Sr25519.verify(signature: signature, message: message, publicKey: keypair.publicKey))
        }
    }

    let mebibyte = [UInt8](repeating: 0xA5, count: 1 << 20)
    Benchmark("BLAKE2b-256 of 1 MiB", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Blake2b.hash256(mebibyte)) }
    }

    let values: [UInt64] = (0..<1000).map { $0 &* 0x9E37_79B9_7F4A_7C15 }
    let encoded = values.map { Compact($0) }.scaleEncoded
    Benchmark("SCALE encode+decode 1000 compact u64") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(values.map { Compact($0) }.scaleEncoded)
            blackHole(try [Compact<UInt64>](scaleEncoded: encoded))
        }
    }

    let keyfile = KeyfileEncryption.encrypt(KeyfileData(keypair: keypair).json, password: "benchmark")
    Benchmark("keyfile unlock (Argon2i 512 MiB + secretbox)", configuration: .init(maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try KeyfileEncryption.decrypt(keyfile, password: "benchmark"))
        }
    }
}
