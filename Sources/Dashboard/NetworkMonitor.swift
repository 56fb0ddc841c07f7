import Client
import Foundation
import Logging
import Primitives

/// Follows a node through its header subscription and keeps a `NetworkSnapshot` current: each new head brings
/// the blocks since the last one with their events, the finalized number and every subnet's state. Beside that,
/// and never holding it up, every subnet's metagraph is read in turn (a pass at most once a second), so a large
/// remote chain updates its metagraphs more slowly while blocks stay live. Polls the reference validator's scores
/// when it has their URL. When the node goes away (or sends no head for `headTimeout`) it says so, keeps the last
/// snapshot and resubscribes every second; a node that comes back following another chain (a fresh dev node)
/// starts the blocks and histories over. Browsers listen for changes through `updates()`.
actor NetworkMonitor {
    let client: Client
    let scoresURL: String?
    let headTimeout: Duration
    let logger: Logger
    /// What the pages show.
    private(set) var snapshot = NetworkSnapshot()
    private var latestHeader: Header?
    private var lastHeadAt: ContinuousClock.Instant?
    private var stalled = false
    /// Counts reconnections and fresh chains: a read that began in an earlier generation writes nothing.
    private var generation = 0
    /// The browsers' event streams, by listener.
    var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Set at shutdown: no stream is opened after it.
    var ended = false
    /// Account pages being read from the node now.
    var accountReads = 0

    /// A monitor of the node behind `client`, and of the scores at `scoresURL` when given; a subscription that
    /// brings no new head for `headTimeout` counts as stalled and is reopened.
    init(client: Client, scoresURL: String?, headTimeout: Duration, logger: Logger) {
        self.client = client
        self.scoresURL = scoresURL
        self.headTimeout = headTimeout
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
            group.addTask { await self.followMetagraphs() }
            if scoresURL != nil { group.addTask { await self.pollScores() } }
            group.addTask { await self.keepStreamsAlive() }
            await group.next()
            signal.finish()
            group.cancelAll()
        }
    }

    /// Applies `update` to the snapshot, counts the change and tells every browser.
    func changed(_ update: (inout NetworkSnapshot) -> Void) {
        update(&snapshot)
        snapshot.version += 1
        broadcast("data: \(snapshot.liveJSON)\n\n")
    }

    private func followHeads(signal: AsyncStream<Void>.Continuation) async {
        while !Task.isCancelled {
            do {
                let heads = try await client.newHeads()
                let chain = try await client.call("system_chain").string
                let fresh = try await isAnotherChain()
                if fresh { generation += 1 }
                changed {
                    $0.connected = true
                    $0.problem = nil
                    $0.chainName = chain
                    if fresh { $0.startOver() }
                }
                logger.info("following the node's new heads", metadata: ["node": "\(client.endpoint)", "fresh chain": "\(fresh)"])
                try await follow(heads, signal: signal)
                throw ClientError(.connectionClosed, "the node closed the header subscription")
            } catch {
                if Task.isCancelled { return }
                generation += 1
                latestHeader = nil
                let problem = stalled
                    ? "node \(client.endpoint) sent no new head for \(headTimeout); reconnecting"
                    : "node \(client.endpoint) unreachable: \(error)"
                stalled = false
                if snapshot.connected || snapshot.problem != problem {
                    logger.warning("node unreachable; retrying every second", metadata: ["error": "\(error)"])
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

    /// Whether the node now follows another chain than the blocks shown: the newest of them is gone or has
    /// another hash (a fresh dev node has the same genesis, so genesis alone cannot tell).
    private func isAnotherChain() async throws -> Bool {
        guard let newest = snapshot.recentBlocks.first else { return false }
        return try await client.blockHash(newest.number) != newest.hash
    }

    /// Hands each head to the refresh worker. A watchdog closes the connection when no head comes for
    /// `headTimeout` (a stalled node or a half-open connection), which ends the subscription with an error.
    private func follow(_ heads: some AsyncSequence<Header, any Error>, signal: AsyncStream<Void>.Continuation) async throws {
        lastHeadAt = .now
        let watchdog = Task { [client, headTimeout] in
            while (try? await Task.sleep(for: min(.seconds(5), headTimeout / 3))) != nil {
                guard let last = await self.lastHeadAt, ContinuousClock.now - last > headTimeout else { continue }
                await self.markStalled()
                client.close()
                return
            }
        }
        defer { watchdog.cancel() }
        for try await header in heads { received(header, signal: signal) }
    }

    private func markStalled() { stalled = true }

    /// A new head: browsers see its number at once (without a change of version, so no page is fetched again
    /// yet); the refresh worker reads the rest.
    private func received(_ header: Header, signal: AsyncStream<Void>.Continuation) {
        latestHeader = header
        lastHeadAt = .now
        if header.number > snapshot.head ?? 0 {
            snapshot.head = header.number
            broadcast("data: \(snapshot.liveJSON)\n\n")
        }
        signal.yield()
    }

    /// Reads what changed up to the latest head. What the node cannot give (a block or subnet this code cannot
    /// decode) is reported on the page and the rest still shown; a lost connection ends the refresh, and so does
    /// a different chain appearing meanwhile (its data is not mixed with the old one's).
    private func refresh() async {
        guard let header = latestHeader else { return }
        let started = generation
        var problems: [String] = []
        do {
            let blocks = try await recentBlocks(upTo: header, problems: &problems)
            let finalized = try await client.finalizedNumber()
            var subnets = snapshot.subnets
            do {
                subnets = try await client.allDynamicInfo()
            } catch let error as ClientError where error.code == .malformedReply {
                problems.append("subnets could not be decoded: \(error.reason)")
            }
            let netuids = Set(subnets.map(\.netuid))
            guard generation == started else { return }
            changed { snapshot in
                snapshot.recentBlocks = blocks
                snapshot.head = header.number
                snapshot.finalized = finalized
                snapshot.subnets = subnets
                snapshot.metagraphs = snapshot.metagraphs.filter { netuids.contains($0.key) }
                snapshot.histories = snapshot.histories.filter { netuids.contains($0.key) }
                snapshot.metagraphProblems = snapshot.metagraphProblems.filter { netuids.contains($0.key) }
                if snapshot.connected { snapshot.problem = problems.isEmpty ? nil : problems.joined(separator: "; ") }
            }
        } catch {
            logger.debug("refresh failed", metadata: ["error": "\(error)"])
            if snapshot.connected, !Task.isCancelled { changed { $0.problem = "reading block \(header.number) failed: \(error)" } }
        }
    }

    /// The newest blocks up to `header`: those already read and still on the best chain, and the others read now.
    private func recentBlocks(upTo header: Header, problems: inout [String]) async throws -> [BlockSummary] {
        let lowest = header.number - min(header.number, UInt32(NetworkSnapshot.recentBlockCount - 1))
        var kept = snapshot.recentBlocks.filter { (lowest...header.number).contains($0.number) }
        if let newest = kept.first, try await client.blockHash(newest.number) != newest.hash { kept = [] }
        let known = Set(kept.map(\.number))
        var fetched: [BlockSummary] = []
        for number in lowest...header.number where !known.contains(number) {
            try Task.checkCancellation()
            guard let hash = try await client.blockHash(number) else { continue }
            fetched.append(try await summary(of: hash, problems: &problems))
        }
        return (fetched + kept).sorted { $0.number > $1.number }
    }

    /// Block `hash` summarised; one whose extrinsics or events do not decode is listed with the reason.
    private func summary(of hash: H256, problems: inout [String]) async throws -> BlockSummary {
        let block: Block
        do {
            block = try await client.block(hash)
        } catch let error as ClientError where error.code == .malformedReply {
            problems.append("block \(hash) could not be decoded: \(error.reason)")
            return BlockSummary(header: try await client.header(hash), problem: "extrinsics not decodable: \(error.reason)")
        }
        do {
            return BlockSummary(block: block, events: try await client.events(at: hash))
        } catch let error as ClientError where error.code == .malformedReply {
            problems.append("events of block \(block.header.number) could not be decoded: \(error.reason)")
            return BlockSummary(block: block, events: nil)
        }
    }

    /// Reads every subnet's metagraph, with weights, in turn and again, a pass at most once a second, until
    /// cancelled. A subnet whose metagraph does not decode keeps its last one and is reported; a lost connection
    /// waits for the next pass.
    private func followMetagraphs() async {
        while !Task.isCancelled {
            let pass = ContinuousClock.now
            let started = generation
            for netuid in snapshot.subnets.map(\.netuid) where !Task.isCancelled {
                do {
                    let metagraph = try await SubnetMetagraph(netuid: netuid, client: client, lite: false)
                    guard generation == started, snapshot.subnets.contains(where: { $0.netuid == netuid }) else { continue }
                    store(metagraph)
                } catch let error as ClientError where error.code == .malformedReply {
                    let problem = "subnet \(netuid)'s metagraph could not be decoded: \(error.reason)"
                    if snapshot.metagraphProblems[netuid] != problem { changed { $0.metagraphProblems[netuid] = problem } }
                } catch is SubnetMetagraph.NotFound {
                    continue
                } catch {
                    break
                }
            }
            try? await Task.sleep(until: pass + .seconds(1))
        }
    }

    /// Keeps `metagraph`; tells the browsers (and samples the history) only when something they show changed,
    /// not on every read.
    private func store(_ metagraph: SubnetMetagraph) {
        let netuid = metagraph.netuid
        if let old = snapshot.metagraphs[netuid], snapshot.metagraphProblems[netuid] == nil, old.showsTheSame(as: metagraph) {
            snapshot.metagraphs[netuid] = metagraph
            return
        }
        changed {
            $0.metagraphs[netuid] = metagraph
            $0.histories[netuid, default: SubnetHistory()].record(SubnetHistory.Sample(metagraph))
            $0.metagraphProblems[netuid] = nil
        }
    }
}
