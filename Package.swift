// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "swift-bittensor",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Hashing", targets: ["Hashing"]),
        .library(name: "SCALE", targets: ["SCALE"]),
        .library(name: "FixedPoint", targets: ["FixedPoint"]),
        .library(name: "Consensus", targets: ["Consensus"]),
        .library(name: "Keys", targets: ["Keys"]),
        .library(name: "Wallet", targets: ["Wallet"]),
        .library(name: "Primitives", targets: ["Primitives"]),
        .library(name: "Metadata", targets: ["Metadata"]),
        .library(name: "Runtime", targets: ["Runtime"]),
        .library(name: "NodeCore", targets: ["NodeCore"]),
        .library(name: "Node", targets: ["Node"]),
        .library(name: "Client", targets: ["Client"]),
        .library(name: "Neurons", targets: ["Neurons"]),
        .library(name: "TextPrediction", targets: ["TextPrediction"]),
        .library(name: "BittensorTesting", targets: ["BittensorTesting"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
        .executable(name: "btcli", targets: ["btcli"]),
        .executable(name: "chain-replay", targets: ["chain-replay"]),
        .executable(name: "subtensor", targets: ["subtensor"]),
        .executable(name: "example-axon", targets: ["example-axon"]),
        .executable(name: "example-dendrite", targets: ["example-dendrite"]),
        .executable(name: "text-miner", targets: ["text-miner"]),
        .executable(name: "text-validator", targets: ["text-validator"]),
        .executable(name: "localnet", targets: ["localnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .target(name: "Hashing", dependencies: ["CSodium"]),
        .target(name: "SCALE"),
        .target(name: "FixedPoint"),
        .target(name: "Consensus", dependencies: ["FixedPoint"]),
        .target(name: "CurveArithmetic", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Keys",
            dependencies: [
                "CSodium", "Hashing", "SCALE", "CurveArithmetic",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "Wallet", dependencies: ["CSodium", "Keys", "Hashing"]),
        .target(name: "Primitives", dependencies: ["Hashing", "SCALE", "Keys"]),
        .target(name: "Metadata", dependencies: ["SCALE"], exclude: ["Resources/SOURCE.md"],
                resources: [.copy("Resources/subtensor-mainnet-v15.scale")]),
        .target(name: "Runtime", dependencies: [
            "Primitives", "Hashing", "SCALE", "Keys", "FixedPoint", "Consensus", "Metadata",
        ]),
        .target(name: "NodeCore", dependencies: [
            "Runtime", "Primitives", .product(name: "HeapModule", package: "swift-collections"),
        ]),
        .target(name: "Node", dependencies: [
            "NodeCore", "Runtime", "Metadata", "Primitives", "SCALE", "Hashing", "Keys",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),
        .executableTarget(name: "subtensor", dependencies: [
            "Node", "NodeCore", "Runtime", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Client", dependencies: [
            "Primitives", "Runtime", "Keys", "SCALE", "Hashing",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Neurons", dependencies: [
            "Keys", "Hashing", "Client", "Primitives", "Wallet",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "HeapModule", package: "swift-collections"),
            .product(name: "DequeModule", package: "swift-collections"),
            .product(name: "Prometheus", package: "swift-prometheus"), .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "ExampleSynapses", dependencies: ["Neurons"]),
        .target(name: "TextPrediction", dependencies: [
            "Neurons", "Client", "Keys", "COpenBLAS", .product(name: "Logging", package: "swift-log"),
        ], exclude: ["Resources/SOURCE.md"], resources: [.copy("Resources/tinyshakespeare.txt")]),
        .executableTarget(name: "text-miner", dependencies: [
            "TextPrediction", "Neurons", "Client", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "localnet", dependencies: [
            "Client", "Keys", "Primitives", "Wallet", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .executableTarget(name: "text-validator", dependencies: [
            "TextPrediction", "Neurons", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "example-axon", dependencies: [
            "Neurons", "ExampleSynapses", "Keys", "Wallet", "Client", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "example-dendrite", dependencies: [
            "Neurons", "ExampleSynapses", "Keys", "Wallet", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "BittensorTesting", dependencies: ["Runtime", "Primitives", "Keys", "SCALE"]),
        .target(name: "Dashboard", dependencies: [
            "Client", "Primitives", "SCALE", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], resources: [.copy("Resources/dashboard.js"), .copy("Resources/dashboard.css"), .copy("Resources/favicon.svg")]),
        .target(name: "BittensorCLI", dependencies: [
            "Keys", "Wallet", "Hashing", "Consensus", "Client", "Primitives", "SCALE", "Dashboard",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "btcli", dependencies: ["BittensorCLI"]),
        .executableTarget(name: "chain-replay", dependencies: [
            "BittensorTesting", "Runtime", "Primitives", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "HashingTests", dependencies: [
            "Hashing", "TestSupport", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "SCALETests", dependencies: ["SCALE", "TestSupport"]),
        .testTarget(name: "FixedPointTests", dependencies: ["FixedPoint", "TestSupport"]),
        .testTarget(name: "ConsensusTests", dependencies: ["Consensus", "FixedPoint", "TestSupport"]),
        .testTarget(name: "CurveArithmeticTests", dependencies: ["CurveArithmetic", "TestSupport"]),
        .testTarget(name: "KeysTests", dependencies: [
            "Keys", "Hashing", "CSodium", "TestSupport", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "WalletTests", dependencies: ["Wallet", "Keys", "Hashing", "CSodium", "TestSupport"]),
        .testTarget(name: "PrimitivesTests", dependencies: ["Primitives", "Hashing", "SCALE", "Keys", "TestSupport"]),
        .testTarget(name: "RuntimeTests", dependencies: [
            "Runtime", "Primitives", "Hashing", "SCALE", "Keys", "Metadata", "BittensorTesting", "TestSupport",
        ]),
        .testTarget(name: "NodeCoreTests", dependencies: [
            "NodeCore", "Runtime", "Primitives", "Keys", "BittensorTesting", "TestSupport",
        ]),
        .testTarget(name: "NodeTests", dependencies: [
            "Node", "NodeCore", "Runtime", "Primitives", "Keys", "BittensorTesting", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "NeuronsTests", dependencies: [
            "Neurons", "ExampleSynapses", "Keys", "Hashing", "TestSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "DashboardTests", dependencies: [
            "Dashboard", "Client", "Primitives", "Runtime", "Keys", "BittensorTesting", "TextPrediction", "TestSupport",
        ]),
        .testTarget(name: "TextPredictionTests", dependencies: ["TextPrediction", "Neurons", "Keys", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: [
            "Keys", "Wallet", "Client", "Primitives", "Neurons", "ExampleSynapses", "TestSupport",
            .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)
