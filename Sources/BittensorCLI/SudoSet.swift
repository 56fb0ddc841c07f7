import ArgumentParser
import Client
import Primitives

/// `btcli sudo set`: sets a hyperparameter through `AdminUtils`, as root (wrapped in `Sudo.sudo`) when the coldkey
/// is the chain's sudo key, else as the subnet's owner.
struct SudoSet: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a subnet or chain hyperparameter.")

    @OptionGroup var options: ChainOptions
    @Option(name: [.customLong("netuid"), .customLong("subnet.netuid")], help: "The subnet (omit for chain-wide parameters).")
    var netuid: UInt16?
    @Option(name: .customLong("param"), help: "The hyperparameter (weights_rate_limit, tempo, …).") var param: String
    @Option(name: .customLong("value"), help: "The new value (a number, true/false, or low,high for alpha_values).")
    var value: String

    func run(on session: ChainSession) async throws {
        let parameter = try HyperparameterName.parse(param)
        guard parameter.takesNetuid == (netuid != nil) else {
            throw CLIError(parameter.takesNetuid ? "\(param) is per subnet: give --netuid" : "\(param) is chain-wide: drop --netuid")
        }
        let setter = AdminUtilsCall(parameter, netuid: netuid, value: try HyperparameterName.value(value, kind: parameter.kind))
        let coldkey = try session.coldkey()
        let asRoot = try await session.client.sudoKey() == AccountId32(coldkey.publicKey)
        try options.prompt.confirm("Set \(param) to \(value)\(netuid.map { " on subnet \($0)" } ?? "")\(asRoot ? " as root" : "")?")
        let call: RuntimeCall = asRoot ? .sudo(.sudo(.adminUtils(setter))) : .adminUtils(setter)
        let receipt = try await session.submit(call, signer: coldkey, action: "Set \(param)")
        session.report(receipt, "Set \(param) to \(value)",
                       data: ["param": param, "value": value, "netuid": netuid.map { Int($0) } as Any, "as_root": asRoot])
    }
}

/// Hyperparameter names as btcli and the setters spell them.
enum HyperparameterName {
    /// btcli's names where they differ from the setter's (`sudo_set_<name>`).
    static let aliases: [String: Hyperparameter] = [
        "weights_rate_limit": .weightsSetRateLimit, "bonds_moving_avg": .bondsMovingAverage,
        "max_validators": .maxAllowedValidators, "registration_allowed": .networkRegistrationAllowed,
        "commit_reveal_period": .commitRevealWeightsInterval, "target_regs_per_interval": .targetRegistrationsPerInterval,
        "max_regs_per_block": .maxRegistrationsPerBlock, "weights_version": .weightsVersionKey,
        "max_uids": .maxAllowedUids, "transfers_enabled": .toggleTransfer, "yuma3_enabled": .yuma3Enabled,
    ]

    /// The setter for `name`: a btcli name, the setter's own name, or the name with `sudo_set_`.
    /// - Throws: `CLIError` listing the known names.
    static func parse(_ name: String) throws -> Hyperparameter {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if let known = aliases[key] { return known }
        if let known = Hyperparameter.allCases.first(where: { $0.callName == key || $0.callName == "sudo_set_" + key }) {
            return known
        }
        let names = (Array(aliases.keys) + Hyperparameter.allCases.map { String($0.callName.dropFirst("sudo_set_".count)) })
        throw CLIError("unknown hyperparameter '\(name)'; known: \(Set(names).sorted().joined(separator: ", "))")
    }

    /// `text` in the setter's wire type.
    /// - Throws: `CLIError` when it does not fit.
    static func value(_ text: String, kind: HyperparameterKind) throws -> HyperparameterValue {
        let bad = CLIError("--value '\(text)' is not a valid \(kind)")
        switch kind {
        case .u8: return .u8(try UInt8(text).orThrow(bad))
        case .u16: return .u16(try UInt16(text).orThrow(bad))
        case .u64: return .u64(try UInt64(text).orThrow(bad))
        case .i16: return .i16(try Int16(text).orThrow(bad))
        case .bool:
            switch text.lowercased() {
            case "true", "1", "yes", "on": return .bool(true)
            case "false", "0", "no", "off": return .bool(false)
            default: throw bad
            }
        case .u16Pair:
            let parts = text.split(separator: ",").compactMap { UInt16($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2 else { throw bad }
            return .u16Pair(parts[0], parts[1])
        }
    }
}

extension Optional {
    /// The wrapped value, or `error` thrown.
    func orThrow(_ error: @autoclosure () -> any Error) throws -> Wrapped {
        guard let self else { throw error() }
        return self
    }
}
