import MonteCarlo
import TrustModel

/// The report `matrisk simulate` prints: a few plain sentences a trustee can read aloud, the
/// year-by-year table, the academies, the risks; and in CSV and JSON every distribution.
package enum SimulationReport {
    package static func make(_ result: SimulationResult, variant: String? = nil) -> Report {
        let scenario = result.scenario
        var report = Report(title: scenario.name + (variant.map { " (variant: \($0))" } ?? ""))
        report.add(.paragraph(SimulationTables.runLine(result)))
        if let precision = result.precision { report.add(.paragraph(PrecisionWording.sentence(precision, trials: result.trials))) }
        for sentence in Headlines.sentences(for: result) { report.add(.paragraph(sentence)) }
        report.add(SimulationTables.byYear(result))
        report.add(SimulationTables.academies(result))
        report.add(SimulationTables.topRisks(result))
        report.add(SimulationTables.riskLosses(result))
        report.add(.detail(SimulationTables.distributions(result)))
        report.add(.detail(SimulationTables.probabilities(result)))
        report.add(.detail(SimulationTables.academyYears(result)))
        report.add(.detail(SimulationTables.lossExceedance(result)))
        if let precision = result.precision { report.add(.detail(PrecisionWording.table(precision, trials: result.trials))) }
        for note in result.notes { report.add(.paragraph("Note: " + note.sentence)) }
        report.add(
            .paragraph(
                "Every percentile of every figure, every probability with its 95% interval, each academy in each year and the loss exceedance curve are in --format csv or json, or as CSV files with --out DIR."
            ))
        return report
    }
}
