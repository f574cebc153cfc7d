import Foundation
import MonteCarlo
import TrustModel

/// The options side by side: the base and every variant run on the same futures, each measure
/// for each, the difference from the base with its 95% interval, and two charts over the years.
enum VariantsSection {
    static func make(_ comparison: ScenarioComparison) -> PackSection {
        let base = comparison.entries[0].result
        let scenario = base.scenario
        var section = PackSection(
            place: .variants, id: "variants", heading: "The options side by side",
            intro: [
                "Every option is simulated on the same \(NumberText.grouped(base.trials)) futures: in each, the economy, pupil numbers, "
                    + "which schools join and which risks strike are drawn alike, so the differences come from the decision, not from chance. "
                    + "Differences are from the base, with 95% intervals from the paired futures."
            ])
        section.add(
            .points(
                comparison.entries.dropFirst().enumerated().map { offset, entry in
                    headline(comparison, entry: offset + 1, scenario: scenario)
                }))
        // Two variants a table beside the base, so even many options print at A4 width.
        let variants = Array(comparison.entries.indices.dropFirst())
        for start in stride(from: 0, to: variants.count, by: 2) {
            let chunk = [0] + variants[start..<min(start + 2, variants.count)]
            section.add(.table(sideBySide(comparison, entries: chunk, id: "options-\(start / 2 + 1)")))
        }
        section.add(
            PackFigure(
                id: "line-options-trust-reserves", chart: reservesChart(comparison),
                caption: "The median of the trust's reserves at the end of each year, for each option."))
        section.add(
            PackFigure(
                id: "line-options-deficit", chart: deficitChart(comparison),
                caption:
                    "The chance that at least one academy ends the year with reserves below £0 (a cumulative deficit), for each option, with its 95% interval shaded."
            ))
        return section
    }

    /// "grow-to-5-by-2028 (…): by 2031/32, trust reserves -£214k, central reserves below £0 +1.4 points, an academy in deficit +13.2 points, …"
    /// The measures are the comparison's first (trust reserves) and the three chances after its reserves.
    static func headline(_ comparison: ScenarioComparison, entry: Int, scenario: Scenario) -> String {
        let named = comparison.entries[entry]
        let parts = comparison.measures.indices.filter { [0, 3, 4, 5].contains($0) }.map { m -> String in
            let measure = comparison.measures[m]
            let change = MeasureWording.change(comparison.differences[entry][m], for: measure)
            switch measure {
            case .probability(let event): return "\(MeasureWording.eventWords(event)) \(change)"
            default: return "\(MeasureWording.lowercased(MeasureWording.figureTitle(measure.output))) \(change)"
            }
        }
        let year = comparison.measures.first.map { MeasureWording.year($0.output, scenario: scenario) } ?? ""
        return "\(named.name) (\(named.result.scenario.name)): by \(year), " + parts.joined(separator: ", ") + "."
    }

    /// Measures down the side; the base's estimate, then for each of `entries` after it its
    /// estimate and its difference from the base.
    static func sideBySide(_ comparison: ScenarioComparison, entries: [Int], id: String) -> PackTable {
        let scenario = comparison.entries[0].result.scenario
        var columns: [Table.Column] = [.init("Measure", key: "measure"), .init("Estimate", key: "base")]
        var groups = [PackTable.ColumnGroup(title: comparison.entries[0].name, span: 1)]
        for e in entries.dropFirst() {
            let name = comparison.entries[e].name
            columns += [.init("Estimate", key: name), .init("Difference (95% interval)", key: name + "Difference")]
            groups.append(PackTable.ColumnGroup(title: name, span: 2))
        }
        let names = entries.dropFirst().map { comparison.entries[$0].name }.joined(separator: " and ")
        let trials = comparison.entries[0].result.trials
        var table = Table(id: id, title: "\(names) beside \(comparison.entries[0].name) (± standard error)", columns: columns)
        for (m, measure) in comparison.measures.enumerated() {
            var row: [Cell] = [
                .text(MeasureWording.label(measure, scenario: scenario)),
                MeasureWording.valueCell(comparison.estimates[0][m], for: measure, trials: trials),
            ]
            for e in entries.dropFirst() {
                row += [
                    MeasureWording.valueCell(comparison.estimates[e][m], for: measure, trials: trials),
                    .text(MeasureWording.difference(comparison.differences[e][m], for: measure)),
                ]
            }
            table.append(row)
        }
        return PackTable.sideBySide(table, groups: groups)
    }

    static func years(_ comparison: ScenarioComparison) -> [String] {
        comparison.entries[0].result.years.map(\.label)
    }

    static func reservesChart(_ comparison: ScenarioComparison) -> LineChart {
        let series = comparison.entries.map { entry in
            LineChart.Series(
                name: entry.name,
                points: entry.result.years.enumerated().map { index, year in
                    LineChart.Point(x: Double(index), y: year.summary(.trustReserves).percentile(0.5) ?? 0)
                })
        }
        return LineChart(
            title: "Trust reserves by option (median)", xTitle: "School year", yTitle: "Trust reserves, median",
            xAxis: .categories(years(comparison)), yUnit: .money, series: series,
            thresholds: [.init(label: "£0", value: 0, axis: .y, isTarget: false)])
    }

    static func deficitChart(_ comparison: ScenarioComparison) -> LineChart {
        let series = comparison.entries.map { entry in
            LineChart.Series(
                name: entry.name,
                points: entry.result.years.enumerated().map { index, year in
                    let p = year.anyAcademyInDeficit
                    let interval = p.wilsonInterval()
                    return LineChart.Point(x: Double(index), y: p.estimate, low: interval.lowerBound, high: interval.upperBound, chance: p)
                })
        }
        return LineChart(
            title: "Chance an academy's reserves are below £0 (cumulative deficit), by option", xTitle: "School year",
            yTitle: "Chance at least one academy is in cumulative deficit",
            xAxis: .categories(years(comparison)), yUnit: .percent(decimals: 1), series: series, yRange: 0...1)
    }
}
