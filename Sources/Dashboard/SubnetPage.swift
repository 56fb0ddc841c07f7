import Client
import Primitives

/// `/subnets/{netuid}`: one subnet's summary, its metagraph as a sortable table, each neuron's incentive,
/// dividends, emission and stake over time as charts, and its weights as a heat map.
enum SubnetPage {
    /// How many neurons the charts draw (the largest by stake; the table has them all).
    static let chartedNeurons = 10

    /// The page's `<main>` content; nil when the subnet is unknown.
    static func main(_ snapshot: NetworkSnapshot, netuid: UInt16) -> String? {
        guard let subnet = snapshot.subnets.first(where: { $0.netuid == netuid }) else { return nil }
        let figures = PageLayout.figures([
            ("Name", HTML.escape(subnet.displayName)),
            ("Token symbol", HTML.escape(String(decoding: subnet.tokenSymbol, as: UTF8.self))),
            ("Price", "τ " + Units.decimal(subnet.price, places: 6) + " / α"),
            ("Tempo", "\(subnet.tempo) blocks"),
            ("Since last epoch", "\(subnet.blocksSinceLastStep) blocks"),
            ("TAO pool", TokenAmount.display(subnet.taoIn)),
            ("Alpha pool", TokenAmount.display(subnet.alphaIn, symbol: "α")),
            ("Emission per block", TokenAmount.display(subnet.taoInEmission)),
            ("Owner", Units.addressLink(subnet.ownerColdkey)),
        ])
        let notices = PageLayout.notices([snapshot.problem, snapshot.metagraphProblems[netuid]])
        guard let metagraph = snapshot.metagraphs[netuid] else {
            return notices + "<h1>Subnet \(netuid)</h1>\(figures)<p class=\"empty\">Metagraph not read yet.</p>"
        }
        let history = snapshot.histories[netuid]?.samples ?? []
        return notices + """
        <h1>Subnet \(netuid): \(HTML.escape(subnet.displayName))</h1>
        \(figures)
        <section aria-labelledby="metagraph-heading"><h2 id="metagraph-heading">Metagraph</h2>
        \(metagraphTable(metagraph))
        </section>
        <section aria-labelledby="history-heading"><h2 id="history-heading">Over time</h2>
        <div class="charts">
        \(charts(history))
        </div>
        </section>
        <section aria-labelledby="weights-heading"><h2 id="weights-heading">Weights</h2>
        \(WeightsHeatMap(weights: metagraph.weights ?? []).render())
        </section>
        """
    }

    /// The metagraph as a sortable table, one row per neuron.
    static func metagraphTable(_ metagraph: SubnetMetagraph) -> String {
        let rows = (0..<metagraph.n).map { index -> [HTML.Cell] in
            let role = metagraph.dividends[index] > 0 || metagraph.validatorTrust[index] > 0
                ? "validator" : metagraph.incentive[index] > 0 ? "miner" : "–"
            let axon = metagraph.axons[index]
            let serving = axon.port == 0 ? "–" : "\(AxonIP.text(ip: axon.ip, type: axon.ipType)):\(axon.port)"
            return [
                .text("\(metagraph.uids[index])", sortValue: Double(metagraph.uids[index]), numeric: true),
                .markup(Units.addressLink(metagraph.hotkeys[index])),
                .markup(Units.addressLink(metagraph.coldkeys[index])),
                .text(role),
                .text(metagraph.validatorPermit[index] ? "yes" : "no"),
                .text(TokenAmount.display(metagraph.alphaStake[index], symbol: "α"), sortValue: Double(metagraph.alphaStake[index]), numeric: true),
                .text(Units.fraction(metagraph.incentive[index]), sortValue: metagraph.incentive[index], numeric: true),
                .text(Units.fraction(metagraph.dividends[index]), sortValue: metagraph.dividends[index], numeric: true),
                .text(Units.fraction(metagraph.consensus[index]), sortValue: metagraph.consensus[index], numeric: true),
                .text(Units.fraction(metagraph.validatorTrust[index]), sortValue: metagraph.validatorTrust[index], numeric: true),
                .text(TokenAmount.display(metagraph.emission[index], symbol: "α"), sortValue: Double(metagraph.emission[index]), numeric: true),
                .text(metagraph.active[index] ? "yes" : "no"),
                .text(serving),
            ]
        }
        return HTML.table(id: "metagraph", caption: "Neurons at block \(Units.block(metagraph.block)); role: validator when it earns dividends or validator trust, miner when it earns incentive; emission is per epoch",
                          headers: ["UID", "Hotkey", "Coldkey", "Role", "Validator permit", "Stake", "Incentive", "Dividends", "Consensus",
                                    "Validator trust", "Emission", "Active", "Axon"],
                          rows: rows, sortable: true, empty: "No neurons registered.")
    }

    /// Incentive, dividends, emission and stake over time for the `chartedNeurons` largest neurons by stake.
    static func charts(_ history: [SubnetHistory.Sample]) -> String {
        guard let last = history.last else { return "<p class=\"empty\">No samples yet.</p>" }
        let charted = last.stake.indices.sorted { (last.stake[$0], last.incentive[$0]) > (last.stake[$1], last.incentive[$1]) }
            .prefix(chartedNeurons)
            .sorted()
        func series(_ value: (SubnetHistory.Sample, Int) -> Double) -> [LineChart.Series] {
            charted.map { uid in
                let hotkey = last.hotkeys[uid]
                let points = history.compactMap { sample -> (x: Double, y: Double)? in
                    guard uid < sample.hotkeys.count, sample.hotkeys[uid] == hotkey else { return nil }
                    return (Double(sample.block), value(sample, uid))
                }
                return LineChart.Series(name: "uid \(uid) \(Units.short(hotkey))", points: points)
            }
        }
        let alpha = Double(TokenAmount.raoPerUnit)
        return [
            LineChart(title: "Incentive", unit: "share", series: series { $0.incentive[$1] }, formatY: Units.fraction).render(id: "chart-incentive"),
            LineChart(title: "Dividends", unit: "share", series: series { $0.dividends[$1] }, formatY: Units.fraction).render(id: "chart-dividends"),
            LineChart(title: "Emission", unit: "α per epoch", series: series { Double($0.emission[$1]) / alpha },
                      formatY: { Units.decimal($0, places: 3) }).render(id: "chart-emission"),
            LineChart(title: "Stake", unit: "α", series: series { Double($0.stake[$1]) / alpha },
                      formatY: { Units.decimal($0, places: 1) }).render(id: "chart-stake"),
        ].joined(separator: "\n")
    }
}
