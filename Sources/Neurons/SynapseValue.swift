/// A synapse field's value as Python's `model_dump()` sees it: JSON's kinds, with integers kept apart from
/// floats and object keys in field order. It renders as JSON (bodies) and as Python's `str()` (body hashes).
public indirect enum SynapseValue: Equatable, Sendable {
    /// `None` / `null`.
    case null
    /// `bool`.
    case bool(Bool)
    /// `int`, in decimal (any width).
    case integer(String)
    /// `float`.
    case double(Double)
    /// `str`.
    case string(String)
    /// `list`.
    case array([SynapseValue])
    /// `dict` or a nested model, keys in order.
    case object([(key: String, value: SynapseValue)])

    public static func == (lhs: SynapseValue, rhs: SynapseValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The value under `key` of an object (nil when absent or not an object).
    public subscript(key: String) -> SynapseValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// The object with `key` set to `value` (appended when new); other kinds are returned unchanged.
    public func setting(_ key: String, to value: SynapseValue) -> SynapseValue {
        guard case .object(var fields) = self else { return self }
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].value = value
        } else {
            fields.append((key, value))
        }
        return .object(fields)
    }

    /// Compact JSON (`,` and `:` with no spaces, UTF-8 kept): what FastAPI's `JSONResponse` writes.
    public var json: String {
        var output = ""
        writeJSON(into: &output)
        return output
    }

    private func writeJSON(into output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let digits): output += digits
        case .double(let value): output += value.isFinite ? PythonRepr.float(value) : "null"
        case .string(let text): PythonRepr.jsonString(text, into: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.writeJSON(into: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { output += "," }
                PythonRepr.jsonString(field.key, into: &output)
                output += ":"
                field.value.writeJSON(into: &output)
            }
            output += "}"
        }
    }

    /// Python's `str()` of the value: a string raw, everything else as its `repr()`.
    public var pythonStr: String {
        if case .string(let text) = self { return text }
        return pythonRepr
    }

    /// Python's `repr()` of the value (`True`, `None`, `[1, 'a', 2.5]`, `{'k': "it's"}`).
    public var pythonRepr: String {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .integer(let digits): digits
        case .double(let value): PythonRepr.float(value)
        case .string(let text): PythonRepr.string(text)
        case .array(let items): "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.map { PythonRepr.string($0.key) + ": " + $0.value.pythonRepr }.joined(separator: ", ") + "}"
        }
    }
}
