import TrustModel

/// The decision page, first in a pack made from several options: the decision in a sentence,
/// the options side by side on the measures the board set (each with its standard error), each
/// option's paired difference from the first with its 95% interval, and where the choice is close.
enum DecisionSection {
    /// `comparison` holds the options on the decision's measures only; `breaks`, when the pack
    /// asks for `--stress`, each option's findings, in the comparison's order.
    static func make(_ comparison: ScenarioComparison, breaks: [Stress] = []) -> PackSection {
        let first = comparison.entries[0]
        let scenario = first.result.scenario
        var section = PackSection(
            place: .decision, id: "decision", heading: "The decision",
            intro: [
                "\(comparison.entries.count) options, each simulated on the same \(NumberText.grouped(first.result.trials)) futures "
                    + "(seed \(scenario.seed)), so the differences come from the decision, not from chance. "
                    + "The trust's own reserve target is \(NumberText.fixed(scenario.trust.trustReserveTargetPercent, decimals: 0))% of its income."
            ])
        section.add(.points([DecisionWording.sentence(comparison)]))
        section.add(.table(PackTable(estimates(comparison))))
        section.add(.table(PackTable(differences(comparison))))
        let close = DecisionWording.closeCalls(comparison)
        if !close.isEmpty {
            section.add(.subheading("Where the choice is close"))
            section.add(.points(close))
        }
        if breaks.count == comparison.entries.count, let first = breaks.first {
            section.add(.subheading("What breaks each option: \(StressWording.condition(first, scenario: scenario))"))
            section.add(
                .points(
                    zip(comparison.entries, breaks).map { entry, stress in
                        (entry.name == "base" ? "The base" : entry.name) + ": "
                            + StressWording.breaks(stress, scenario: entry.result.scenario)
                    }))
        }
        section.add(.paragraph(optionsLine(comparison)))
        return section
    }

    /// One row an option, one column a measure: each estimate with its standard error.
    static func estimates(_ comparison: ScenarioComparison) -> Table {
        let scenario = comparison.entries[0].result.scenario
        var table = Table(
            id: "decision-options", title: "The options on the board's measures (± standard error)",
            columns: [.init("Option", key: "option")] + columns(comparison, scenario: scenario))
        for (e, entry) in comparison.entries.enumerated() {
            table.append(
                [.text(entry.name)]
                    + comparison.measures.indices.map { m in
                        MeasureWording.valueCell(comparison.estimates[e][m], for: comparison.measures[m], trials: entry.result.trials)
                    })
        }
        return table
    }

    /// One row an option after the first: its paired difference from the first on each measure.
    static func differences(_ comparison: ScenarioComparison) -> Table {
        let scenario = comparison.entries[0].result.scenario
        var table = Table(
            id: "decision-differences",
            title:
                "Each option against \(DecisionWording.name(comparison.entries[0].name)) (difference, with its 95% interval from the paired futures)",
            columns: [.init("Option", key: "option")] + columns(comparison, scenario: scenario))
        for (e, entry) in comparison.entries.enumerated().dropFirst() {
            table.append(
                [.text(entry.name)]
                    + comparison.measures.indices.map { m in
                        .text(MeasureWording.difference(comparison.differences[e][m], for: comparison.measures[m]))
                    })
        }
        return table
    }

    static func columns(_ comparison: ScenarioComparison, scenario: Scenario) -> [Table.Column] {
        comparison.measures.map { .init(MeasureWording.label($0, scenario: scenario), key: $0.description) }
    }

    /// What each option is, by the name its scenario gives it.
    static func optionsLine(_ comparison: ScenarioComparison) -> String {
        "The options: " + comparison.entries.map { "\($0.name) is \($0.result.scenario.name)" }.joined(separator: "; ") + "."
    }
}
