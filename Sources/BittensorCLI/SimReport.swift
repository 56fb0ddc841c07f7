import Consensus
import Foundation

/// The text report of `btcli sim run`: one table per epoch and a totals table. Numbers are formatted with
/// `Double` for display only.
struct SimReport {
    let scenario: SimulationScenario
    let epochs: [SimulatedEpoch]

    /// A `u16` proportion as a decimal fraction.
    static func fraction(_ value: UInt16) -> String { String(format: "%.4f", Double(value) / 65535) }

    /// Rao as alpha (1 α = 10⁹ rao).
    static func alpha(_ rao: some BinaryInteger, decimals: Int = 4) -> String {
        String(format: "%.\(decimals)f", Double(rao) / 1e9)
    }

    /// The heading and table of one epoch.
    func table(_ record: SimulatedEpoch) -> String {
        let label = scenario.segments[record.segment].label.map { " \"\($0)\"" } ?? ""
        var table = TextTable(
            headers: ["UID", "NAME", "STAKE (α)", "CONSENSUS", "INCENTIVE", "DIVIDENDS", "EMISSION (α)", "VPERMIT"],
            alignments: [.right, .left, .right, .right, .right, .right, .right, .left])
        let output = record.output
        for uid in 0..<scenario.n {
            table.rows.append([
                "\(uid)", scenario.name(of: uid), Self.alpha(record.stakeRao[uid]),
                Self.fraction(output.consensus[uid]),
                Self.fraction(output.incentive[uid]), Self.fraction(output.dividends[uid]),
                Self.alpha(output.emission[uid], decimals: 6), output.validatorPermit[uid] ? "*" : "",
            ])
        }
        return "Epoch \(record.epoch) · block \(record.block) · segment \(record.segment)\(label)\n" + table.render()
    }

    /// Emission per UID summed over all epochs, split into incentive (miner) and dividend (validator) parts.
    func totals() -> String {
        var table = TextTable(
            headers: ["UID", "NAME", "INCENTIVE EMISSION (α)", "DIVIDEND EMISSION (α)", "TOTAL (α)"],
            alignments: [.right, .left, .right, .right, .right])
        for uid in 0..<scenario.n {
            let server = epochs.reduce(UInt128(0)) { $0 + UInt128($1.output.serverEmission[uid]) }
            let validator = epochs.reduce(UInt128(0)) { $0 + UInt128($1.output.validatorEmission[uid]) }
            table.rows.append([
                "\(uid)", scenario.name(of: uid), Self.alpha(server, decimals: 6), Self.alpha(validator, decimals: 6),
                Self.alpha(server + validator, decimals: 6),
            ])
        }
        return "Totals over \(epochs.count) epochs\n" + table.render()
    }

    /// The whole report.
    func render() -> String {
        let header = scenario.description.map { [$0] } ?? []
        return (header + epochs.map(table) + [totals()]).joined(separator: "\n\n")
    }
}
