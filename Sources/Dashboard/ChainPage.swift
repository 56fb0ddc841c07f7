/// `/`: the chain's head, finalized block and block time, the recent blocks, and their extrinsics with events.
enum ChainPage {
    /// The page's `<main>` content.
    static func main(_ snapshot: NetworkSnapshot) -> String {
        let blockTime = snapshot.blockTimeMilliseconds.map { Units.decimal($0, places: 0) + " ms" } ?? "–"
        let figures = PageLayout.figures([
            ("Chain", HTML.escape(snapshot.chainName ?? "–")),
            ("Head", snapshot.head.map(Units.block) ?? "–"),
            ("Finalized", snapshot.finalized.map(Units.block) ?? "–"),
            ("Block time", blockTime),
            ("Subnets", "\(snapshot.subnets.count)"),
        ])
        let noted = snapshot.recentBlocks.contains { $0.problem != nil }
        let blocks = snapshot.recentBlocks.map { block -> [HTML.Cell] in
            let events: HTML.Cell = .text(block.eventCount.map(String.init) ?? "–", sortValue: block.eventCount.map { Double($0) },
                                          numeric: true)
            let cells: [HTML.Cell] = [
                .text(Units.block(block.number), sortValue: Double(block.number), numeric: true),
                .markup(Units.hashText(block.hash)),
                .text(block.timestamp.map(Self.time) ?? "–", sortValue: block.timestamp.map { Double($0) }),
                .text("\(block.extrinsics.count)", sortValue: Double(block.extrinsics.count), numeric: true),
                events,
            ]
            return noted ? cells + [.text(block.problem ?? "")] : cells
        }
        let extrinsics = snapshot.recentBlocks.flatMap { block in
            block.extrinsics.map { extrinsic -> [HTML.Cell] in
                [.text("\(Units.block(block.number))-\(extrinsic.index)", sortValue: Double(block.number) * 10_000 + Double(extrinsic.index)),
                 .markup("<code>\(HTML.escape(extrinsic.call))</code>"),
                 .markup(extrinsic.signer.map(Units.addressLink) ?? "<span class=\"muted\">inherent</span>"),
                 .markup(extrinsic.succeeded.map { $0 ? "<span class=\"ok\">success</span>" : "<span class=\"bad\">failed</span>" }
                     ?? "<span class=\"muted\">unknown</span>"),
                 .markup("<ul class=\"chips\">" + extrinsic.events.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>")]
            }
        }
        return PageLayout.notices([snapshot.problem]) + """
        <h1>Chain</h1>
        \(figures)
        <section aria-labelledby="blocks-heading"><h2 id="blocks-heading">Recent blocks</h2>
        \(HTML.table(id: "blocks", caption: "The newest \(snapshot.recentBlocks.count) blocks", headers: ["Block", "Hash", "Time (UTC)", "Extrinsics", "Events"] + (noted ? ["Could not read"] : []), rows: blocks, sortable: true, empty: "No blocks read yet."))
        </section>
        <section aria-labelledby="extrinsics-heading"><h2 id="extrinsics-heading">Recent extrinsics</h2>
        \(HTML.table(id: "extrinsics", caption: "Extrinsics of the recent blocks, with their events", headers: ["Block-index", "Call", "Signer", "Result", "Events"], rows: extrinsics, sortable: true, empty: "No extrinsics yet."))
        </section>
        """
    }

    /// Milliseconds since the Unix epoch as `HH:MM:SS.mmm` UTC.
    static func time(_ milliseconds: UInt64) -> String {
        let seconds = milliseconds / 1000
        func two(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = String(milliseconds % 1000)
        return "\(two(seconds / 3600 % 24)):\(two(seconds / 60 % 60)):\(two(seconds % 60)).\(String(repeating: "0", count: 3 - millis.count))\(millis)"
    }
}
