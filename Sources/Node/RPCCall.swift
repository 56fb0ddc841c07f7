import Foundation
import Hashing
import Primitives

/// One JSON-RPC request: the method, its positional parameters and the id to echo.
public struct RPCCall: Sendable {
    /// The method name.
    public let method: String
    /// Positional parameters (`[]` when absent).
    public let params: [JSON]
    /// The request id, echoed verbatim (string, number or null).
    public let id: JSON

    /// A request.
    public init(method: String, params: [JSON] = [], id: JSON = .integer(1)) {
        self.method = method
        self.params = params
        self.id = id
    }

    /// The parameter at `index`, nil when absent or `null`.
    public func optional(_ index: Int) -> JSON? {
        guard index < params.count, params[index] != .null else { return nil }
        return params[index]
    }

    /// The hex bytes at `index`.
    /// - Throws: `RPCError.invalidParams` when missing or not hex.
    public func bytes(_ index: Int, name: String) throws(RPCError) -> [UInt8] {
        guard let text = optional(index)?.stringValue else { throw .invalidParams("\(name) must be a hex string") }
        do {
            return try Hex.decode(text)
        } catch {
            throw .invalidParams("\(name) is not hex: \(error)")
        }
    }

    /// The optional block hash at `index`.
    /// - Throws: `RPCError.invalidParams` when present but not a 32-byte hex string.
    public func blockHash(_ index: Int) throws(RPCError) -> H256? {
        guard optional(index) != nil else { return nil }
        let bytes = try bytes(index, name: "the block hash")
        guard let hash = try? H256(bytes) else { throw .invalidParams("a block hash has 32 bytes, not \(bytes.count)") }
        return hash
    }

    /// The non-negative integer at `index`.
    /// - Throws: `RPCError.invalidParams` when missing or not one.
    public func unsigned(_ index: Int, name: String) throws(RPCError) -> UInt64 {
        guard let value = optional(index)?.unsignedValue else { throw .invalidParams("\(name) must be an integer") }
        return value
    }
}
