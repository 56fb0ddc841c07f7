import Foundation

/// A line chart drawn as inline SVG on the server: one line per series over a shared x axis (blocks), axes with
/// ticks, and a legend in HTML. Colours come from a fixed palette distinguishable in both themes.
struct LineChart {
    /// One line.
    struct Series {
        /// Its name in the legend.
        let name: String
        /// Its points, (x, y), in x order.
        let points: [(x: Double, y: Double)]
    }

    /// The chart's title (also its accessible name).
    let title: String
    /// The y axis's unit, shown beside the title.
    let unit: String
    /// The lines.
    let series: [Series]
    /// How a value is written in the legend (the axis writes round numbers itself).
    let formatY: (Double) -> String
    /// Whether the y axis starts at zero (else at the smallest value).
    var fromZero = true

    /// The palette, in order of series.
    static let palette = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777",
                          "#4b5563", "#65a30d"]

    private static let width = 720.0, height = 260.0
    private static let left = 72.0, right = 16.0, top = 14.0, bottom = 34.0

    /// The chart as a `<figure>`, or a sentence saying there is nothing to draw yet.
    func render(id: String) -> String {
        let series = series.filter { !$0.points.isEmpty }
        let points = series.flatMap(\.points)
        guard !points.isEmpty else {
            return "<figure class=\"chart\"><figcaption>\(HTML.escape(title)) (\(HTML.escape(unit)))</figcaption><p class=\"empty\">No samples yet.</p></figure>"
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        let xMin = xs.min()!, xMax = max(xs.max()!, xs.min()! + 1)
        let (yMin, yMax, yStep) = Self.niceRange(fromZero ? min(0, ys.min()!) : ys.min()!, ys.max()!)
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        func px(_ x: Double) -> Double { Self.left + (x - xMin) / (xMax - xMin) * plotWidth }
        func py(_ y: Double) -> Double { Self.top + (1 - (y - yMin) / (yMax - yMin)) * plotHeight }

        var svg = "<svg viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\"\(id)-title\" class=\"chart-svg\">"
        svg += "<title id=\"\(id)-title\">\(HTML.escape(title)) (\(HTML.escape(unit))) by block, \(series.count) series</title>"
        for value in stride(from: yMin, through: yMax + yStep / 2, by: yStep) {
            let y = Self.format(py(value))
            svg += "<line class=\"grid\" x1=\"\(Int(Self.left))\" x2=\"\(Int(Self.width - Self.right))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            svg += "<text class=\"tick\" x=\"\(Int(Self.left) - 6)\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Units.decimal(value, places: Self.decimals(for: yStep)))</text>"
        }
        let blocks = Set((0...4).map { Int((xMin + (xMax - xMin) * Double($0) / 4).rounded()) })
        for block in blocks.sorted() {
            svg += "<text class=\"tick\" x=\"\(Self.format(px(Double(block))))\" y=\"\(Int(Self.height) - 12)\" text-anchor=\"middle\">#\(block)</text>"
        }
        for (index, line) in series.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            if line.points.count == 1, let point = line.points.first {
                svg += "<circle cx=\"\(Self.format(px(point.x)))\" cy=\"\(Self.format(py(point.y)))\" r=\"3\" fill=\"\(colour)\"/>"
            } else {
                let path = line.points.map { "\(Self.format(px($0.x))),\(Self.format(py($0.y)))" }.joined(separator: " ")
                svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(path)\"><title>\(HTML.escape(line.name))</title></polyline>"
            }
        }
        svg += "</svg>"
        let legend = series.enumerated().map { index, line in
            let last = line.points.last.map { " " + formatY($0.y) } ?? ""
            return "<li><svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"\(Self.palette[index % Self.palette.count])\"/></svg>\(HTML.escape(line.name))<span class=\"muted\">\(HTML.escape(last))</span></li>"
        }.joined()
        return "<figure class=\"chart\" id=\"\(id)\"><figcaption>\(HTML.escape(title)) <span class=\"muted\">(\(HTML.escape(unit)))</span></figcaption>\(svg)<ul class=\"legend\">\(legend)</ul>\(summaryTable(id: id, series: series))</figure>"
    }

    /// The chart in words, behind a disclosure: each series' first, latest, lowest and highest value.
    private func summaryTable(id: String, series: [Series]) -> String {
        let rows = series.compactMap { line -> [HTML.Cell]? in
            guard let first = line.points.first, let last = line.points.last else { return nil }
            let values = line.points.map(\.y)
            return [.text(line.name), .text("\(formatY(first.y)) at #\(Int(first.x))", numeric: true),
                    .text("\(formatY(last.y)) at #\(Int(last.x))", numeric: true),
                    .text(formatY(values.min()!), numeric: true), .text(formatY(values.max()!), numeric: true),
                    .text("\(line.points.count)", numeric: true)]
        }
        let table = HTML.table(caption: "\(title) (\(unit)) by series",
                               headers: ["Series", "First", "Latest", "Lowest", "Highest", "Samples"], rows: rows)
        return "<details id=\"\(id)-table\"><summary>\(HTML.escape(title)) as a table</summary>\(table)</details>"
    }

    /// An axis from `low` to `high` widened to round numbers: bounds and a step of 1, 2, 2.5 or 5 times a power of
    /// ten, about four steps in all. An empty range becomes one around its value.
    static func niceRange(_ low: Double, _ high: Double) -> (lower: Double, upper: Double, step: Double) {
        var (low, high) = (low, high)
        if high - low < 1e-12 {
            let pad = high == 0 ? 1 : abs(high) * 0.1
            (low, high) = (low == 0 ? 0 : low - pad, high + pad)
        }
        let rough = (high - low) / 4
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
    }

    /// Enough decimals to tell ticks `step` apart: 0.25 → 2, 2.5 → 1, 5 → 0.
    static func decimals(for step: Double) -> Int {
        var places = max(0, Int((-log10(step)).rounded(.up)))
        while places < 9, abs((step * pow(10, Double(places))).rounded() - step * pow(10, Double(places))) > 1e-6 { places += 1 }
        return places
    }

    private static func format(_ value: Double) -> String { Units.decimal(value, places: 1).replacingOccurrences(of: ",", with: "") }
}
