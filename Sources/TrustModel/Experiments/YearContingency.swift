import MonteCarlo

/// A year's contingency: the amount that covers one year's register-risk losses in 80% and in
/// 95% of years (the 80th and 95th percentiles of a year's losses, over every year of every
/// future), trust-wide and for each academy, beside the reserves held today and the reserve
/// target. Not the risk-based reserve, which covers the worst year of the whole horizon
/// (``RiskOutcome/riskBasedReserve``).
package struct YearContingency: Sendable {
    /// "Trust-wide" or the academy's name.
    package var name: String
    /// The academy's id, or nil for the trust as a whole.
    package var academy: String?
    /// A year's losses: mean with standard error, and the 80th and 95th percentiles.
    package var expected: Estimate
    package var p80: Double
    package var p95: Double
    /// Reserves at the start of the first year (nil for a school that has not joined yet).
    package var currentReserves: Double?
    /// The reserve target in pounds for the first year's income (nil for a school not yet joined).
    package var reserveTarget: Double?

    /// Trust-wide first, then each academy, from a simulation's results.
    package static func from(_ result: SimulationResult) -> [YearContingency] {
        let scenario = result.scenario
        let trust = scenario.trust
        let income = { (a: AcademySpec) in Double(a.pupils) * a.fundingPerPupil + a.lumpSum + a.otherIncome }
        let annual = result.risk.annualLoss
        let trustIncome = scenario.academies.reduce(trust.centralOtherIncome) { $0 + income($1) }
        var rows = [
            YearContingency(
                name: "Trust-wide", academy: nil, expected: Estimate(value: annual.mean, standardError: annual.standardError),
                p80: result.risk.contingency80, p95: result.risk.contingency95,
                currentReserves: scenario.academies.reduce(trust.centralReserves) { $0 + $1.reserves },
                reserveTarget: trust.trustReserveTargetPercent / 100 * trustIncome)
        ]
        for academy in result.academies {
            let spec = scenario.academies.first { $0.id == academy.id }
            rows.append(
                YearContingency(
                    name: academy.name, academy: academy.id,
                    expected: Estimate(value: academy.annualRiskLoss.mean, standardError: academy.annualRiskLoss.standardError),
                    p80: academy.riskLoss80, p95: academy.riskLoss95, currentReserves: spec?.reserves,
                    reserveTarget: spec.map { trust.reserveTargetPercent / 100 * income($0) }))
        }
        return rows
    }
}
