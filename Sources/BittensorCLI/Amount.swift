import Client

/// Amounts in TAO (or a subnet's alpha) as people type and read them; the chain counts rao (10⁻⁹).
enum Amount {
    /// Rao per TAO.
    static let raoPerTAO = TokenAmount.raoPerUnit

    /// Parses a decimal amount (`1`, `0.5`, `1000.000000001`) into rao, exactly.
    /// - Throws: `CLIError` for anything else, more than 9 decimals, or an overflow.
    static func rao(_ text: String, flag: String = "--amount") throws -> UInt64 {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = UInt64(parts[0].isEmpty ? "0" : parts[0]),
              parts.count == 1 || (parts[1].count <= 9 && parts[1].allSatisfy(\.isASCII) && parts[1].allSatisfy(\.isNumber)),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else {
            throw CLIError("\(flag) must be a decimal number with at most 9 decimals, not '\(text)'")
        }
        let fraction = parts.count == 2 ? UInt64(parts[1].padding(toLength: 9, withPad: "0", startingAt: 0)) ?? 0 : 0
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: raoPerTAO)
        guard !overflow, scaled <= UInt64.max - fraction else { throw CLIError("\(flag) \(text) is too large") }
        return scaled + fraction
    }

    /// `rao` as TAO with 9 decimals (`12.500000000`).
    static func decimal(_ rao: UInt64) -> String {
        let fraction = String(rao % raoPerTAO)
        return "\(rao / raoPerTAO)." + String(repeating: "0", count: 9 - fraction.count) + fraction
    }

    /// `rao` for a table: the unit symbol, thousands separators and 4 decimals (`τ 1,000.0000`), as btcli shows it.
    static func display(_ rao: UInt64, symbol: String = "τ") -> String { TokenAmount.display(rao, symbol: symbol) }

    /// `rao` as a JSON number of TAO (for scripts that want floats, as btcli's JSON has them).
    static func tao(_ rao: UInt64) -> Double { Double(rao) / Double(raoPerTAO) }
}
