import ArgumentParser
import Primitives

/// `btcli subnets hyperparameters`: a subnet's hyperparameters with btcli's snake_case names.
struct SubnetsHyperparameters: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "hyperparameters",
                                                    abstract: "Show a subnet's hyperparameters.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption

    func run(on session: ChainSession) async throws {
        let fields = try await subnet.hyperparameters(session.client).namedValues
        session.show(hyperparameters: fields, title: "Subnet \(subnet.netuid) hyperparameters")
    }
}

extension ChainSession {
    /// Prints named hyperparameters as a JSON object or a two-column table under `title`.
    func show(hyperparameters fields: [(name: String, value: Any)], title: String) {
        var table = TextTable(headers: ["Hyperparameter", "Value"], alignments: [.left, .right])
        table.rows = fields.map { [$0.name, "\($0.value)"] }
        show(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) }), text: title + "\n" + table.render())
    }
}

extension SubnetHyperparameters {
    /// Every field with its snake_case name, integers as `Int` and flags as `Bool`, in declaration order.
    var namedValues: [(name: String, value: Any)] {
        Mirror(reflecting: self).children.compactMap { child in
            guard let label = child.label else { return nil }
            let value: Any = (child.value as? any BinaryInteger).map { Int(truncatingIfNeeded: $0) } ?? child.value
            return (snakeCased(label), value)
        }
    }
}

/// `weightsRateLimit` → `weights_rate_limit`.
func snakeCased(_ name: String) -> String {
    name.reduce(into: "") { result, character in
        result += character.isUppercase ? "_" + character.lowercased() : String(character)
    }
}
