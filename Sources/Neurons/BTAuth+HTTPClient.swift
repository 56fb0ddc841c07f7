import AsyncHTTPClient
import Foundation

extension HTTPClientRequest {
    /// Sets the request's body and signs the request under `btauth/1`, adding the `X-Bittensor-*` headers.
    ///
    /// The signature covers the method, the request target AsyncHTTPClient will send for `url` (its
    /// percent-encoded path and `?query`), the body and the receiver, so set `url` and `method` first; changing
    /// them afterwards invalidates it. Signing again replaces the previous `X-Bittensor-*` headers. A retry must
    /// be signed again, since a server accepts each nonce once.
    /// - Parameters:
    ///   - body: the raw body to send.
    ///   - signer: the hotkey that signs.
    ///   - receiver: the receiving server's hotkey SS58 address, or nil to bind the request to no receiver.
    /// - Throws: `HTTPClientError.invalidURL` when `url` does not parse.
    public mutating func signBTAuth<Body: RandomAccessCollection<UInt8> & Sendable>(
        body: Body, signer: BTAuthSigner, receiver: String?
    ) throws {
        guard let url = URL(string: url) else { throw HTTPClientError.invalidURL }
        let signed = signer.sign(method: method.rawValue, target: Self.requestTarget(of: url), body: body,
                                 receiver: receiver)
        for name in BTAuthHeaders.Name.all { headers.remove(name: name) }
        for (name, value) in signed.fields { headers.add(name: name, value: value) }
        self.body = .bytes(body)
    }

    /// The request target AsyncHTTPClient sends for `url` (its `URL.uri`): the percent-encoded path, `/` when
    /// empty, then `?` and the query when there is one.
    private static func requestTarget(of url: URL) -> String {
        var target =
            url.path.isEmpty
            ? "/" : URLComponents(url: url, resolvingAgainstBaseURL: true)?.percentEncodedPath ?? url.path
        if let query = url.query { target += "?" + query }
        return target
    }
}
