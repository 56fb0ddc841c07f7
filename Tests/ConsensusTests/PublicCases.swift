import Foundation
import TestSupport

/// A value of `expected_rust_asserts`: a vector or a matrix of numbers.
enum AssertValue: Decodable {
    case vector([Double])
    case matrix([[Double]])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let vector = try? container.decode([Double].self) {
            self = .vector(vector)
        } else {
            self = .matrix(try container.decode([[Double]].self))
        }
    }
}
