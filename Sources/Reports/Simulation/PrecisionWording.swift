import MonteCarlo
import TrustModel

/// What a run with precision targets says about them: the trials it took, and for each target
/// the precision asked for, the precision reached and whether that meets it.
package enum PrecisionWording {
    /// "Precision: every target was met at 155,648 trials (checked every 8,192): P(…) ±0.2
    /// reached ±0.19 points (estimate 18.25%)." or, at the cap, which target was not met.
    package static func sentence(_ outcome: PrecisionOutcome, trials: Int) -> String {
        let n = NumberText.grouped(trials)
        let parts = outcome.targets.map { reached in
            let verb = reached.isMet ? "reached" : "reached only"
            return "\(reached.target.text) \(verb) \(width(reached.halfWidth, of: reached.target.measure)) "
                + "(estimate \(value(reached.estimate.value, of: reached.target.measure))\(reached.isMet ? "" : ", not met"))"
        }
        var sentence: String
        if outcome.allMet {
            sentence = "Precision: every target was met at \(n) trials (checked every \(NumberText.grouped(outcome.blockSize))): "
        } else {
            sentence = "Precision: not every target was met by \(n) trials, the most allowed: "
        }
        sentence += parts.joined(separator: "; ") + "."
        if !outcome.allMet { sentence += " Allow more trials with --trials, or ask for less precision." }
        if outcome.sizesRun.count > 1 {
            sentence +=
                " The economy is drawn for all of a run's trials at once (Latin hypercube sampling or correlated draws), so a longer "
                + "run is not a shorter one continued: each size checked was a run of its own ("
                + spokenList(outcome.sizesRun.map(NumberText.grouped)) + " trials)."
        }
        return sentence
    }

    /// Each target with its precision, for CSV and JSON.
    package static func table(_ outcome: PrecisionOutcome, trials: Int) -> Table {
        var table = Table(
            id: "precision", title: "Precision targets",
            columns: [
                .init("Target", key: "target"), .init("Measure", key: "measure"), .init("Estimate", key: "estimate"),
                .init("Half-width asked (95%)", key: "halfWidthAsked"), .init("Half-width reached (95%)", key: "halfWidthReached"),
                .init("Met", key: "met"), .init("Trials", key: "trials"), .init("Most trials allowed", key: "cap"),
            ])
        for reached in outcome.targets {
            table.append([
                .text(reached.target.text), .text(reached.target.measure.description), .number(reached.estimate.value, decimals: 6),
                .number(reached.target.halfWidth, decimals: 6), .number(reached.halfWidth, decimals: 6),
                .text(reached.isMet ? "yes" : "no"), .integer(trials), .integer(outcome.cap),
            ])
        }
        table.notes.append("Half-widths are in the measure's units: fractions for chances and percentages, pounds for money.")
        return table
    }

    /// "±0.19 points", "±£9,870" or "±0.42".
    static func width(_ halfWidth: Double, of measure: Measure) -> String {
        if measure.isFraction { return "±" + NumberText.fixed(halfWidth * 100, decimals: 2) + " points" }
        if measure.output.isMoney { return "±" + NumberText.money(halfWidth) }
        return "±" + NumberText.fixed(halfWidth, decimals: 2)
    }

    /// "18.25%", "£1,204,000" or "3.20".
    static func value(_ value: Double, of measure: Measure) -> String {
        if measure.isFraction { return NumberText.percent(value, decimals: 2) }
        if measure.output.isMoney { return NumberText.money(value) }
        return NumberText.fixed(value, decimals: 2)
    }
}
