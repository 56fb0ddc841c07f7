import Consensus
import FixedPoint
import Foundation

/// A JSON value, for the heterogeneous `inputs`/`expected` objects of the math cases.
enum JSON: Decodable, Sendable {
    case number(Double)
    case bool(Bool)
    case string(String)
    case array([JSON])
    case object([String: JSON])
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSON].self)) }
    }

    var double: Double? { if case .number(let x) = self { return x }; return nil }
    var bool: Bool? { if case .bool(let x) = self { return x }; return nil }
    var array: [JSON]? { if case .array(let x) = self { return x }; return nil }
    var doubles: [Double]? { array?.compactMap(\.double) }
    var bools: [Bool]? { array?.compactMap(\.bool) }
    var matrix: [[Double]]? { array?.compactMap(\.doubles) }
}

/// A `kind: math` case of `yuma-public.json`.
struct MathCase: Decodable, Sendable {
    let name: String
    let kind: String
    let function: String
    let inputs: [String: JSON]
    let expected: [String: JSON]
    let tolerance: Double

    func input(_ key: String) -> JSON {
        guard let value = inputs[key] else { fatalError("\(name): missing input \(key)") }
        return value
    }

    func output(_ key: String) -> JSON {
        guard let value = expected[key] else { fatalError("\(name): missing expected \(key)") }
        return value
    }
}

/// `I32F32::from_num(f32)`: the f32 value rounded to nearest (ties to even).
func fixed32(_ x: Double) -> I32F32 { I32F32(rounding: Float(x)) }

/// `I32F32::from_num(f64)`.
func fixed64(_ x: Double) -> I32F32 { I32F32(rounding: x) }

func toDouble(_ x: I32F32) -> Double { Double(x.bits) / 4_294_967_296 }

/// `vec_to_sparse_mat_fixed`: row-major f32 values, entries `> 0` become `(column, value)`;
/// optionally transposed first. Returns the matrix and its column count.
func sparseMatrix(_ values: [Double], rows: Int, transpose: Bool = false) -> (matrix: SparseMatrix, columns: Int) {
    let columns = rows == 0 ? 0 : values.count / rows
    var dense = (0..<rows).map { r in (0..<columns).map { c in values[r * columns + c] } }
    if transpose { dense = (0..<columns).map { c in (0..<rows).map { r in dense[r][c] } } }
    let width = transpose ? rows : columns
    let matrix: SparseMatrix = dense.map { row in
        row.enumerated().compactMap { (c, x) in x > 0 ? SparseEntry(c, fixed32(x)) : nil }
    }
    return (matrix, width)
}

/// The dense row-major values of a sparse matrix (missing entries are 0).
func denseValues(_ matrix: SparseMatrix, columns: Int, transpose: Bool = false) -> [I32F32] {
    var dense = matrix.map { row in
        var out = [I32F32](repeating: .zero, count: columns)
        for entry in row { out[entry.column] = entry.value }
        return out
    }
    if transpose {
        dense = (0..<columns).map { c in dense.indices.map { r in dense[r][c] } }
    }
    return dense.flatMap { $0 }
}
