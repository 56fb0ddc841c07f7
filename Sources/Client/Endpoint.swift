import Foundation

/// Where a node's JSON-RPC listens. Substrate serves HTTP and WebSocket on one port, so an `http://` endpoint
/// also has a WebSocket URL (for subscriptions) and a `ws://` one is used for everything.
public struct Endpoint: Equatable, Sendable, CustomStringConvertible {
    /// The URL as given.
    public let url: String
    /// Whether plain calls go over HTTP POST (`http://`, `https://`) rather than the WebSocket.
    public let usesHTTP: Bool
    /// The WebSocket URL: the given one, or the HTTP one with `ws`/`wss` as its scheme.
    public let webSocketURL: String

    /// Parses `ws://`, `wss://`, `http://` or `https://` URLs.
    /// - Throws: `ClientError` `.invalidURL` for anything else or a URL without a host.
    public init(_ url: String) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty else {
            throw ClientError(.invalidURL, "\(url) is not a node URL (ws://HOST:PORT or http://HOST:PORT)")
        }
        switch scheme {
        case "ws", "wss":
            usesHTTP = false
            webSocketURL = url
        case "http", "https":
            usesHTTP = true
            var socket = components
            socket.scheme = scheme == "https" ? "wss" : "ws"
            webSocketURL = socket.string ?? url
        default:
            throw ClientError(.invalidURL, "\(url) has scheme \(scheme); use ws://, wss://, http:// or https://")
        }
        self.url = url
    }

    public var description: String { url }
}
