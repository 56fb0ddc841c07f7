import Testing
@testable import Dashboard

@Suite struct ChartTests {
    @Test func axesRunBetweenRoundNumbers() {
        #expect(LineChart.niceRange(2.63, 16.0) == (0, 20, 5))
        #expect(LineChart.niceRange(0, 1) == (0, 1, 0.25))
        #expect(LineChart.niceRange(0, 0) == (0, 1, 0.25))
        #expect(LineChart.niceRange(0, 39.3) == (0, 40, 10))
        let flat = LineChart.niceRange(2.2, 2.2)
        #expect(flat.lower <= 2.2 && flat.upper >= 2.2 && flat.step > 0)
        #expect(LineChart.decimals(for: 0.25) == 2)
        #expect(LineChart.decimals(for: 2.5) == 1)
        #expect(LineChart.decimals(for: 10) == 0)
    }

    @Test func linesDotsAndNothing() {
        let chart = LineChart(title: "Incentive <&>", unit: "share", series: [
            .init(name: "uid 0", points: [(1, 0.5), (2, 0.75)]),
            .init(name: "uid 1 <b>", points: [(2, 0.25)]),
        ], formatY: Units.fraction)
        let svg = chart.render(id: "c")
        #expect(svg.components(separatedBy: "<polyline").count == 2)
        #expect(svg.components(separatedBy: "<circle").count == 2)
        #expect(svg.contains("Incentive &lt;&amp;&gt;") && svg.contains("uid 1 &lt;b&gt;") && !svg.contains("<b>"))
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"c-title\""))
        let empty = LineChart(title: "Stake", unit: "α", series: [], formatY: Units.fraction).render(id: "e")
        #expect(empty.contains("No samples yet.") && !empty.contains("<svg"))
    }

    @Test func heatMapShadesEachRowByShare() {
        #expect(WeightsHeatMap.colour(0) == "rgb(241,245,249)")
        #expect(WeightsHeatMap.colour(1) == "rgb(29,78,216)")
        #expect(WeightsHeatMap.colour(7) == WeightsHeatMap.colour(1))
        let map = WeightsHeatMap(weights: [[0, 0, 0], [0, 65_535, 0], [16_384, 0, 49_151]]).render()
        #expect(map.components(separatedBy: "<rect").count == 1 + 2 + 3, "a background for each of the two rows that set weights, a cell for each weight")
        #expect(map.contains("<details id=\"weights-table\"><summary>Weights as a table</summary>") && map.contains("<td>uid 2</td>"))
        #expect(map.contains("uid 1 → uid 1: 100.00 %"))
        #expect(map.contains("uid 2 → uid 0: 25.00 %") && map.contains("uid 2 → uid 2: 75.00 %"))
        #expect(!map.contains("uid 0 → "), "a neuron that set no weights has no row")
        #expect(WeightsHeatMap(weights: [[0, 0], [0, 0]]).render().contains("No neuron has set weights yet."))
    }
}
