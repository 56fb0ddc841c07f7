import Consensus
import Foundation

/// Explains a document that `JSONDecoder` rejected as "not valid JSON" without a coding path.
///
/// Foundation's decoder reports two different problems that way: JSON that does not parse, and a number
/// that parses but does not fit its field's integer type (negative for an unsigned field, above 65535 for a
/// `u16`, fractional). `JSONSerialization` tells the first apart and says where; for the second, the
/// offending number is found by bisection: numbers that could be out of range are replaced by 0, a suffix
/// at a time, until the decoder accepts the document.
enum JSONProblem {
    /// A message for `data`, which `JSONDecoder` failed to decode as `T` with a root-level corruption error.
    static func locate<T: Decodable>(_ type: T.Type, in data: Data) -> EpochInputError {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            return EpochInputError(.malformedJSON, field: "", "not valid JSON: \(detail)\(position(detail, in: data))")
        }
        var leaves = [(path: String, number: NSNumber)]()
        collect(object, path: "", into: &leaves)
        let suspects = leaves.indices.filter { mayNotFit(leaves[$0].number) }
        func fails(keepingFirst count: Int) -> Bool {
            let replaced = Set(suspects.dropFirst(count))
            var counter = 0
            let tree = replacing(object, replaced, &counter)
            guard let data = try? JSONSerialization.data(withJSONObject: tree, options: [.fragmentsAllowed]) else {
                return true
            }
            do {
                _ = try JSONDecoder().decode(T.self, from: data)
                return false
            } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
                return true
            } catch {
                return false
            }
        }
        // Smallest k such that keeping the first k suspects unchanged still fails: suspect k - 1 is at fault.
        guard !suspects.isEmpty, fails(keepingFirst: suspects.count), !fails(keepingFirst: 0) else {
            return EpochInputError(.malformedJSON, field: "", "not valid JSON")
        }
        var low = 0, high = suspects.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if fails(keepingFirst: middle) { high = middle } else { low = middle }
        }
        let leaf = leaves[suspects[high - 1]]
        let value = leaf.number.doubleValue
        return EpochInputError(.wrongType, field: leaf.path, value.rounded() != value
            ? "expected a whole number, found \(leaf.number)"
            : "the number \(leaf.number) is out of range for this field's integer type")
    }

    /// Whether a number might not fit some integer field: fractional, negative, or above `Int16.max`.
    static func mayNotFit(_ number: NSNumber) -> Bool {
        let value = number.doubleValue
        return value.rounded() != value || value < 0 || value > Double(Int16.max)
    }

    /// Every number of a JSON tree with its path, objects visited in sorted key order.
    static func collect(_ object: Any, path: String, into leaves: inout [(path: String, number: NSNumber)]) {
        switch object {
        case let dictionary as [String: Any]:
            for key in dictionary.keys.sorted() {
                collect(dictionary[key]!, path: path.isEmpty ? key : path + "." + key, into: &leaves)
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() { collect(element, path: path + "[\(index)]", into: &leaves) }
        case let number as NSNumber:
            leaves.append((path, number))
        default:
            break
        }
    }

    /// The tree with the numbers whose visiting order (as in `collect`) is in `replaced` set to 0.
    static func replacing(_ object: Any, _ replaced: Set<Int>, _ counter: inout Int) -> Any {
        switch object {
        case let dictionary as [String: Any]:
            var result = [String: Any]()
            for key in dictionary.keys.sorted() { result[key] = replacing(dictionary[key]!, replaced, &counter) }
            return result
        case let array as [Any]:
            return array.map { replacing($0, replaced, &counter) }
        case let number as NSNumber:
            defer { counter += 1 }
            return replaced.contains(counter) ? NSNumber(value: 0) : number
        default:
            return object
        }
    }

    /// ` (line L, column C)` for a message that says `around character N`, else empty.
    static func position(_ message: String, in data: Data) -> String {
        guard let range = message.range(of: "character "),
              let offset = Int(message[range.upperBound...].prefix { $0.isNumber }) else { return "" }
        let before = data.prefix(offset)
        let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        return " (line \(line), column \(column))"
    }
}
