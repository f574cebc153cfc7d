/// Where a section goes in the board pack: the order a trustee reads in, from the one-page
/// summary to the numbers behind the charts. ``BoardPack/add(_:)`` files each section at its place.
///
/// Three places belong to the decisions work (issue 5) and stay empty until it fills them;
/// an empty place prints nothing, not a placeholder.
package enum PackPlace: Int, Sendable, Comparable, CaseIterable {
    /// In a pack made from several options: the decision in a sentence and the options on the
    /// board's measures, before anything else.
    case decision
    /// Plain sentences with the key chances and their uncertainty.
    case summary
    /// The scenario's inputs in words, and the seed.
    case assumptions
    /// Fan charts of reserves and deficits over the years.
    case outlook
    /// In a pack made from several options: each option after the first, its summary and reserves.
    case eachOption
    /// ISSUE 5 HOOK: the base and every variant side by side, on common random numbers, with
    /// differences and 95% intervals (``PackTable/sideBySide(_:groups:)``, ``LineChart``, ``BarChart``).
    case variants
    /// ISSUE 5 HOOK: the top-slice sweep curve when `--sweep` asks for one (``LineChart`` with a
    /// numeric x axis, intervals and a target ``LineChart/Threshold``).
    case topSliceSweep
    /// What moves one outcome most, when `--sensitivity` asks: the tornado of the primary random
    /// inputs with each one's share of the spread (``Sensitivity``).
    case sensitivity
    /// What would have to go wrong for a condition, when `--stress` asks: the failing futures'
    /// inputs, the kinds of future found and the warning signs (``Stress``).
    case stress
    /// Heat maps, residual and inherent, trust-wide and per register.
    case riskRegisters
    /// Trust risks beside their academies' scores, escalation candidates, emerging themes.
    case rollUp
    /// Risks above appetite, overdue reviews and actions.
    case governance
    /// What moved since the previous snapshot.
    case movement
    /// Risks in money: expected loss per risk, the loss exceedance curve, the risk-based reserve.
    case riskInMoney
    /// ISSUE 5 HOOK: the value of each mitigation, expected loss avoided a year with its interval
    /// against its cost (``BarChart`` with negative values and whiskers).
    case mitigationValue
    /// The numbers behind charts whose tables are too long to print beside them. Filled by the
    /// pack itself from the other sections' figures.
    case chartData

    package static func < (lhs: PackPlace, rhs: PackPlace) -> Bool { lhs.rawValue < rhs.rawValue }
}
