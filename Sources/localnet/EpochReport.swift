import Client
import Foundation
import Primitives

/// What the local network prints after each of the subnet's epochs: the metagraph as the chain has it then,
/// with each neuron's role and model, and the bits per byte the first validator measured.
struct EpochReport {
    /// One neuron's row.
    struct Row {
        let uid: Int
        let hotkey: String
        let role: String
        let model: String?
        let stake: Double
        let incentive: Double
        let dividends: Double
        let emission: Double
        let bitsPerByte: Double?
    }

    let epoch: Int
    let block: UInt32
    let collectiveBitsPerByte: Double?
    let bestSingleBitsPerByte: Double?
    let validatorSteps: Int?
    let rows: [Row]

    /// The report for `metagraph`, naming neurons by `plans` (by hotkey) and reading bits per byte from the
    /// first validator's `scoreboard` (its `/scores` JSON, nil when unavailable).
    init(epoch: Int, metagraph: SubnetMetagraph, plans: [String: NeuronPlan], scoreboard: [String: Any]?) {
        let miners = scoreboard?["miners"] as? [String: [String: Any]] ?? [:]
        self.epoch = epoch
        block = metagraph.block
        collectiveBitsPerByte = scoreboard?["collective_bits_per_byte"] as? Double
        bestSingleBitsPerByte = scoreboard?["best_single_bits_per_byte"] as? Double
        validatorSteps = scoreboard?["steps"] as? Int
        rows = metagraph.uids.map { uid in
            let index = Int(uid)
            let hotkey = metagraph.hotkeys[index].ss58Address
            let plan = plans[hotkey]
            let role = plan?.roleName ?? (metagraph.validatorPermit[index] ? "validator" : "miner")
            return Row(uid: index, hotkey: hotkey, role: role, model: plan?.modelName,
                       stake: Double(metagraph.totalStake[index]) / 1e9, incentive: metagraph.incentive[index],
                       dividends: metagraph.dividends[index], emission: Double(metagraph.emission[index]) / 1e9,
                       bitsPerByte: role == "miner" ? miners[hotkey]?["bits_per_byte"] as? Double : nil)
        }
    }

    /// One JSON line: `{"epoch", "block", "collective_bits_per_byte", "best_single_bits_per_byte",
    /// "validator_steps", "neurons": [{"uid", "hotkey", "role", "model", "stake", "incentive", "dividends",
    /// "emission", "bits_per_byte"}]}`.
    var json: String {
        let neurons: [[String: Any]] = rows.map { row in
            ["uid": row.uid, "hotkey": row.hotkey, "role": row.role, "model": row.model ?? NSNull(),
             "stake": row.stake, "incentive": row.incentive, "dividends": row.dividends, "emission": row.emission,
             "bits_per_byte": row.bitsPerByte ?? NSNull()]
        }
        let object: [String: Any] = [
            "epoch": epoch, "block": Int(block), "collective_bits_per_byte": collectiveBitsPerByte ?? NSNull(),
            "best_single_bits_per_byte": bestSingleBitsPerByte ?? NSNull(), "validator_steps": validatorSteps ?? NSNull(),
            "neurons": neurons,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The table: a heading line with the collective model, then one row per uid.
    var table: String {
        let bits = { (value: Double?) in value.map { String(format: "%.3f", $0) } ?? "–" }
        var lines = ["epoch \(epoch) · block \(block) · collective model \(bits(collectiveBitsPerByte)) bits/byte "
            + "(best single miner \(bits(bestSingleBitsPerByte)))"]
        let widths = [4, 9, 18, 12, 9, 9, 12, 9]
        let line = { (cells: [String]) in
            zip(cells, widths).enumerated().map { index, pair in
                let padding = String(repeating: " ", count: max(0, pair.1 - pair.0.count))
                return index == 1 || index == 2 ? pair.0 + padding : padding + pair.0
            }.joined(separator: "  ")
        }
        lines.append(line(["uid", "role", "model", "stake α", "incentive", "dividends", "emission α", "bits/byte"]))
        for row in rows {
            lines.append(line(["\(row.uid)", row.role, row.model ?? "–", String(format: "%.3f", row.stake),
                               String(format: "%.4f", row.incentive), String(format: "%.4f", row.dividends),
                               String(format: "%.4f", row.emission), bits(row.bitsPerByte)]))
        }
        return lines.joined(separator: "\n")
    }
}
