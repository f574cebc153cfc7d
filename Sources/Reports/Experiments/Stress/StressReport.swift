import MonteCarlo
import TrustModel

/// `matrisk stress --when`: a few plain sentences, then the over-represented inputs, the
/// discovered kinds of future and the warning signs as tables.
package enum StressReport {
    package static func make(_ stress: Stress, scenario: Scenario) -> Report {
        var report = Report(
            title: "\(scenario.name): what would have to go wrong for \(StressWording.condition(stress, scenario: scenario))")
        report.add(.paragraph(StressWording.opening(stress, scenario: scenario)))
        guard stress.discovery != nil else { return report }
        report.add(.paragraph(StressWording.inputs(stress).joined(separator: " ")))
        for sentence in StressWording.boxes(stress, scenario: scenario) { report.add(.paragraph(sentence)) }
        if let warning = StressWording.warning(stress, scenario: scenario) { report.add(.paragraph(warning)) }
        report.add(inputs(stress))
        report.add(boxes(stress))
        report.add(warnings(stress))
        return report
    }

    static func inputs(_ stress: Stress) -> Table {
        var table = Table(
            id: "inputs", title: "Inputs most over-represented in the failing futures",
            columns: [
                .init("Input", key: "input"), .init("Id", key: "id"), .init("Measured as", key: "summary"),
                .init("Mean when failing", key: "failingMean"), .init("Mean overall", key: "overallMean"),
                .init("Difference", key: "difference"), .init("Standardised difference", key: "standardised"),
                .init("Marked when", key: "marked"), .init("Share marked, failing", key: "markedFailing"),
                .init("Share marked, all", key: "markedOverall"), .init("Lift", key: "lift"),
            ],
            notes: [
                "The standardised difference is the difference of the means in standard deviations of the input over all futures. "
                    + "The lift is the share marked among the failing futures over the share marked among all futures: above 1, over-represented."
            ])
        for input in stress.inputs {
            table.append([
                .text(input.input.title), .text(input.input.id), .text(input.input.summary),
                value(input.failingMean, input.input), value(input.overallMean, input.input),
                .estimate(input.difference.value, standardError: input.difference.standardError, unit: unit(input.input)),
                .number(input.standardised, decimals: 3), .text(StressWording.mark(input)), .chance(input.markedFailing),
                .chance(input.markedOverall),
                .estimate(input.lift.value, standardError: input.lift.standardError, unit: .number(decimals: 2)),
            ])
        }
        return table
    }

    /// An input's values as cells: pounds for a risk's loss, else a number in the input's units.
    static func unit(_ input: PrimaryInput) -> Cell.Unit {
        switch input.kind {
        case .risk: return .money
        case .join: return .number(decimals: 3)
        case .economy, .rollChange: return .number(decimals: 2)
        }
    }

    static func value(_ x: Double, _ input: PrimaryInput) -> Cell {
        input.kind == .risk ? .money(x) : .number(x, decimals: 2)
    }

    static func boxes(_ stress: Stress) -> Table {
        var table = Table(
            id: "boxes", title: "Kinds of future where it happens (measured on the held-out futures)",
            columns: [
                .init("Box", key: "box"), .init("Limit", key: "limit"), .init("Id", key: "id"), .init("Coverage", key: "coverage"),
                .init("Density", key: "density"), .init("Share of all futures", key: "support"),
                .init("Density outside", key: "densityOutside"), .init("Beats chance", key: "beatsChance"),
            ])
        let found = stress.discovery.map { $0.boxes + ($0.rejected.map { [$0] } ?? []) } ?? []
        for (number, box) in found.enumerated() {
            for limit in box.limits {
                table.append([
                    .integer(number + 1), .text(StressWording.limit(limit)), .text(limit.input.id), .chance(box.coverage),
                    .chance(box.density), .chance(box.support), .chance(box.outside), .text(box.beatsChance ? "yes" : "no"),
                ])
            }
        }
        return table
    }

    static func warnings(_ stress: Stress) -> Table {
        var table = Table(
            id: "warnings", title: "Warning signs in the failing futures",
            columns: [
                .init("Watched figure crosses its line", key: "sign"), .init("Failing futures warned a year or more ahead", key: "warned"),
                .init("Years ahead (mean)", key: "yearsAhead"), .init("False alarms", key: "falseAlarms"),
            ],
            notes: [
                "A warning is the first year the figure crossed its line, counted when that is before the failure's year "
                    + "(the condition's year, or the first year it held). False alarms: the share of futures that did not fail in which it crossed in some year."
            ])
        for warning in stress.warnings {
            table.append([
                .text(MeasureWording.eventWords(warning.sign)), .chance(warning.warned),
                warning.yearsAhead.count == 0
                    ? .empty
                    : .estimate(warning.yearsAhead.mean, standardError: warning.yearsAhead.standardError, unit: .number(decimals: 2)),
                .chance(warning.falseAlarms),
            ])
        }
        return table
    }
}
