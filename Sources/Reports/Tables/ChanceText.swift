import MonteCarlo

/// How a simulated chance is written, in tables and in sentences alike. One rule: the chance to
/// the place of its standard error's first digit ("23.4% ±0.4%", "0.02% ±0.01%"). A chance the
/// run never saw (or always saw) is written as the bound the run supports, from the Wilson 95%
/// interval ("under 0.1%", "over 99.9%"), never "0.0% ±0.0%": no finite run shows a certainty.
package enum ChanceText {
    /// "23.4% ±0.4%", or "under 0.1%" when no trial saw the event and "over 99.9%" when all did.
    package static func withError(_ p: ProportionAccumulator) -> String {
        if let bound = bound(p) { return (bound.isUpper ? "under " : "over ") + bound.percent }
        let decimals = decimals(p.standardError)
        return NumberText.percent(p.estimate, decimals: decimals) + " ±" + NumberText.percent(p.standardError, decimals: decimals)
    }

    /// "23.4% (±0.4%)" for a sentence read aloud, or "less than 0.1%" ("a less than 0.1% chance");
    /// an imprecise chance (``Imprecision``) says so in its brackets: "23.4% (±1.6%; ±3.1 points
    /// at 95%: run more trials or set --precision)".
    package static func spoken(_ p: ProportionAccumulator) -> String {
        if let bound = bound(p) { return (bound.isUpper ? "less than " : "more than ") + bound.percent }
        let decimals = decimals(p.standardError)
        let aside = Imprecision.flag(p).map { "; \($0) at 95%: \(Imprecision.advice)" } ?? ""
        return NumberText.percent(p.estimate, decimals: decimals) + " (±" + NumberText.percent(p.standardError, decimals: decimals)
            + aside + ")"
    }

    /// For a chance no trial saw, the Wilson 95% upper bound rounded up to a tenth of a percent
    /// (never below 0.1%); for one every trial saw, the lower bound rounded down (never above
    /// 99.9%); nil otherwise, and for no trials at all.
    static func bound(_ p: ProportionAccumulator) -> (isUpper: Bool, percent: String)? {
        guard p.trials > 0, p.events == 0 || p.events == p.trials else { return nil }
        let interval = p.wilsonInterval()
        if p.events == 0 {
            let upper = max(1, (interval.upperBound * 1000).rounded(.up)) / 10
            return (true, NumberText.fixed(upper, decimals: 1) + "%")
        }
        let lower = min(999, (interval.lowerBound * 1000).rounded(.down)) / 10
        return (false, NumberText.fixed(lower, decimals: 1) + "%")
    }

    /// Decimal places that show a standard error's first digit: one from 0.05% up, else two.
    static func decimals(_ standardError: Double) -> Int {
        standardError * 100 >= 0.05 ? 1 : 2
    }
}
