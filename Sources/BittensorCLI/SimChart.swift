import Consensus
import Foundation

/// A self-contained SVG line chart of a simulation: incentive and dividends per UID over epochs, one panel
/// each, with segment boundaries marked. Coordinates are computed with `Double` for display only.
struct SimChart {
    let scenario: SimulationScenario
    let epochs: [SimulatedEpoch]

    static let width = 960.0
    static let panelHeight = 260.0
    static let left = 60.0, right = 220.0, top = 50.0, gap = 70.0
    /// The most UIDs the legend names.
    static let legendLimit = 30
    /// Tableau 10.
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    /// The chart as an SVG document.
    func svg() -> String {
        let height = Self.top + 2 * Self.panelHeight + Self.gap + 40
        var parts = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(f(Self.width))" height="\#(f(height))" "#
                + #"viewBox="0 0 \#(f(Self.width)) \#(f(height))" font-family="sans-serif" font-size="12">"#,
            #"<rect width="100%" height="100%" fill="white"/>"#,
            text(Self.left, 24, scenario.description ?? "Yuma epoch simulation", size: 15),
        ]
        parts += panel("Incentive", top: Self.top) { $0.incentive }
        parts += panel("Dividends", top: Self.top + Self.panelHeight + Self.gap) { $0.dividends }
        parts += legend()
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    /// One panel: axes, grid, segment markers and a line per UID whose series is not all zero.
    func panel(_ title: String, top: Double, series: (EpochOutput) -> [UInt16]) -> [String] {
        let plotWidth = Self.width - Self.left - Self.right
        let bottom = top + Self.panelHeight
        func y(_ value: UInt16) -> Double { bottom - Double(value) / 65535 * Self.panelHeight }
        var parts = [text(Self.left, top - 10, title, size: 13)]
        for tick in 0...4 {
            let level = bottom - Double(tick) / 4 * Self.panelHeight
            parts.append(line(Self.left, level, Self.left + plotWidth, level, stroke: "#dddddd"))
            parts.append(text(Self.left - 8, level + 4, String(format: "%.2f", Double(tick) / 4), anchor: "end"))
        }
        for tick in xTicks() {
            parts.append(text(x(tick), bottom + 16, "\(tick)", anchor: "middle"))
        }
        parts.append(text(Self.left + plotWidth / 2, bottom + 34, "epoch", anchor: "middle"))
        for record in epochs.dropFirst() where record.segment != epochs[record.epoch - 2].segment {
            let position = x(record.epoch)
            parts.append(line(position, top, position, bottom, stroke: "#888888", dashed: true))
            let label = scenario.segments[record.segment].label ?? "segment \(record.segment)"
            parts.append(text(position + 4, top + 12, label, color: "#555555"))
        }
        parts.append(line(Self.left, bottom, Self.left + plotWidth, bottom, stroke: "#333333"))
        parts.append(line(Self.left, top, Self.left, bottom, stroke: "#333333"))
        for uid in 0..<scenario.n {
            let values = epochs.map { series($0.output)[uid] }
            guard values.contains(where: { $0 != 0 }) else { continue }
            let points = zip(epochs, values).map { "\(f(x($0.epoch))),\(f(y($1)))" }
            let path = points.joined(separator: " ")
            parts.append(#"<polyline fill="none" stroke="\#(color(uid))" stroke-width="2" points="\#(path)"/>"#)
        }
        return parts
    }

    /// A colour swatch and name per UID (the first `legendLimit`), right of the panels.
    func legend() -> [String] {
        let x = Self.width - Self.right + 20
        var parts = (0..<min(scenario.n, Self.legendLimit)).flatMap { uid in
            let y = Self.top + Double(uid) * 18
            return [#"<rect x="\#(f(x))" y="\#(f(y - 9))" width="12" height="12" fill="\#(color(uid))"/>"#,
                    text(x + 18, y + 1, "\(uid) \(scenario.name(of: uid))")]
        }
        if scenario.n > Self.legendLimit {
            let more = "… and \(scenario.n - Self.legendLimit) more"
            parts.append(text(x, Self.top + Double(Self.legendLimit) * 18, more))
        }
        return parts
    }

    /// The horizontal position of an epoch.
    func x(_ epoch: Int) -> Double {
        let plotWidth = Self.width - Self.left - Self.right
        guard epochs.count > 1 else { return Self.left + plotWidth / 2 }
        return Self.left + Double(epoch - 1) / Double(epochs.count - 1) * plotWidth
    }

    /// At most about ten evenly spaced epoch numbers for the x axis.
    func xTicks() -> [Int] {
        let step = max(1, (epochs.count + 9) / 10)
        return Array(stride(from: 1, through: epochs.count, by: step))
    }

    func color(_ uid: Int) -> String { Self.palette[uid % Self.palette.count] }

    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dashed: Bool = false) -> String {
        let dash = dashed ? #" stroke-dasharray="4 3""# : ""
        return #"<line x1="\#(f(x1))" y1="\#(f(y1))" x2="\#(f(x2))" y2="\#(f(y2))" stroke="\#(stroke)"\#(dash)/>"#
    }

    func text(_ x: Double, _ y: Double, _ content: String, size: Int = 12, anchor: String = "start",
              color: String = "#222222") -> String {
        #"<text x="\#(f(x))" y="\#(f(y))" font-size="\#(size)" text-anchor="\#(anchor)" fill="\#(color)">"#
            + Self.escaped(content) + "</text>"
    }

    /// A coordinate with one decimal.
    func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// `text` with XML's special characters escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
