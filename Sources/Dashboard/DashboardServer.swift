import Client
import Foundation
import Hummingbird
import Logging
import NIOCore
import Primitives
import ServiceLifecycle

/// The network dashboard: a Hummingbird server that follows one node through a `Client` (local or remote) and
/// serves pages for the chain, the subnets, one subnet, one account and the reference subnet's scores, plus
/// `/events` (Server-Sent Events: head, finalized and a change counter, from the node's header subscription) so
/// pages update without reloading, and `/api/status` as JSON. Pages are rendered on the server from the last
/// snapshot, so they keep answering while the node restarts.
///
/// ```swift
/// let server = DashboardServer(client: try Client(url: "ws://127.0.0.1:9944"), validatorURL: nil,
///                              host: "127.0.0.1", port: 8080, logger: Logger(label: "dashboard"))
/// try await server.run { port in print("http://127.0.0.1:\(port)/") }
/// ```
public struct DashboardServer: Sendable {
    private let client: Client
    private let validatorURL: String?
    private let host: String
    private let port: Int
    private let headTimeout: Duration
    private let logger: Logger

    /// A dashboard of the node behind `client` on `host:port` (port 0 picks a free one), showing the reference
    /// validator's scores from `validatorURL` (its `/scores` URL) when given, and reconnecting when the node sends
    /// no new head for `headTimeout`.
    public init(client: Client, validatorURL: String?, host: String, port: Int, headTimeout: Duration = .seconds(60),
                logger: Logger) {
        self.client = client
        self.validatorURL = validatorURL
        self.host = host
        self.port = port
        self.headTimeout = headTimeout
        self.logger = logger
    }

    /// Serves until SIGINT or SIGTERM; calls `onListening` with the bound port once it accepts connections.
    /// - Throws: when the assets are missing or the address cannot be bound.
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        let monitor = NetworkMonitor(client: client, scoresURL: validatorURL, headTimeout: headTimeout, logger: logger)
        let router = try routes(monitor: monitor, assets: DashboardAssets())
        let application = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "swift-bittensor-dashboard"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? -1) }, logger: logger)
        // Last in, first shut down: the monitor ends the event streams so the server can drain.
        var configuration = ServiceGroupConfiguration(services: [application, MonitorService(monitor: monitor)],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(10)
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw DashboardError("\(host):\(port) is in use; pass --port 0 for a free port, or another port")
        }
    }

    private func routes(monitor: NetworkMonitor, assets: DashboardAssets) throws -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLimits())
        let client = client, configured = validatorURL != nil
        router.get("/") { request, _ in
            let snapshot = await monitor.snapshot
            return Self.page(request, title: "Chain", section: .chain, snapshot: snapshot, main: ChainPage.main(snapshot))
        }
        router.get("/subnets") { request, _ in
            let snapshot = await monitor.snapshot
            return Self.page(request, title: "Subnets", section: .subnets, snapshot: snapshot, main: SubnetsPage.main(snapshot))
        }
        router.get("/subnets/:netuid") { request, context in
            let snapshot = await monitor.snapshot
            let text = context.parameters.get("netuid") ?? ""
            guard let netuid = UInt16(text) else {
                return Self.page(request, title: "Not a netuid", section: .subnets, snapshot: snapshot, status: .badRequest,
                                 main: "<h1>Not a netuid</h1><p>‘\(HTML.escape(String(text.prefix(64))))’ is not a netuid (a whole number from 0 to 65535). See <a href=\"/subnets\">every subnet</a>.</p>")
            }
            guard !snapshot.subnets.isEmpty else {
                return Self.page(request, title: "Subnet \(netuid)", section: .subnets, snapshot: snapshot, status: .serviceUnavailable,
                                 main: "<h1>Subnet \(netuid)</h1>" + PageLayout.notices([snapshot.problem]) + "<p class=\"empty\">The subnets have not been read from the node yet.</p>")
            }
            guard let main = SubnetPage.main(snapshot, netuid: netuid) else {
                return Self.page(request, title: "No such subnet", section: .subnets, snapshot: snapshot, status: .notFound,
                                 main: "<h1>No such subnet</h1><p>The chain has no subnet \(netuid). See <a href=\"/subnets\">every subnet</a>.</p>")
            }
            return Self.page(request, title: "Subnet \(netuid)", section: .subnets, snapshot: snapshot, main: main)
        }
        router.get("/reference") { request, _ in
            let snapshot = await monitor.snapshot
            return Self.page(request, title: "Reference subnet", section: .reference, snapshot: snapshot,
                             main: ReferencePage.main(snapshot, configured: configured))
        }
        router.get("/accounts") { request, _ in
            let address = String(request.uri.queryParameters["address"] ?? "").trimmingCharacters(in: .whitespaces)
            do {
                return Response(status: .seeOther, headers: [.location: "/accounts/\(try AccountId32(ss58: address).ss58Address)"])
            } catch {
                return Self.page(request, title: "Not an address", section: .account, snapshot: await monitor.snapshot,
                                 status: .badRequest, main: Self.notAnAddress(address, error))
            }
        }
        router.get("/accounts/:address") { request, context in
            let snapshot = await monitor.snapshot
            let address = context.parameters.get("address") ?? ""
            let account: AccountId32
            do {
                account = try AccountId32(ss58: address)
            } catch {
                return Self.page(request, title: "Not an address", section: .account, snapshot: snapshot,
                                 status: .badRequest, main: Self.notAnAddress(address, error))
            }
            let title = "Account \(Units.short(address))"
            guard await monitor.beginAccountRead() else {
                return Self.page(request, title: title, section: .account, snapshot: snapshot, status: .serviceUnavailable,
                                 busy: true, refreshMilliseconds: AccountPage.refreshMilliseconds,
                                 main: "<h1>Account</h1>" + PageLayout.notices(["\(NetworkMonitor.maximumAccountReads) account pages are being read from the node already; try again in a moment"]))
            }
            do {
                let main = try await AccountPage.main(account, client: client, snapshot: snapshot)
                await monitor.endAccountRead()
                return Self.page(request, title: title, section: .account, snapshot: snapshot,
                                 refreshMilliseconds: AccountPage.refreshMilliseconds, main: main)
            } catch {
                await monitor.endAccountRead()
                return Self.page(request, title: title, section: .account, snapshot: snapshot, status: .serviceUnavailable,
                                 refreshMilliseconds: AccountPage.refreshMilliseconds,
                                 main: "<h1>Account</h1>" + PageLayout.notices(["the node could not be read for this account: \(error)"]))
            }
        }
        router.get("/events") { _, _ in
            guard let updates = await monitor.updates() else {
                return PlainText.response(
                    .serviceUnavailable, "\(NetworkMonitor.maximumListeners) event streams are open already; close a dashboard tab")
            }
            let frames = updates.map { ByteBuffer(string: $0) }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody(asyncSequence: frames))
        }
        router.get("/api/status") { _, _ in
            let snapshot = await monitor.snapshot
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: snapshot.liveJSON)))
        }
        router.get("/assets/:name") { _, context in
            guard let asset = context.parameters.get("name").flatMap({ assets.byName[$0] }) else {
                return PlainText.response(.notFound, "no such asset")
            }
            return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "max-age=60",
                                                   .init("X-Content-Type-Options")!: "nosniff"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.bytes)))
        }
        return router
    }

    private static func notAnAddress(_ text: String, _ error: any Error) -> String {
        let shown = text.isEmpty ? "Nothing" : "‘\(String(text.prefix(64)))’"
        return "<h1>Not an address</h1><p>\(HTML.escape(shown)) is not an SS58 address: \(HTML.escape("\(error)")). Addresses look like <code>5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY</code>.</p>"
    }

    /// A page, or just its `<main>` content for `?fragment=main` (what `dashboard.js` fetches to update a page).
    /// `busy` marks an answer that says only "try again" (the browser keeps what it shows); `refreshMilliseconds`
    /// is the shortest time between the page's live refreshes.
    private static func page(_ request: Request, title: String, section: PageLayout.Section, snapshot: NetworkSnapshot,
                             status: HTTPResponse.Status = .ok, busy: Bool = false, refreshMilliseconds: Int = 1000,
                             main: String) -> Response {
        let fragment = request.uri.queryParameters["fragment"] == "main"
        let body = fragment ? main : PageLayout.document(title: title, section: section, snapshot: snapshot,
                                                         refreshMilliseconds: refreshMilliseconds, main: main)
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
            .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            .init("X-Content-Type-Options")!: "nosniff", .init("Referrer-Policy")!: "no-referrer",
            .init("X-Dashboard-Version")!: "\(snapshot.version)",
        ]
        if busy { headers[.init("X-Dashboard-Busy")!] = "1" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
