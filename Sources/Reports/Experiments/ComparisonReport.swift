import TrustModel

/// `matrisk compare`: the scenarios side by side, then each one's difference from the first
/// with its 95% interval from the paired trials.
package enum ComparisonReport {
    /// The report of `comparison`; `everyScenario` lists the `--set` edits made to every scenario
    /// in it, the base included, which the report says.
    package static func make(_ comparison: ScenarioComparison, everyScenario edits: [String] = []) -> Report {
        guard let first = comparison.entries.first else { return Report(title: "Nothing to compare") }
        let scenario = first.result.scenario
        let count = comparison.entries.count
        var report = Report(title: "Comparing \(count) scenario\(count == 1 ? "" : "s")")
        report.add(
            .paragraph(
                "Each scenario is run on the same \(NumberText.grouped(first.result.trials)) futures (seed \(scenario.seed)): "
                    + "trial by trial the economy, pupil numbers, joins and risk events are drawn alike, so the differences "
                    + "below come from the decisions, not from chance. Differences are from \(first.name), with 95% intervals from the paired trials."
                    + (comparison.measures.contains { method(comparison, $0) == .pairedBootstrap } ? bootstrapSentence : "")
            ))
        for entry in comparison.entries {
            report.add(.paragraph("\(entry.name): \(entry.result.scenario.name)."))
        }
        if !edits.isEmpty {
            report.add(
                .paragraph(
                    "--set changed every scenario above, the base included: \(edits.joined(separator: ", ")). "
                        + "To compare a change with the base, give it as --option NAME:EDITS instead."))
        }
        report.add(.figure(lines: sideBySide(comparison), table: longTable(comparison)))
        return report
    }

    /// How the differences of `measure` take their 95% intervals in `comparison`.
    static func method(_ comparison: ScenarioComparison, _ measure: Measure) -> ScenarioComparison.IntervalMethod {
        ScenarioComparison.intervalMethod(measure, replicates: comparison.entries[0].result.replicates)
    }

    /// How a percentile's difference gets its interval, said where the comparison has one.
    static let bootstrapSentence =
        " A percentile's difference takes its interval from a paired bootstrap: "
        + "\(NumberText.grouped(ScenarioComparison.bootstrapResamples)) resamples of the trials, each taking the same trials from both scenarios."

    /// The text grid: one row a measure, one column a scenario; then the differences.
    static func sideBySide(_ comparison: ScenarioComparison) -> [String] {
        let scenario = comparison.entries[0].result.scenario
        let trials = comparison.entries[0].result.trials
        let names = comparison.entries.enumerated().map { $0 == 0 && $1.name != "base" ? "\($1.name) (base)" : $1.name }
        var values = Table(
            id: "scenarios", title: "The scenarios side by side (± standard error)",
            columns: [.init("Measure", key: "measure")] + names.map { .init($0, key: $0) })
        var differences = Table(
            id: "differences", title: "Difference from \(names[0]) (95% interval)",
            columns: [.init("Measure", key: "measure")] + names.dropFirst().map { .init($0, key: $0) })
        for (m, measure) in comparison.measures.enumerated() {
            let label = MeasureWording.label(measure, scenario: scenario)
            values.append(
                [.text(label)]
                    + comparison.estimates.map { .text(TextRenderer.text(MeasureWording.valueCell($0[m], for: measure, trials: trials))) })
            differences.append(
                [.text(label)] + comparison.differences.dropFirst().map { .text(MeasureWording.difference($0[m], for: measure)) })
        }
        var lines = TextRenderer.render(values).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if comparison.entries.count > 1 {
            lines += TextRenderer.render(differences).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines
    }

    /// One row per scenario and measure, with numbers, for CSV and JSON.
    static func longTable(_ comparison: ScenarioComparison) -> Table {
        let scenario = comparison.entries[0].result.scenario
        var table = Table(
            id: "comparison", title: "Scenarios compared on common random numbers",
            columns: [
                .init("Scenario", key: "scenario"), .init("Measure", key: "measure"), .init("Label", key: "label"),
                .init("Estimate", key: "estimate"), .init("Difference from base", key: "difference"),
                .init("95% low", key: "differenceLow"), .init("95% high", key: "differenceHigh"),
                .init("Interval method", key: "intervalMethod"),
            ])
        for (e, entry) in comparison.entries.enumerated() {
            for (m, measure) in comparison.measures.enumerated() {
                let difference = comparison.differences[e][m]
                table.append([
                    .text(entry.name), .text(measure.description), .text(MeasureWording.label(measure, scenario: scenario)),
                    MeasureWording.valueCell(comparison.estimates[e][m], for: measure, trials: entry.result.trials),
                    MeasureWording.cell(difference, for: measure),
                    MeasureWording.boundCell(difference.interval95.lowerBound, for: measure),
                    MeasureWording.boundCell(difference.interval95.upperBound, for: measure),
                    .text(method(comparison, measure).rawValue),
                ])
            }
        }
        return table
    }
}
