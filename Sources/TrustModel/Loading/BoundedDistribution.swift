import JSONDocument
import MonteCarlo

/// Distributions read from a scenario whose draws must stay within a range: the limits the
/// file's plain numbers have (an academy's funding per pupil at most £10m), and for yearly
/// percentages the range that keeps ten or fifty years of compounding finite. Without them a
/// normal with a huge spread (a funding uplift of ±10³⁰⁰%) drove budgets to infinity and reserves
/// to not-a-number, and the run stopped when it counted them.
///
/// Both tails are checked (the 10⁻¹² and 1 − 10⁻¹² quantiles), so no draw can leave the range.
enum BoundedDistribution {
    /// `cursor`'s distribution, which must stay within `range` (`what` says of what, for the error).
    static func decode(_ cursor: JSONCursor, within range: ClosedRange<Double>, what: String) throws -> Distribution {
        let distribution = try Distribution(decoding: cursor)
        let low = distribution.quantile(1e-12)
        let high = distribution.quantile(1 - 1e-12)
        if range.lowerBound == 0 && low < 0 {
            throw cursor.violation(
                "this cannot be negative, but \(distribution) can be; use a distribution bounded at 0 (triangular, PERT, lognormal, or a normal with \"min\": 0)."
            )
        }
        guard range.contains(low), range.contains(high) else {
            let limits = "\(JSONWriter.format(number: range.lowerBound)) to \(JSONWriter.format(number: range.upperBound))"
            throw cursor.violation(
                "\(what) must stay within \(limits), but \(distribution) can reach \(JSONWriter.format(number: range.contains(low) ? high : low)); narrow it, or bound a normal with \"min\" and \"max\"."
            )
        }
        return distribution
    }

    /// A percentage change a year (a funding uplift, a pay award, inflation, a change in pupils):
    /// at most 100% either way.
    static func yearlyPercent(_ cursor: JSONCursor) throws -> Distribution {
        try decode(cursor, within: -100...100, what: "a yearly change in percent")
    }
}
