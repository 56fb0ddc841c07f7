import Client
import Foundation
import Keys
import Logging
import Primitives
import ServiceLifecycle

/// Bittensor's base miner: an axon serving a subnet's synapses, announced on the chain with `serve_axon`, that
/// by default refuses callers who are not registered validators and serves higher stake first, and keeps its
/// metagraph in sync.
public struct Miner: Sendable {
    /// The miner's hotkey is not registered on the subnet.
    public struct NotRegistered: Error, CustomStringConvertible {
        /// The hotkey.
        public let hotkey: String
        /// The subnet.
        public let netuid: UInt16
        public var description: String {
            "hotkey \(hotkey) is not registered on subnet \(netuid); register it first: "
                + "btcli subnets register --netuid \(netuid)"
        }
    }

    /// The subnet.
    public let netuid: UInt16
    /// The node.
    public let client: Client
    /// The subnet's metagraph, refreshed every `resyncInterval`.
    public let metagraph: MetagraphCache
    /// The address announced on the chain.
    public let externalIP: String
    /// How often the metagraph is read again.
    public let resyncInterval: Duration
    private let axon: Axon

    /// A miner serving `axon` (with its synapses attached) on `netuid`. Unless the axon has its own, it gets
    /// the default blacklist (`MetagraphCache.defaultBlacklist`) and stake priority.
    /// - Throws: `NotRegistered`, or what reading the metagraph throws.
    public init(netuid: UInt16, client: Client, axon: Axon, externalIP: String? = nil,
                requireValidatorPermit: Bool = true, resyncInterval: Duration = .seconds(12)) async throws {
        let graph = try await SubnetMetagraph(netuid: netuid, client: client)
        let hotkey = try AccountId32(axon.keypair.publicKey)
        guard graph.uid(of: hotkey) != nil else {
            throw NotRegistered(hotkey: axon.keypair.ss58Address, netuid: netuid)
        }
        self.netuid = netuid
        self.client = client
        metagraph = MetagraphCache(graph)
        self.externalIP = externalIP ?? axon.configuration.externalIP ?? axon.configuration.host
        self.resyncInterval = resyncInterval
        var axon = axon
        axon.blacklist = axon.blacklist ?? metagraph.defaultBlacklist(requireValidatorPermit: requireValidatorPermit)
        axon.priority = axon.priority ?? metagraph.stakePriority
        self.axon = axon
    }

    /// Serves until cancelled or, with `handleSignals`, until SIGINT/SIGTERM: the axon, its announcement on the
    /// chain once it listens (again whenever the chain's record differs), and the metagraph resync.
    public func run(logger: Logger = Logger(label: "miner"), handleSignals: Bool = false,
                    onServing: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let announced = PortBox()
        let application = axon.application(logger: logger) { port in
            announced.port = port
            await self.announce(port: port, logger: logger)
            await onServing(port)
        }
        let resync = PeriodicService(interval: resyncInterval) {
            do {
                try await metagraph.sync(client: client)
                if let port = announced.port { await announce(port: port, logger: logger) }
            } catch {
                logger.warning("metagraph resync failed: \(error)")
            }
        }
        let group = ServiceGroup(services: [application, resync],
                                 gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [], logger: logger)
        try await withTaskCancellationHandler {
            try await group.run()
        } onCancel: {
            Task { await group.triggerGracefulShutdown() }
        }
    }

    /// `serve_axon` with this miner's address and `port`, when the chain does not already have them.
    private func announce(port: Int, logger: Logger) async {
        guard let ip = AxonIP.ipv4(externalIP), let hotkey = try? AccountId32(axon.keypair.publicKey) else {
            logger.error("cannot announce \(externalIP): only IPv4 addresses are supported")
            return
        }
        let graph = metagraph.metagraph
        if let uid = graph.uid(of: hotkey), graph.axons[Int(uid)].ip == ip, graph.axons[Int(uid)].port == UInt16(port) {
            return
        }
        let endpoint = AxonEndpoint(netuid: netuid, version: 1, ip: ip, port: UInt16(port), ipType: 4, protocol: 4)
        do {
            let receipt = try await client.submit(.subtensor(.serveAxon(endpoint)), signer: axon.keypair)
            if let error = receipt.dispatchError {
                logger.warning("serve_axon failed: \(error)")
            } else {
                try await metagraph.sync(client: client)
                logger.info("serving \(externalIP):\(port) on subnet \(netuid)")
            }
        } catch {
            logger.warning("serve_axon failed: \(error)")
        }
    }
}

/// The port the axon bound, once it has.
private final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int?
    var port: Int? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// Runs `action` every `interval` until graceful shutdown.
struct PeriodicService: Service {
    let interval: Duration
    let action: @Sendable () async -> Void

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                await action()
            }
        }
    }
}
