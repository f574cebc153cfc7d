import MonteCarlo

/// matrisk's default honesty: a figure whose 95% interval is too wide to read as a fact is
/// marked as imprecise where a person reads it, rather than printed as if precise. A chance (or
/// a percentage) is imprecise when its 95% half-width is wider than ±1 point; an amount, when
/// its 95% half-width is wider than a tenth of the amount. A chance no trial saw (or every
/// trial saw) is already written as a bound ("under 0.1%"), never as a point, and is not marked.
package enum Imprecision {
    /// The widest 95% half-width of a chance or a percentage read as precise: one point.
    package static let chanceHalfWidth = 0.01
    /// The widest 95% half-width of an amount read as precise, as a share of the amount.
    package static let shareOfValue = 0.10
    /// What to do about it.
    package static let advice = "run more trials or set --precision"
    /// The mark an imprecise figure carries in a table.
    static let mark = " !"
    /// The note under a table with marked figures.
    static let tableNote =
        "! Imprecise: the marked figure's 95% interval is wider than ±1 point for a probability, or than a tenth of it for an amount; \(advice)."

    private static let z = 1.959_963_984_540_054

    /// "±3.1 points" when `p` is imprecise; nil when it reads as precise.
    package static func flag(_ p: ProportionAccumulator) -> String? {
        guard ChanceText.bound(p) == nil else { return nil }
        return flag(p.estimate, standardError: p.standardError, unit: .percent)
    }

    /// "±3.1 points" or "±£12,300, 15% of it" when the estimate is imprecise; nil when it reads
    /// as precise.
    package static func flag(_ value: Double, standardError: Double, unit: Cell.Unit) -> String? {
        let half = z * standardError
        switch unit {
        case .percent:
            guard half > chanceHalfWidth else { return nil }
            return "±" + NumberText.fixed(half * 100, decimals: 1) + " points"
        case .money:
            guard half > shareOfValue * abs(value) else { return nil }
            return "±" + NumberText.money(half) + ", " + share(half, of: value)
        case .number(let decimals):
            guard half > shareOfValue * abs(value) else { return nil }
            return "±" + NumberText.fixed(half, decimals: decimals) + ", " + share(half, of: value)
        }
    }

    /// The flag of a table's cell, if it is an estimate too imprecise to read as a fact.
    static func flag(_ cell: Cell) -> String? {
        switch cell {
        case .chance(let p): return flag(p)
        case .estimate(let value, let standardError, let unit): return flag(value, standardError: standardError, unit: unit)
        default: return nil
        }
    }

    private static func share(_ half: Double, of value: Double) -> String {
        value == 0 ? "around nothing" : NumberText.fixed(half / abs(value) * 100, decimals: 0) + "% of it"
    }
}
