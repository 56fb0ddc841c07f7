import Hashing
import LoadGeneration

/// One pre-built request reading every signer's account nonce (`state_getStorage` of `System.Account`, whose
/// SCALE encoding starts with the nonce as a little-endian u32) and the best block's number (`chain_getHeader`).
/// The node answers a batch in order and in one step, so the numbers agree with each other.
struct InclusionProbe: Sendable {
    /// The whole HTTP request.
    let request: [UInt8]
    private let signers: Int

    /// The probe for the accounts under `accountKeys` (storage keys).
    init(accountKeys: [[UInt8]], endpoint: Endpoint) {
        var calls = accountKeys.enumerated().map { id, key in
            let key = Hex.encode(key, prefixed: true)
            return #"{"jsonrpc":"2.0","id":\#(id),"method":"state_getStorage","params":["\#(key)"]}"#
        }
        calls.append(#"{"jsonrpc":"2.0","id":\#(accountKeys.count),"method":"chain_getHeader","params":[]}"#)
        request = endpoint.post(Array("[\(calls.joined(separator: ","))]".utf8))
        signers = accountKeys.count
    }

    private static let nonce = Array(#""result":"0x"#.utf8)
    private static let number = Array(#""number":"0x"#.utf8)
    private static let error = Array(#""error":"#.utf8)

    /// The nonces, in the order of the keys, and the best block number.
    func read(over connection: RawHTTPConnection) throws -> (nonces: [Int], best: Int) {
        let response = try connection.exchange(request)
        let body = response.body
        guard response.status == 200, body.offset(of: Self.error) == nil else {
            throw Failure("probe: HTTP \(response.status): \(String(decoding: body.prefix(300), as: UTF8.self))")
        }
        var nonces: [Int] = []
        var start = 0
        while let found = body.offset(of: Self.nonce, from: start) {
            start = found + Self.nonce.count
            guard let digits = body.hexValue(at: start, digits: 8) else { break }
            nonces.append(Int(UInt32(digits).byteSwapped))
        }
        guard nonces.count == signers, let best = body.offset(of: Self.number).flatMap({
            body.hexValue(at: $0 + Self.number.count)
        }) else { throw Failure("probe: unexpected reply \(String(decoding: body.prefix(300), as: UTF8.self))") }
        return (nonces, Int(best))
    }
}
