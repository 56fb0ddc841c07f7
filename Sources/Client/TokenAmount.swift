/// Amounts of TAO or a subnet's alpha as people read them: the unit symbol, thousands separators and four
/// decimals (`τ 1,000.0000`), as btcli shows them. The chain counts rao (10⁻⁹).
public enum TokenAmount {
    /// Rao per TAO (and per alpha).
    public static let raoPerUnit: UInt64 = 1_000_000_000

    /// `rao` rounded to four decimals with `symbol` in front: `τ 1,000.0000`, `α 12.3457`.
    public static func display(_ rao: UInt64, symbol: String = "τ") -> String {
        let tenThousandths = rao / 100_000 + (rao % 100_000 >= 50_000 ? 1 : 0)
        let fraction = String(tenThousandths % 10_000)
        return "\(symbol) \(grouped(tenThousandths / 10_000)).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    /// `value` with thousands separators: `1,234,567`.
    public static func grouped(_ value: UInt64) -> String {
        var digits = String(value)
        var result = ""
        while digits.count > 3 {
            result = "," + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return digits + result
    }
}
