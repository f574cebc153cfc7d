import MonteCarlo
import TrustModel

extension StressWording {
    /// The discovered boxes in sentences, or plainly that none beats chance.
    package static func boxes(_ stress: Stress, scenario: Scenario) -> [String] {
        guard let discovery = stress.discovery else { return [] }
        let what = condition(stress, scenario: scenario)
        let method =
            "These kinds of future were found on the even-numbered futures, searching the \(discovery.searched.count) most "
            + "over-represented input\(discovery.searched.count == 1 ? "" : "s"), and measured on the other \(NumberText.grouped(discovery.heldOut.trials)), so the figures are not flattered by the search. "
            + "Coverage is the share of the failing futures that are of this kind; density is the share of futures of this kind that fail."
        guard !discovery.boxes.isEmpty else {
            let best = discovery.rejected.map { box in
                " The best found, \(limits(box)), fails in \(ChanceText.spoken(box.density)) of its held-out futures against "
                    + "\(ChanceText.spoken(box.outside)) of the rest."
            }
            return ["No combination of inputs explains the failures better than chance." + (best ?? ""), method]
        }
        let sentences = discovery.boxes.enumerated().map { i, box in
            (i == 0 ? "" : "Besides those, ") + "\(limits(box)): \(ChanceText.spoken(box.coverage)) of the futures where \(what) "
                + "(coverage); it happens in \(ChanceText.spoken(box.density)) of futures like this (density), which are "
                + "\(ChanceText.spoken(box.support)) of all futures."
        }
        return sentences + [method]
    }

    /// What breaks an option, in one sentence for the decision page: its first kind of future
    /// with coverage and density, or why there is none.
    package static func breaks(_ stress: Stress, scenario: Scenario) -> String {
        let chance = ChanceText.spoken(stress.failing)
        guard let discovery = stress.discovery else {
            return stress.failing.events == 0 ? "it happens in none of the futures (\(chance))." : "it happens in every future (\(chance))."
        }
        guard let box = discovery.boxes.first else {
            return "it happens in \(chance) of futures, and no combination of inputs explains that better than chance."
        }
        return "it happens in \(chance) of futures; \(limits(box)) holds \(ChanceText.spoken(box.coverage)) of them, "
            + "and it happens in \(ChanceText.spoken(box.density)) of futures like that."
    }

    /// The earliest warning in a sentence: the sign with the largest share warned ahead less
    /// its false-alarm rate (Youden's J), or plainly that none warns better than chance.
    package static func warning(_ stress: Stress, scenario: Scenario) -> String? {
        guard stress.failing.events > 0, stress.failing.events < stress.failing.trials else { return nil }
        func usefulness(_ sign: WarningSign) -> Double { sign.warned.estimate - sign.falseAlarms.estimate }
        guard let best = stress.warnings.max(by: { (usefulness($0), $1.sign.text) < (usefulness($1), $0.sign.text) }) else { return nil }
        let error =
            (best.warned.standardError * best.warned.standardError + best.falseAlarms.standardError * best.falseAlarms.standardError)
            .squareRoot()
        guard usefulness(best) > 2 * error, best.yearsAhead.count > 0 else {
            return "No watched figure gives a useful warning: each crossed its line before the failure about as often, or less often, "
                + "than it did in the futures that did not fail (see the table)."
        }
        return "The earliest warning: \(MeasureWording.eventWords(best.sign)) in a year before the failure in "
            + "\(ChanceText.spoken(best.warned)) of the failing futures, on average \(years(best.yearsAhead)) before; it also happened in "
            + "\(ChanceText.spoken(best.falseAlarms)) of the futures that did not fail (false alarms)."
    }

    /// "2.1 years (±0.1)", "2.83 years (±0.02)": to the place of the error's first digit.
    static func years(_ ahead: MeanAccumulator) -> String {
        let decimals = ahead.standardError >= 0.05 ? 1 : 2
        return "\(NumberText.fixed(ahead.mean, decimals: decimals)) years (±\(NumberText.fixed(ahead.standardError, decimals: decimals)))"
    }
}
