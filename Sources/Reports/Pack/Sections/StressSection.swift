import MonteCarlo
import TrustModel

/// What would have to go wrong for a condition to hold: the `stress --when` findings in the
/// pack, as sentences, a chart of each kind of future's coverage and density against the chance
/// over all futures, and the warning-sign table.
package enum StressSection {
    /// Over-represented inputs the pack names: the sentences read the first three.
    package static let inputLimit = 5

    static func make(_ stress: Stress, scenario: Scenario) -> PackSection {
        var section = PackSection(
            place: .stress, id: "stress", heading: "What would have to go wrong for \(StressWording.condition(stress, scenario: scenario))",
            intro: [StressWording.opening(stress, scenario: scenario)])
        guard stress.discovery != nil else { return section }
        section.add(.points(StressWording.inputs(stress)))
        section.add(.points(StressWording.boxes(stress, scenario: scenario)))
        if let chart = chart(stress) {
            section.add(
                PackFigure(
                    id: "bar-stress", chart: chart,
                    caption:
                        "Coverage: the share of the futures where it happens that are of this kind. Density: the share of futures of this "
                        + "kind where it happens, against the chance over all futures (the last bar). Whiskers: 95% intervals, on the "
                        + "futures the kinds were not found on.",
                    table: .none))
        }
        if let warning = StressWording.warning(stress, scenario: scenario) { section.add(.points([warning])) }
        section.add(StressReport.warnings(stress))
        return section
    }

    /// Each kind of future's coverage and density, then the chance over all futures; nil when none was found.
    static func chart(_ stress: Stress) -> BarChart? {
        guard let discovery = stress.discovery, !discovery.boxes.isEmpty else { return nil }
        func bar(_ label: String, _ p: ProportionAccumulator) -> BarChart.Bar {
            let half = 1.959_963_984_540_054 * p.standardError
            return BarChart.Bar(label: label, value: p.estimate, low: max(0, p.estimate - half), high: min(1, p.estimate + half))
        }
        let bars = discovery.boxes.enumerated().flatMap { i, box in
            let name = (discovery.boxes.count == 1 ? "" : "\(i + 1). ") + StressWording.limits(box)
            return [bar(name + ": coverage", box.coverage), bar(name + ": density", box.density)]
        }
        return BarChart(
            title: "Where it happens: the kinds of future found", labelTitle: "Kind of future", valueTitle: "Share",
            unit: .percent(decimals: 0), bars: bars + [bar("All futures: the chance it happens", stress.failing)])
    }
}
