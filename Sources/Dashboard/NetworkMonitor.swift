import Client
import Foundation
import Logging
import Primitives

/// Follows a node through its header subscription and keeps a `NetworkSnapshot` current: each new head brings
/// the blocks since the last one with their events, the finalized number and every subnet's state. Beside that,
/// and never holding it up, every subnet's metagraph is read in turn (a pass at most once a second), so a large
/// remote chain updates its metagraphs more slowly while blocks stay live. Polls the reference validator's scores
/// when it has their URL. When the node goes away it says so, keeps the last snapshot and resubscribes every second; a
/// node that comes back with another genesis (a fresh dev chain) starts the blocks and histories over. Browsers
/// listen for changes through `updates()`.
actor NetworkMonitor {
    let client: Client
    let scoresURL: String?
    let logger: Logger
    /// What the pages show.
    private(set) var snapshot = NetworkSnapshot()
    private var latestHeader: Header?
    private var genesis: H256?
    /// The browsers' event streams, by listener.
    var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Set at shutdown: no stream is opened after it.
    var ended = false
    /// Account pages being read from the node now.
    var accountReads = 0

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
                let genesis = try await client.blockHash(0)
                let fresh = self.genesis != nil && self.genesis != genesis
                self.genesis = genesis
                changed {
                    $0.connected = true
                    $0.problem = nil
                    $0.chainName = chain
                    if fresh { $0.startOver() }
                }
                logger.info("following the node's new heads", metadata: ["node": "\(client.endpoint)", "fresh chain": "\(fresh)"])
                for try await header in heads {
                    latestHeader = header
                    signal.yield()
                }
                throw ClientError(.connectionClosed, "the node closed the header subscription")
            } catch {
                if Task.isCancelled { return }
                let problem = "node \(client.endpoint) unreachable: \(error)"
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

    /// Reads what changed up to the latest head. What the node cannot give (a block or subnet this code cannot
    /// decode) is reported on the page and the rest still shown; a lost connection ends the refresh, and so does
    /// a different chain appearing meanwhile (its data is not mixed with the old one's).
    private func refresh() async {
        guard let header = latestHeader else { return }
        let chain = genesis
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
            guard genesis == chain else { return }
            changed { snapshot in
                snapshot.recentBlocks = blocks
                snapshot.head = header.number
                snapshot.finalized = finalized
                snapshot.subnets = subnets
                snapshot.metagraphs = snapshot.metagraphs.filter { netuids.contains($0.key) }
                snapshot.histories = snapshot.histories.filter { netuids.contains($0.key) }
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
            let chain = genesis
            for netuid in snapshot.subnets.map(\.netuid) where !Task.isCancelled {
                do {
                    let metagraph = try await SubnetMetagraph(netuid: netuid, client: client, lite: false)
                    guard genesis == chain, snapshot.subnets.contains(where: { $0.netuid == netuid }) else { continue }
                    changed {
                        $0.metagraphs[netuid] = metagraph
                        $0.histories[netuid, default: SubnetHistory()].record(SubnetHistory.Sample(metagraph))
                        $0.metagraphProblems[netuid] = nil
                    }
                } catch let error as ClientError where error.code == .malformedReply {
                    let problem = "subnet \(netuid)'s metagraph could not be decoded: \(error.reason)"
                    if snapshot.metagraphProblems[netuid] != problem { changed { $0.metagraphProblems[netuid] = problem } }
                } catch {
                    break
                }
            }
            try? await Task.sleep(until: pass + .seconds(1))
        }
    }
}
