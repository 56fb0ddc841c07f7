/// `/reference`: the reference (text prediction) subnet's bits per byte per miner and for the collective model
/// over time, from the reference validator's scores.
enum ReferencePage {
    /// The page's `<main>` content; `configured` says whether the dashboard was given `--validator-url`.
    static func main(_ snapshot: NetworkSnapshot, configured: Bool) -> String {
        let heading = "<h1>Reference subnet: next-byte prediction</h1>"
        guard configured else {
            return heading + """
            <p class="empty">No reference validator given. Start the dashboard with <code>--validator-url http://127.0.0.1:PORT/scores</code> \
            (<code>scripts/localnet</code> does this for you).</p>
            """
        }
        let notices = PageLayout.notices([snapshot.scoresProblem])
        guard let scores = snapshot.scores.latest else { return notices + heading + "<p class=\"empty\">No scores read yet.</p>" }
        let netuid = snapshot.referenceNetuid
        let incentive = netuid.flatMap { snapshot.metagraphs[$0] }
        let miners = scores.miners.sorted { ($0.value.bitsPerByte, $0.key) < ($1.value.bitsPerByte, $1.key) }
        let rows = miners.map { hotkey, miner -> [HTML.Cell] in
            let share = incentive.flatMap { metagraph in
                metagraph.hotkeys.firstIndex { $0.ss58Address == hotkey }.map { metagraph.incentive[$0] }
            }
            return [
                .text("\(miner.uid)", sortValue: Double(miner.uid), numeric: true),
                .markup("<span class=\"address\"><a href=\"/accounts/\(HTML.escape(hotkey))\" title=\"\(HTML.escape(hotkey))\"><code>\(HTML.escape(Units.short(hotkey)))</code></a>\(Units.copyButton(hotkey, what: "hotkey"))</span>"),
                .text(bits(miner.bitsPerByte), sortValue: miner.bitsPerByte, numeric: true),
                .text(bits(miner.lastBitsPerByte), sortValue: miner.lastBitsPerByte, numeric: true),
                .text(Units.fraction(miner.lastReward), sortValue: miner.lastReward, numeric: true),
                .text(share.map(Units.fraction) ?? "–", sortValue: share, numeric: true),
                .text("\(miner.rounds)", sortValue: Double(miner.rounds), numeric: true),
            ]
        }
        let figures = PageLayout.figures([
            ("Subnet", netuid.map { "<a href=\"/subnets/\($0)\">\($0)</a>" } ?? "–"),
            ("Collective model", scores.collectiveBitsPerByte.map(bits) ?? "–"),
            ("Best single miner", scores.bestSingleBitsPerByte.map(bits) ?? "–"),
            ("Validator steps", "\(scores.steps)"),
            ("At block", Units.block(scores.block)),
        ])
        let samples = snapshot.scores.samples
        var series = miners.map { hotkey, miner in
            LineChart.Series(name: "uid \(miner.uid) \(Units.short(hotkey))", points: samples.compactMap { sample in
                sample.miners[hotkey].map { (Double(sample.block), $0.bitsPerByte) }
            })
        }
        series.append(LineChart.Series(name: "collective model", points: samples.compactMap { sample in
            sample.collectiveBitsPerByte.map { (Double(sample.block), $0) }
        }))
        let chart = LineChart(title: "Bits per byte on held-out text (lower is better)", unit: "bits/byte", series: series,
                              formatY: { Units.decimal($0, places: 2) }, fromZero: false)
        return notices + heading + figures + """
        <section aria-labelledby="bpb-heading"><h2 id="bpb-heading">Bits per byte over time</h2>
        \(chart.render(id: "chart-bits"))
        </section>
        <section aria-labelledby="miners-heading"><h2 id="miners-heading">Miners</h2>
        \(HTML.table(id: "reference-miners", caption: "Each miner's bits per byte as the reference validator measures it", headers: ["UID", "Hotkey", "Bits/byte (average)", "Bits/byte (last step)", "Last reward", "Incentive", "Steps"], rows: rows, sortable: true, empty: "No miners scored yet."))
        </section>
        """
    }

    /// Bits per byte with three decimals and the unit.
    static func bits(_ value: Double) -> String { Units.decimal(value, places: 3) + " bits/byte" }
}
