import ArgumentParser
import Client
import Primitives

/// `--uids`, `--weights` and `--version-key`, shared by `weights set`, `commit` and `reveal`.
struct WeightOptions: ParsableArguments {
    @Option(name: .customLong("uids"), help: "Comma-separated uids (1,2).") var uids: String
    @Option(name: .customLong("weights"), help: "Comma-separated weights, one per uid (0.5,0.5).") var weights: String
    @Option(name: .customLong("version-key"), help: "The weights version key (the subnet's by default).")
    var versionKey: UInt64?

    /// The call's arguments: the weights in the chain's u16 form, the subnet's version key unless one was given.
    func arguments(_ subnet: NetuidOption, salt: [UInt16] = [], client: Client) async throws -> WeightsArguments {
        let (uidList, values) = try WeightVector.parse(uids: uids, weights: weights)
        let version: UInt64
        if let versionKey {
            version = versionKey
        } else {
            version = try await subnet.hyperparameters(client).weightsVersion
        }
        return WeightsArguments(netuid: subnet.netuid, uids: uidList, values: values, salt: salt, versionKey: version)
    }
}
