import LoadGeneration

/// One pre-built HTTP request: a JSON-RPC batch of `author_submitExtrinsic` calls, ids counting from 0.
struct SubmissionBatch: Sendable {
    /// The whole HTTP request.
    let request: [UInt8]
    /// How many extrinsics it submits.
    let count: Int

    /// The request submitting `extrinsics` (hex, `0x`-prefixed) to `endpoint`.
    init(_ extrinsics: ArraySlice<String>, to endpoint: Endpoint) {
        var body: [UInt8] = [UInt8(ascii: "[")]
        for (id, extrinsic) in extrinsics.enumerated() {
            if id > 0 { body.append(UInt8(ascii: ",")) }
            let call = #"{"jsonrpc":"2.0","id":\#(id),"method":"author_submitExtrinsic","params":["\#(extrinsic)"]}"#
            body += Array(call.utf8)
        }
        body.append(UInt8(ascii: "]"))
        request = endpoint.post(body)
        count = extrinsics.count
    }

    private static let result = Array(#""result":"#.utf8)
    private static let error = Array(#""error":"#.utf8)
    private static let errorEnd = Array(#","id":"#.utf8)

    /// Checks the node's reply without parsing it: the status is 200 and the body holds one `"result"` member
    /// per submission and no `"error"` member (the node writes object keys sorted, `"error"` first).
    /// - Throws: `Failure` with the number of errors and the first error object's text.
    func check(_ response: RawHTTPConnection.Response) throws {
        let errors = response.body.occurrences(of: Self.error)
        let results = response.body.occurrences(of: Self.result)
        guard response.status == 200, errors == 0, results == count else {
            let first = response.body.offset(of: Self.error).map { start in
                let end = response.body.offset(of: Self.errorEnd, from: start) ?? min(start + 300, response.body.count)
                return String(decoding: response.body[start..<end], as: UTF8.self)
            } ?? String(decoding: response.body.prefix(300), as: UTF8.self)
            throw Failure("HTTP \(response.status): \(results) of \(count) submissions accepted, \(errors) errors; "
                + "first: \(first)")
        }
    }
}
