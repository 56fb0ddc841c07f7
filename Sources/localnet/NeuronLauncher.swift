/// Starts the local network's neurons: `text-miner` and `text-validator` with their wallets, the node's address
/// and the subnet, logging under the work folder.
struct NeuronLauncher {
    let binaries: String
    let folders: WorkFolders
    let netuid: UInt16
    let url: String
    let tempo: Int
    let trainMinutes: Double
    let validatorTimeout: Double

    /// Starts `plan`'s process; a validator serves its scores on `scoresPort` (0: a free one).
    /// - Throws: when it cannot be started.
    func start(_ plan: NeuronPlan, scoresPort: Int = 0) throws -> ChildProcess {
        var arguments = ["--netuid", "\(netuid)", "--wallet.path", folders.wallets, "--wallet.name", plan.name,
                         "--subtensor.network", url]
        let executable: String
        switch plan.role {
        case .validator:
            executable = "text-validator"
            arguments += ["--scores.port", "\(scoresPort)", "--neuron.full_path", "\(folders.run)/\(plan.name)",
                          "--neuron.epoch_length", "\(tempo)", "--neuron.timeout", "\(validatorTimeout)",
                          "--neuron.sample_size", "64", "--neuron.step_seconds", "1"]
        case .miner(let model, let order, let misbehave):
            executable = "text-miner"
            let checkpoint = order.map { "\(model)-\($0)" } ?? model
            arguments += ["--axon.port", "0", "--model", model, "--checkpoint", "\(folders.checkpoints)/\(checkpoint).ckpt",
                          "--train-minutes", "\(trainMinutes)"]
            if let order { arguments += ["--order", "\(order)"] }
            if let misbehave { arguments += ["--misbehave", misbehave] }
        }
        return try ChildProcess(name: plan.name, executable: "\(binaries)/\(executable)", arguments: arguments,
                                logPath: "\(folders.logs)/\(plan.name).log")
    }
}
