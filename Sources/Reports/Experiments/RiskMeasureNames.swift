/// The two amounts a board reads about what its risks could cost, each with one name and one
/// meaning wherever it is printed (`simulate`, `risks`, the pack, CSV and JSON, `--help`):
/// a year's contingency is a percentile of one year's losses; the risk-based reserve covers the
/// worst year of the whole horizon. They differ, often by half again or more, so never share a name.
package enum RiskMeasureNames {
    /// "A year's contingency, P95 (covers 95% of years)".
    package static func contingency(_ percent: Int) -> String {
        "A year's contingency, P\(percent) (covers \(percent)% of years)"
    }

    /// The risk-based reserve's row label.
    package static let riskBasedReserve = "Risk-based reserve (covers the worst year of the horizon in 95% of futures)"

    /// Both definitions, for `--help` and the README.
    package static let definitions =
        "A year's contingency (P80, P95): the 80th or 95th percentile of one year's register-risk losses, over every "
        + "year of every future; it covers a single year's losses in 80% or 95% of years. Risk-based reserve: the "
        + "95th percentile of each future's worst year of register-risk losses; it covers the worst year of the "
        + "horizon in 95% of futures, so it is never below the P95 contingency."
}
