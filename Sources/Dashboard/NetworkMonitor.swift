import AsyncHTTPClient
import Client
import Foundation
import Logging
import NIOCore
import Primitives

/// Follows a node through its header subscription and keeps a `NetworkSnapshot` current: each new head brings
/// the blocks since the last one with their events, the finalized number, every subnet's state and (at most once
/// a second) every subnet's metagraph. Polls the reference validator's scores when it has their URL. When the
/// node goes away it says so, keeps the last snapshot and resubscribes every second until the node is back.
/// Browsers listen for changes through `updates()`.
actor NetworkMonitor {
    private let client: Client
    private let scoresURL: String?
    private let logger: Logger
    private(set) var snapshot = NetworkSnapshot()
    private var latestHeader: Header?
    private var lastMetagraphRead: ContinuousClock.Instant?
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    /// A monitor of the node behind `client`, and of the scores at `scoresURL` when given.
    init(client: Client, scoresURL: String?, logger: Logger) {
        self.client = client
        self.scoresURL = scoresURL
        self.logger = logger
    }

    /// Follows the node (and the scores) until cancelled.
    func run() async {
        let (signals, signal) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.followHeads(signal: signal) }
            group.addTask {
                for await _ in signals { await self.refresh() }
            }
            if scoresURL != nil { group.addTask { await self.pollScores() } }
            group.addTask { await self.keepStreamsAlive() }
            await group.next()
            signal.finish()
            group.cancelAll()
        }
    }

    /// Server-Sent Events frames: the live JSON now and after every change, and a comment every 15 seconds so
    /// idle connections stay open; until the caller stops listening or `endUpdates()`.
    func updates() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        listeners[id] = continuation
        continuation.yield("retry: 1000\ndata: \(snapshot.liveJSON)\n\n")
        continuation.onTermination = { _ in Task { await self.removeListener(id) } }
        return stream
    }

    /// Ends every listener's stream (at shutdown, so the server can close its connections).
    func endUpdates() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func removeListener(_ id: UUID) { listeners[id] = nil }

    private func changed(_ update: (inout NetworkSnapshot) -> Void) {
        update(&snapshot)
        snapshot.version += 1
        let frame = "data: \(snapshot.liveJSON)\n\n"
        for listener in listeners.values { listener.yield(frame) }
    }

    private func keepStreamsAlive() async {
        while (try? await Task.sleep(for: .seconds(15))) != nil {
            for listener in listeners.values { listener.yield(": keep-alive\n\n") }
        }
    }

    private func followHeads(signal: AsyncStream<Void>.Continuation) async {
        while !Task.isCancelled {
            do {
                let heads = try await client.newHeads()
                let chain = try await client.call("system_chain").string
                changed {
                    $0.connected = true
                    $0.problem = nil
                    $0.chainName = chain
                }
                logger.info("following the node's new heads", metadata: ["node": "\(client.endpoint)"])
                for try await header in heads {
                    latestHeader = header
                    signal.yield()
                }
                throw ClientError(.connectionClosed, "the node closed the header subscription")
            } catch {
                if Task.isCancelled { return }
                if snapshot.connected || snapshot.problem == nil {
                    logger.warning("node unreachable; retrying every second", metadata: ["error": "\(error)"])
                }
                let problem = "node \(client.endpoint) unreachable: \(error)"
                if snapshot.connected || snapshot.problem != problem {
                    changed {
                        $0.connected = false
                        $0.problem = problem
                    }
                }
                client.close()
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    private func refresh() async {
        guard let header = latestHeader else { return }
        do {
            let lowest = header.number - min(header.number, UInt32(NetworkSnapshot.recentBlockCount - 1))
            var kept = snapshot.recentBlocks.filter { (lowest...header.number).contains($0.number) }
            var restarted = false
            if let top = kept.first { restarted = try await client.blockHash(top.number) != top.hash }
            if restarted { kept = [] }
            let known = Set(kept.map(\.number))
            var fetched: [BlockSummary] = []
            for number in lowest...header.number where !known.contains(number) {
                guard let hash = try await client.blockHash(number) else { continue }
                fetched.append(BlockSummary(block: try await client.block(hash), events: try await client.events(at: hash)))
            }
            let blocks = (fetched + kept).sorted { $0.number > $1.number }
            let finalized = try await client.finalizedNumber()
            let subnets = try await client.allDynamicInfo()
            let metagraphs = try await readMetagraphs(subnets)
            changed { snapshot in
                snapshot.recentBlocks = blocks
                snapshot.head = header.number
                snapshot.finalized = finalized
                snapshot.subnets = subnets
                snapshot.problem = nil
                if restarted { snapshot.histories = [:] }
                guard let metagraphs else { return }
                snapshot.metagraphs = metagraphs
                for (netuid, metagraph) in metagraphs { snapshot.histories[netuid, default: SubnetHistory()].record(SubnetHistory.Sample(metagraph)) }
                snapshot.histories = snapshot.histories.filter { metagraphs[$0.key] != nil }
            }
        } catch {
            logger.debug("refresh failed", metadata: ["error": "\(error)"])
            changed { $0.problem = "reading block \(header.number) failed: \(error)" }
        }
    }

    /// Every subnet's metagraph with weights, when a second has passed since the last read or a subnet has just
    /// run its epoch; nil otherwise.
    private func readMetagraphs(_ subnets: [DynamicInfo]) async throws -> [UInt16: SubnetMetagraph]? {
        let now = ContinuousClock.now
        let epochRan = subnets.contains { subnet in
            snapshot.subnets.first { $0.netuid == subnet.netuid }.map { $0.lastStep != subnet.lastStep } ?? true
        }
        if let last = lastMetagraphRead, now - last < .seconds(1), !epochRan { return nil }
        lastMetagraphRead = now
        var metagraphs: [UInt16: SubnetMetagraph] = [:]
        for subnet in subnets {
            metagraphs[subnet.netuid] = try await SubnetMetagraph(netuid: subnet.netuid, client: client, lite: false)
        }
        return metagraphs
    }

    private func pollScores() async {
        guard let scoresURL else { return }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        while !Task.isCancelled {
            do {
                let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: scoresURL), timeout: .seconds(3))
                guard response.status == .ok else { throw ScoresError("\(scoresURL) answered \(response.status)") }
                let body = try await response.body.collect(upTo: 4 << 20)
                let scores = try decoder.decode(ValidatorScores.self, from: Data(body.readableBytesView))
                if snapshot.scoresProblem != nil || snapshot.scores.latest != scores {
                    changed {
                        $0.scores.record(scores)
                        $0.scoresProblem = nil
                    }
                }
            } catch {
                let reason = "the reference validator's scores at \(scoresURL) could not be read: \(error)"
                if snapshot.scoresProblem != reason { changed { $0.scoresProblem = reason } }
            }
            try? await Task.sleep(for: .seconds(2))
        }
    }
}

/// The scores URL answered something other than scores.
struct ScoresError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
