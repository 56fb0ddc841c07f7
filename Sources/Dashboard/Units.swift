import Client
import Primitives

/// Numbers and addresses as the dashboard shows them: blocks, shares and decimals with thousands separators
/// (amounts of TAO and alpha are `TokenAmount.display`), and addresses shortened with the whole kept for copying.
enum Units {
    /// A block number: `#1,234`.
    static func block(_ number: UInt32) -> String { "#" + TokenAmount.grouped(UInt64(number)) }

    /// A fraction in [0, 1] with four decimals.
    static func fraction(_ value: Double) -> String { decimal(value, places: 4) }

    /// A share as a percentage with two decimals: `12.50 %`.
    static func percent(_ value: Double) -> String { decimal(value * 100, places: 2) + " %" }

    /// `value` rounded to `places` decimals, without `String(format:)`.
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e17 else { return String(value) }
        let units = UInt64(scaled), perUnit = UInt64(scale)
        let whole = units / perUnit
        let fraction = String(units % perUnit)
        let sign = value < 0 && scaled > 0 ? "-" : ""
        let tail = places > 0 ? "." + String(repeating: "0", count: places - fraction.count) + fraction : ""
        return sign + TokenAmount.grouped(whole) + tail
    }

    /// An SS58 address cut to its first and last six characters: `5GrwvaEF…oHGKutQY`.
    static func short(_ address: String) -> String {
        address.count > 14 ? "\(address.prefix(6))…\(address.suffix(6))" : address
    }

    /// A hash cut to `0x` and its first and last eight hex digits.
    static func short(_ hash: H256) -> String {
        let text = hash.description
        return "\(text.prefix(10))…\(text.suffix(8))"
    }

    /// An address shown short, linked to its account page, with a button that copies it whole.
    static func addressLink(_ account: AccountId32) -> String {
        let address = account.ss58Address
        return "<span class=\"address\"><a href=\"/accounts/\(address)\" title=\"\(address)\"><code>\(HTML.escape(short(address)))</code></a>"
            + copyButton(address, what: "address") + "</span>"
    }

    /// A hash shown short with a button that copies it whole.
    static func hashText(_ hash: H256) -> String {
        "<span class=\"address\"><code title=\"\(hash)\">\(HTML.escape(short(hash)))</code>" + copyButton(hash.description, what: "hash") + "</span>"
    }

    /// A button that copies `value` (`dashboard.js` handles it).
    static func copyButton(_ value: String, what: String) -> String {
        "<button type=\"button\" class=\"copy\" data-copy=\"\(HTML.escape(value))\" aria-label=\"Copy \(what) \(HTML.escape(value))\">Copy</button>"
    }
}
