// swift-tools-version:6.1
import PackageDescription

/// Benchmarks for swift-bittensor, kept out of the main package so users never build them.
///
/// - `swift package benchmark` runs the package-benchmark suites in `Benchmarks/`.
/// - `crypto-throughput` prints ops/s as JSON for `scripts/bench-crypto`, which compares them with
///   schnorrkel and hashlib in the same run.
/// - `node-throughput` is the load generator of `scripts/bench-node` (signed transfers per second end to end);
///   `metagraph-query` times the metagraph `state_call` on a full 256-UID subnet for the same script.
/// - `axon-load` is the load generator of `scripts/bench-axon` (pre-signed `Dummy` requests per second and their
///   latency, against our axon and Bittensor 10.5's); it shares `LoadGeneration` (raw keep-alive HTTP/1.1 sockets,
///   CPU time) with `node-throughput`. `dendrite-fanout` times one dendrite call to 256 in-process axons for
///   `scripts/bench-dendrite`.
/// - `text-models` prints the reference subnet's models' held-out bits per byte, training time, serving latency
///   and collective mixture against bzip2 and xz for `scripts/bench-text`.
/// - `epoch-throughput` prints `Yuma.epoch` median times as JSON for `scripts/bench-epoch`, which compares
///   them with the targets of issue 4.
let package = Package(
    name: "swift-bittensor-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-bittensor", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "CryptoBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Hashing", package: "swift-bittensor"),
                .product(name: "SCALE", package: "swift-bittensor"),
                .product(name: "Wallet", package: "swift-bittensor"),
            ],
            path: "Benchmarks/CryptoBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "metagraph-query",
            dependencies: [
                .product(name: "BittensorTesting", package: "swift-bittensor"),
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Hashing", package: "swift-bittensor"),
                .product(name: "Primitives", package: "swift-bittensor"),
                .product(name: "Runtime", package: "swift-bittensor"),
                .product(name: "SCALE", package: "swift-bittensor"),
            ]
        ),
        .target(name: "LoadGeneration"),
        .executableTarget(
            name: "node-throughput",
            dependencies: [
                "LoadGeneration",
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Hashing", package: "swift-bittensor"),
                .product(name: "NodeCore", package: "swift-bittensor"),
                .product(name: "Primitives", package: "swift-bittensor"),
                .product(name: "Runtime", package: "swift-bittensor"),
            ]
        ),
        .executableTarget(
            name: "axon-load",
            dependencies: [
                "LoadGeneration",
                .product(name: "Hashing", package: "swift-bittensor"),
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Neurons", package: "swift-bittensor"),
            ]
        ),
        .executableTarget(
            name: "dendrite-fanout",
            dependencies: [
                "LoadGeneration",
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Neurons", package: "swift-bittensor"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "EpochBenchmarks",
            dependencies: [
                "EpochScenarios",
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Consensus", package: "swift-bittensor"),
            ],
            path: "Benchmarks/EpochBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .target(name: "EpochScenarios", dependencies: [.product(name: "Consensus", package: "swift-bittensor")]),
        .executableTarget(
            name: "epoch-throughput",
            dependencies: ["EpochScenarios", .product(name: "Consensus", package: "swift-bittensor")]
        ),
        .executableTarget(
            name: "text-models",
            dependencies: [
                .product(name: "TextPrediction", package: "swift-bittensor"),
                .product(name: "Neurons", package: "swift-bittensor"),
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "crypto-throughput",
            dependencies: [
                .product(name: "Keys", package: "swift-bittensor"),
                .product(name: "Hashing", package: "swift-bittensor"),
                .product(name: "SCALE", package: "swift-bittensor"),
                .product(name: "Wallet", package: "swift-bittensor"),
            ]
        ),
    ]
)
