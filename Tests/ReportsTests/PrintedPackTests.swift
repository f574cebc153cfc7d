import MonteCarlo
import Testing

@testable import Reports

/// The pack prints right: minus signs bound to their numbers, sensible axes for flat data,
/// series that meet still visible, one way to write a chance.
struct PrintedPackTests {
    @Test func aSignedFigureIsOneUnbreakableTokenWithATrueMinus() {
        // Before this change: the pack wrote "between -£3.50m" with a hyphen, and the
        // printed PDF broke the line after it.
        let html = PrintedFigures.html("between -£3.50m and +£1m (-12.5% ±0.4%), on 2026-10-01 for T-05.")
        #expect(
            html == "between <span class=\"fig\">\u{2212}£3.50m</span> and <span class=\"fig\">+£1m</span> "
                + "(<span class=\"fig\">\u{2212}12.5%</span> <span class=\"fig\">±0.4%</span>), on 2026-10-01 for T-05.")
        #expect(PrintedFigures.html("<b> -£1 & 'x'") == "&lt;b&gt; <span class=\"fig\">\u{2212}£1</span> &amp; &#39;x&#39;")
        #expect(PrintedFigures.svg("-£1.5m") == "\u{2212}£1.5m")
        #expect(PrintedFigures.html("report x.json --as-of 2026-11-22") == "report x.json <span class=\"option\">--as-of</span> 2026-11-22")
        #expect(PrintedFigures.svg("Risk -based --as-of") == "Risk -based --as-of")
    }

    @Test func anOptionInASentenceIsHeldWholeAsWordsAndEndsAtItsName() {
        // Before this change: the honesty mark's "set --precision)" printed its option and the
        // bracket and semicolon after it as a figure, `<span class="fig">--precision);</span>`.
        let mark = "85.2% (±1.6%; ±3.1 points at 95%: run more trials or set --precision); then --as-of."
        #expect(
            PrintedFigures.html(mark)
                == "85.2% (<span class=\"fig\">±1.6%</span>; <span class=\"fig\">±3.1</span> points at 95%: run more trials or set "
                + "<span class=\"option\">--precision</span>); then <span class=\"option\">--as-of</span>.")
        #expect(PrintedFigures.svg(mark) == mark)
    }

    @Test func anAllZeroAxisRunsFromZeroUpwardsWithDistinctTicks() {
        // Before this change: all zeros drew "-£1 -£1 £0 £1 £1".
        for unit in [ChartUnit.money, .percent(decimals: 1), .count] {
            let scale = LinearScale(covering: [0, 0, 0], from: 0, to: 100, whole: unit.wholeTicks, minimumSpan: unit.minimumSpan)
            let labels = scale.ticks.map(unit.tickLabel)
            #expect(scale.domain.lowerBound == 0, "\(unit)")
            #expect(Set(labels).count == labels.count, "\(unit): \(labels)")
            #expect(!labels.contains { $0.hasPrefix("-") }, "\(unit): \(labels)")
        }
        let money = LinearScale(covering: [0], from: 0, to: 100, minimumSpan: ChartUnit.money.minimumSpan)
        #expect(money.ticks.map(ChartUnit.money.tickLabel) == ["£0", "£200", "£400", "£600", "£800", "£1k"])
        // A single value away from zero is centred, with a tenth of it either side.
        let single = LinearScale(covering: [600_000], from: 0, to: 100, minimumSpan: 1_000)
        #expect(single.domain.contains(540_000) && single.domain.contains(660_000) && single.domain.lowerBound >= 0)
    }

    @Test func seriesThatMeetAreNudgedApartAndTheTableKeepsTheirNumbers() {
        // Before this change: three academies at 100% drew one marker on top of another.
        let points = (0..<3).map { LineChart.Point(x: Double($0), y: 1) }
        let chart = LineChart(
            title: "Deficit", xTitle: "Year", yTitle: "Chance", xAxis: .categories(["a", "b", "c"]), yUnit: .percent(decimals: 1),
            series: [
                .init(name: "Ash", points: points), .init(name: "Birch", points: points),
                .init(name: "Other", points: (0..<3).map { LineChart.Point(x: Double($0), y: 0.2) }),
            ], yRange: 0...1)
        let dodges = LineChart.dodges([[(10, 5)], [(10, 5)], [(10, 90)]])
        #expect(dodges == [-LineChart.dodgeStep / 2, LineChart.dodgeStep / 2, 0])
        let svg = chart.svg(id: "d")
        let ash = svg.components(separatedBy: "data-series=\"Ash\" data-x=\"0\"")[1].prefix(120)
        let birch = svg.components(separatedBy: "data-series=\"Birch\" data-x=\"0\"")[1].prefix(120)
        #expect(ash != birch)
        #expect(chart.table(id: "t").rows[0][1] == .percent(1, decimals: 1))
    }

    @Test func aChartsTableWritesAChanceAsEveryTableDoes() {
        // Before this change: the deficit chart's table said "100.0%" where the year table said
        // "over 98.1%" for the same chance.
        let p = ProportionAccumulator(trials: 200, events: 200)
        let chart = LineChart(
            title: "Deficit", xTitle: "Year", yTitle: "Chance", xAxis: .categories(["2026/27"]), yUnit: .percent(decimals: 1),
            series: [.init(name: "Ash", points: [LineChart.Point(x: 0, y: 1, chance: p)])], yRange: 0...1)
        let cell = chart.table(id: "t").rows[0][1]
        #expect(TextRenderer.text(cell) == "over 98.1%")
        #expect(TextRenderer.text(SimulationTables.estimate(p)) == "over 98.1%")
    }
}
