/// Python's renderings that the wire protocol depends on: `repr(float)`, `repr(str)` and JSON strings.
enum PythonRepr {
    /// `repr(float)`: the shortest digits that round-trip, fixed notation when the decimal exponent is in
    /// -4..<16 (`0.1`, `12.0`, `1000000000000000.0`), scientific otherwise (`1e-07`, `1e+16`, `2.5e-05`).
    static func float(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = shortestDigits(value)
        let sign = negative ? "-" : ""
        if exponent >= -4 && exponent < 16 {
            if exponent < 0 {
                return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
            }
            let integerCount = exponent + 1
            if digits.count <= integerCount {
                return sign + digits + String(repeating: "0", count: integerCount - digits.count) + ".0"
            }
            return sign + digits.prefix(integerCount) + "." + digits.dropFirst(integerCount)
        }
        let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
        let magnitude = String(abs(exponent))
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
    }

    /// The sign, the significant digits (no leading or trailing zeros) and the decimal exponent of the first
    /// digit, from Swift's shortest round-trip `description`.
    private static func shortestDigits(_ value: Double) -> (negative: Bool, digits: String, exponent: Int) {
        var text = value.magnitude.description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...])!
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var pointPosition = whole.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (value < 0, digits.isEmpty ? "0" : digits, pointPosition - 1)
    }

    /// `repr(str)`: single quotes unless the text has a `'` and no `"`; backslashes, the quote, `\t`, `\n`,
    /// `\r` and control characters escaped; other characters kept.
    static func string(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var output = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\t": output += "\\t"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            default:
                if Character(scalar) == quote {
                    output += "\\" + String(quote)
                } else if scalar.value < 0x20 || (0x7f...0xa0).contains(scalar.value) {
                    output += "\\x" + hex(scalar.value, width: 2)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + String(quote)
    }

    /// Appends `text` as a JSON string, escaping only what JSON requires (UTF-8 kept, as `ensure_ascii=False`).
    static func jsonString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    output += "\\u" + hex(scalar.value, width: 4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
