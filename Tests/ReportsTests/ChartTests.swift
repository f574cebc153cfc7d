import Testing

@testable import Reports

/// The chart toolkit: nice scales, and every chart's SVG carrying the same numbers as its table.
struct ChartTests {
    @Test func scalesWidenToNiceTicks() {
        let money = LinearScale(covering: [12_000, 437_000], from: 300, to: 0)
        #expect(money.ticks == [0, 100_000, 200_000, 300_000, 400_000, 500_000])
        #expect(money.position(0) == 300 && money.position(500_000) == 0)
        let negative = LinearScale(covering: [-18_834, 355_476], from: 0, to: 100)
        #expect(negative.ticks.first == -100_000 && negative.ticks.last == 400_000)
        let counts = LinearScale(covering: [0, 2], from: 0, to: 100, tickCount: 5, whole: true)
        #expect(counts.ticks == [0, 1, 2])
        #expect(LinearScale.niceStep(0.23) == 0.5 && LinearScale.niceStep(1_700) == 2_000 && LinearScale.niceStep(100) == 100)
        let flat = LinearScale(covering: [5, 5], from: 0, to: 10)
        #expect(flat.domain.lowerBound < 5 && flat.domain.upperBound > 5)
    }

    static let fan = FanChart(
        title: "Trust <reserves>", valueTitle: "Reserves", unit: .money,
        steps: [
            .init(label: "2026/27", p5: 100, p25: 200, p50: 300, p75: 400, p95: 500),
            .init(label: "2027/28", p5: 90, p25: 210, p50: 330, p75: 420, p95: 620.25),
        ],
        references: [
            .init(label: "Target", values: [150, 160], isTarget: true),
            .init(label: "£0", values: [0, 0], isTarget: false),
        ])

    @Test func fanChartCarriesItsPercentilesAndItsTableShowsThem() {
        let svg = Self.fan.svg(id: "fan")
        #expect(
            svg.contains(
                "data-label=\"2027/28\" data-p5=\"90\" data-p25=\"210\" data-p50=\"330\" data-p75=\"420\" data-p95=\"620.25\" data-reference0=\"160\""
            ))
        #expect(svg.contains("<title id=\"fan-title\">Trust &lt;reserves&gt;</title>"))
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"fan-title fan-desc\""))
        #expect(!svg.contains("<reserves>"))
        let table = Self.fan.table(id: "t")
        #expect(table.columns.map(\.heading) == ["Year", "P5", "P25", "Median", "P75", "P95", "Target"])
        #expect(table.rows[1] == [.text("2027/28"), .money(90), .money(210), .money(330), .money(420), .money(620.25), .money(160)])
        #expect(Self.fan.textAlternative.contains("from £300 in 2026/27 to £330 in 2027/28"))
    }

    @Test func barChartDrawsNegativeValuesHatchedLeftOfZero() {
        let chart = BarChart(
            title: "Net value", labelTitle: "Mitigation", valueTitle: "Net value a year", unit: .money,
            bars: [
                .init(label: "M01 Insurance", value: 12_000, low: 8_000, high: 16_000),
                .init(label: "M02 <Audit>", value: -5_000, low: -9_000, high: -1_000),
            ])
        let svg = chart.svg(id: "net")
        #expect(svg.contains("data-label=\"M02 &lt;Audit&gt;\" data-value=\"-5000\" data-low=\"-9000\" data-high=\"-1000\""))
        #expect(svg.contains("fill=\"url(#net-hatch)\""))
        #expect(svg.contains("<pattern id=\"net-hatch\""))
        #expect(svg.contains("\u{2212}£5.0k"))
        let table = chart.table(id: "t")
        #expect(
            table.rows == [
                [.text("M01 Insurance"), .money(12_000), .money(8_000), .money(16_000)],
                [.text("M02 <Audit>"), .money(-5_000), .money(-9_000), .money(-1_000)],
            ])
    }

    @Test func lineChartTablesAreWideForYearsAndLongForDifferentNumbers() {
        let years = LineChart(
            title: "Chance of deficit", xTitle: "Year", yTitle: "Chance", xAxis: .categories(["2026/27", "2027/28"]),
            yUnit: .percent(decimals: 1),
            series: [
                .init(name: "Any", points: [.init(x: 0, y: 0.5, low: 0.4, high: 0.6), .init(x: 1, y: 0.6, low: 0.5, high: 0.7)]),
                .init(name: "Joining school", points: [.init(x: 1, y: 0.2)]),
            ])
        let wide = years.table(id: "w")
        #expect(wide.columns.map(\.heading) == ["Year", "Any", "95% low", "95% high", "Joining school"])
        #expect(
            wide.rows[0] == [.text("2026/27"), .percent(0.5, decimals: 1), .percent(0.4, decimals: 1), .percent(0.6, decimals: 1), .empty])
        #expect(years.svg(id: "y").contains("data-series=\"Joining school\" data-x=\"1\" data-y=\"0.2\""))

        let sweep = LineChart(
            title: "Sweep", xTitle: "Top-slice", yTitle: "P(central < £0)", xAxis: .numeric(.number(decimals: 1, suffix: "%")),
            yUnit: .percent(decimals: 1),
            series: [
                .init(name: "A", points: [.init(x: 2, y: 0.9), .init(x: 3, y: 0.4)]), .init(name: "B", points: [.init(x: 2.5, y: 0.5)]),
            ],
            thresholds: [.init(label: "Target 10%", value: 0.1, axis: .y, isTarget: true)], yRange: 0...1)
        let long = sweep.table(id: "l")
        #expect(long.columns.map(\.heading) == ["Series", "Top-slice", "P(central < £0)"])
        #expect(long.rows.count == 3 && long.rows[2][1] == .text("2.5%"))
        let svg = sweep.svg(id: "s")
        #expect(svg.contains("data-label=\"Target 10%\" data-value=\"0.1\""))
        #expect(svg.contains(">100%<") && svg.contains(">0%<"))
    }

    @Test func heatGridPrintsEveryBandLetterBesideItsCount() {
        let cell = { (count: Int, tone: HeatGrid.Tone) in
            HeatGrid.Cell(count: count, tone: tone, letter: tone == .high ? "R" : "G", toneName: "x")
        }
        let grid = HeatGrid(
            title: "Risks", rowTitle: "Likelihood", columnTitle: "Impact", rowLabels: ["2", "1"], columnLabels: ["1", "2"],
            cells: [[cell(0, .low), cell(3, .high)], [cell(1, .low), cell(0, .low)]], summary: "4 risks")
        let svg = grid.svg(id: "h")
        #expect(svg.contains("data-row=\"2\" data-column=\"2\" data-count=\"3\" data-tone=\"high\""))
        #expect(svg.components(separatedBy: "class=\"heat-letter\">").count == 5)
        #expect(grid.table(id: "t").rows == [[.text("2"), .integer(0), .integer(3)], [.text("1"), .integer(1), .integer(0)]])
        #expect(grid.textAlternative == "Risks. 4 risks. Counts by cell: likelihood 2, impact 2 (x): 3; likelihood 1, impact 1 (x): 1.")
    }
}
