/// A subnet's weights as a heat map in inline SVG: one row per neuron that set weights, one column per uid, each
/// cell's darkness its share of that row's weight, with the exact share in each weighted cell's tooltip (cells
/// with no weight are the row's background, so a sparse row costs little markup).
struct WeightsHeatMap {
    /// Dense weight rows by uid (u16 values), as `SubnetMetagraph.weights`.
    let weights: [[UInt16]]

    /// The heat map as a `<figure>`, or a sentence when nobody has set weights.
    func render() -> String {
        let rows = weights.enumerated().filter { $0.element.contains { $0 > 0 } }
        let columns = weights.count
        guard !rows.isEmpty, columns > 0 else {
            return "<figure class=\"chart\"><figcaption>Weights</figcaption><p class=\"empty\">No neuron has set weights yet.</p></figure>"
        }
        let cell = max(6.0, min(28.0, 640.0 / Double(columns)))
        let labelled = columns <= 48
        let left = 64.0, top = labelled ? 28.0 : 8.0
        let width = left + cell * Double(columns) + 8, height = top + cell * Double(rows.count) + 8
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"weights-title\" class=\"heatmap-svg\">"
        svg += "<title id=\"weights-title\">Weights: \(rows.count) neurons setting weights over \(columns) uids</title>"
        if labelled {
            for column in 0..<columns {
                svg += "<text class=\"tick\" x=\"\(Int(left + cell * (Double(column) + 0.5)))\" y=\"\(Int(top) - 8)\" text-anchor=\"middle\">\(column)</text>"
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + cell * Double(rowIndex)
            svg += "<text class=\"tick\" x=\"\(Int(left) - 6)\" y=\"\(Int(y + cell / 2))\" text-anchor=\"end\" dominant-baseline=\"middle\">uid \(row.offset)</text>"
            let total = row.element.reduce(0.0) { $0 + Double($1) }
            svg += "<rect x=\"\(Int(left))\" y=\"\(Int(y))\" width=\"\(Int(cell * Double(columns)) - 1)\" height=\"\(Int(cell) - 1)\" fill=\"\(Self.colour(0))\"/>"
            for (column, weight) in row.element.enumerated() where weight > 0 {
                let share = Double(weight) / total
                svg += "<rect x=\"\(Int(left + cell * Double(column)))\" y=\"\(Int(y))\" width=\"\(Int(cell) - 1)\" height=\"\(Int(cell) - 1)\" fill=\"\(Self.colour(share))\"><title>uid \(row.offset) → uid \(column): \(Units.percent(share))</title></rect>"
            }
        }
        svg += "</svg>"
        return "<figure class=\"chart heatmap\"><figcaption>Weights <span class=\"muted\">(row: the neuron setting them; column: the uid weighted; darker = larger share of the row)</span></figcaption>\(svg)\(table(rows))</figure>"
    }

    /// The same shares as a table, behind a disclosure, for screen readers and exact reading (subnets of up to
    /// `tabulatedColumns` uids).
    private func table(_ rows: [(offset: Int, element: [UInt16])]) -> String {
        guard weights.count <= Self.tabulatedColumns else { return "" }
        let cells = rows.map { row -> [HTML.Cell] in
            let total = row.element.reduce(0.0) { $0 + Double($1) }
            return [.text("uid \(row.offset)")] + row.element.map { weight in
                let share = total > 0 ? Double(weight) / total : 0
                return .text(Units.percent(share), sortValue: share, numeric: true)
            }
        }
        let table = HTML.table(id: "weights", caption: "Share of each row's weight, by uid weighted",
                               headers: ["Set by"] + weights.indices.map { "uid \($0)" }, rows: cells)
        return "<details id=\"weights-table\"><summary>Weights as a table</summary>\(table)</details>"
    }

    /// The most uids the table form is given for.
    static let tabulatedColumns = 64

    /// From near-white (0) to deep blue (1).
    static func colour(_ share: Double) -> String {
        let t = max(0, min(1, share))
        func channel(_ from: Double, _ to: Double) -> Int { Int((from + (to - from) * t).rounded()) }
        return "rgb(\(channel(241, 29)),\(channel(245, 78)),\(channel(249, 216)))"
    }
}
