import Keys

/// One neuron the local network runs: a validator, or a miner with its model (and, for demonstrations, its
/// misbehaviour), with its wallet and deterministic development keys.
struct NeuronPlan {
    /// What a neuron runs.
    enum Role: Equatable {
        case validator
        case miner(model: String, order: Int?, misbehave: String?)
    }

    /// Its wallet's name (`validator-1`, `miner-3`).
    let name: String
    let role: Role

    /// `validator` or `miner`, as the JSON reports.
    var roleName: String { role == .validator ? "validator" : "miner" }

    /// The model as the table shows it: `ngram-5`, `neural`, `ngram-1 (garbage)`; nil for validators.
    var modelName: String? {
        guard case .miner(let model, let order, let misbehave) = role else { return nil }
        let base = order.map { "\(model)-\($0)" } ?? model
        return misbehave.map { "\(base) (\($0))" } ?? base
    }

    /// The coldkey: `//Localnet/<name>`.
    func coldkey() throws -> Keypair { try Keypair(uri: "//Localnet/\(name)", cryptoType: .sr25519) }
    /// The hotkey: `//Localnet/<name>/hotkey`.
    func hotkey() throws -> Keypair { try Keypair(uri: "//Localnet/\(name)/hotkey", cryptoType: .sr25519) }

    /// The miners `--miners` lists: comma-separated `ngram:ORDER`, `neural`, `garbage` or `sleep` (the last two
    /// an order-1 n-gram miner that answers with noise, or too late).
    static func miners(_ list: String) throws -> [NeuronPlan] {
        try list.split(separator: ",").enumerated().map { index, item in
            let parts = item.split(separator: ":").map(String.init)
            let name = "miner-\(index + 1)"
            switch (parts.first, parts.count) {
            case ("ngram", 2):
                guard let order = Int(parts[1]), (1...8).contains(order) else {
                    throw PlanError("ngram order must be 1…8 in '\(item)'")
                }
                return NeuronPlan(name: name, role: .miner(model: "ngram", order: order, misbehave: nil))
            case ("neural", 1):
                return NeuronPlan(name: name, role: .miner(model: "neural", order: nil, misbehave: nil))
            case ("garbage", 1), ("sleep", 1):
                return NeuronPlan(name: name, role: .miner(model: "ngram", order: 1, misbehave: parts[0]))
            default:
                throw PlanError("unknown miner '\(item)'; use ngram:ORDER, neural, garbage or sleep")
            }
        }
    }
}

/// A `--miners` list that does not parse.
struct PlanError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
