import ArgumentParser
import Client
import Primitives

/// `btcli weights commit`: commits the hash of weights and a salt (commit-reveal v2); `weights reveal` later
/// sends the weights and the same salt.
struct WeightsCommit: ChainCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit", abstract: "Commit a hash of weights (for subnets with commit-reveal on).")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var weightOptions: WeightOptions
    @Option(name: .customLong("salt"), help: "Comma-separated u16 salt (random when omitted; keep it for the reveal).")
    var salt: String?

    func run(on session: ChainSession) async throws {
        let saltValues = try salt.map(WeightSalt.parse) ?? WeightSalt.random()
        let arguments = try await weightOptions.arguments(subnet, salt: saltValues, client: session.client)
        let (uidList, values) = (arguments.uids, arguments.values)
        let hotkey = try session.hotkey()
        let hash = arguments.commitHash(hotkey: try AccountId32(hotkey.publicKey))
        try options.prompt.confirm("Commit weights on subnet \(subnet.netuid) (salt \(WeightSalt.text(saltValues)))?")
        let receipt = try await session.submit(.subtensor(.commitWeights(netuid: subnet.netuid, commitHash: hash)),
                                               signer: hotkey, action: "Commit weights")
        session.report(receipt, "Committed weights on subnet \(subnet.netuid): reveal them with --salt \(WeightSalt.text(saltValues))",
                       data: ["netuid": Int(subnet.netuid), "commit_hash": hash.description,
                              "salt": saltValues.map(Int.init), "uids": uidList.map(Int.init), "weights": values.map(Int.init)])
    }
}

/// `btcli weights reveal`: reveals committed weights with their salt.
struct WeightsReveal: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "reveal", abstract: "Reveal committed weights.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var weightOptions: WeightOptions
    @Option(name: .customLong("salt"), help: "The salt printed by `weights commit`.") var salt: String

    func run(on session: ChainSession) async throws {
        let arguments = try await weightOptions.arguments(subnet, salt: try WeightSalt.parse(salt), client: session.client)
        let (uidList, values) = (arguments.uids, arguments.values)
        let hotkey = try session.hotkey()
        try options.prompt.confirm("Reveal weights on subnet \(subnet.netuid)?")
        let receipt = try await session.submit(.subtensor(.revealWeights(arguments)), signer: hotkey,
                                               action: "Reveal weights") { name in
            switch name {
            case "InvalidRevealCommitHashNotMatch": "no commit matches these uids, weights, salt and version key"
            case "RevealTooEarly": "a commit can be revealed in the epoch after it was made"
            case "ExpiredWeightCommit": "the commit expired; commit again"
            default: nil
            }
        }
        session.report(receipt, "Revealed weights on subnet \(subnet.netuid)",
                       data: ["netuid": Int(subnet.netuid), "uids": uidList.map(Int.init), "weights": values.map(Int.init)])
    }
}

/// A commit-reveal salt: u16 values, as the Python SDK makes them.
enum WeightSalt {
    /// Parses `1,2,3`.
    /// - Throws: `CLIError` for an empty list or a value that is not a u16.
    static func parse(_ text: String) throws -> [UInt16] {
        let values = try text.split(separator: ",").map { part -> UInt16 in
            guard let value = UInt16(part.trimmingCharacters(in: .whitespaces)) else {
                throw CLIError("--salt: '\(part)' is not a number from 0 to 65535")
            }
            return value
        }
        guard !values.isEmpty else { throw CLIError("--salt is empty") }
        return values
    }

    /// Eight random u16 values.
    static func random() -> [UInt16] { (0..<8).map { _ in UInt16.random(in: .min ... .max) } }

    static func text(_ salt: [UInt16]) -> String { salt.map(String.init).joined(separator: ",") }
}
