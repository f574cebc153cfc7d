import RiskRegister
import TrustModel

/// `matrisk risks`: what the register's risks cost, the reserve they justify, and what each
/// mitigation is worth against what it costs.
package enum RiskReport {
    package static func make(_ result: SimulationResult, mitigations: [MitigationValue]) -> Report {
        var report = Report(title: "\(result.scenario.name): risks, reserves and mitigations")
        report.add(.paragraph(SimulationTables.runLine(result)))
        report.add(.paragraph(lossSentence(result)))
        let (valued, paying) = simulatedAndPaying(mitigations)
        report.add(.paragraph(mitigationSentence(valued: valued.count, paying: paying.count)))
        report.add(reserves(result))
        report.add(values(mitigations, scenario: result.scenario))
        report.add(SimulationTables.topRisks(result))
        report.add(SimulationTables.riskLosses(result))
        return report
    }

    /// What a year's losses average, the contingency for a year and the reserve for the horizon,
    /// against reserves today; or, with no quantified risk, that there is nothing to cover.
    static func lossSentence(_ result: SimulationResult) -> String {
        let trust = YearContingency.from(result)[0]
        let today = NumberText.shortMoney(trust.currentReserves ?? 0)
        guard !result.risk.risks.isEmpty else {
            return
                "No register risk is quantified in the simulation, so there are no risk losses to cover; the trust's reserves today are \(today)."
        }
        return "A year's register-risk losses average \(NumberText.shortMoney(trust.expected.value)); a year's contingency of "
            + "\(NumberText.shortMoney(trust.p80)) covers them in 80% of years and \(NumberText.shortMoney(trust.p95)) in 95%. "
            + "The risk-based reserve, which covers the worst year of the horizon in 95% of futures, is "
            + "\(NumberText.shortMoney(result.risk.riskBasedReserve)), against reserves of \(today) today."
    }

    /// How many of the mitigations valued save more a year than they cost.
    static func mitigationSentence(valued: Int, paying: Int) -> String {
        switch valued {
        case 0: return "No mitigation takes part in the simulation, so none is valued."
        case 1:
            return "The one mitigation in the simulation "
                + (paying == 1 ? "avoids more loss each year than it costs." : "does not avoid more loss each year than it costs.")
        default:
            return "\(paying) of the \(valued) mitigations in the simulation avoid more loss each year than they cost."
        }
    }

    /// The mitigations valued in the simulation (none left out), and those of them that save
    /// more a year than they cost.
    static func simulatedAndPaying(_ mitigations: [MitigationValue]) -> (simulated: [MitigationValue], paying: [MitigationValue]) {
        let simulated = mitigations.filter { $0.leftOut == nil }
        return (simulated, simulated.filter { $0.netPerYear > 0 })
    }

    /// A year's contingency, trust-wide and per academy.
    package static func reserves(_ result: SimulationResult) -> Table {
        let trust = result.scenario.trust
        var table = Table(
            id: "contingencies", title: "A year's contingency: one year's risk losses covered in 80% and 95% of years",
            columns: [
                .init("", key: "name"), .init("Expected a year", key: "expected"), .init("Contingency P80", key: "contingencyP80"),
                .init("Contingency P95", key: "contingencyP95"), .init("Reserves today", key: "currentReserves"),
                .init("Reserve target", key: "reserveTarget"),
            ])
        for row in YearContingency.from(result) {
            table.append([
                .text(row.name), .estimate(row.expected.value, standardError: row.expected.standardError, unit: .money),
                .money(row.p80), .money(row.p95), .money(row.currentReserves), .money(row.reserveTarget),
            ])
        }
        table.notes.append(
            "Reserve target: \(NumberText.fixed(trust.trustReserveTargetPercent, decimals: 1))% of income trust-wide and "
                + "\(NumberText.fixed(trust.reserveTargetPercent, decimals: 1))% for each academy, on \(result.scenario.yearLabel(0)) income. "
                + SimulationTables.academyPercentileNote(result))
        return table
    }

    /// The value of each mitigation, best net value first.
    package static func values(_ mitigations: [MitigationValue], scenario: Scenario) -> Table {
        var table = Table(
            id: "mitigation-values", title: "The value of each mitigation: loss avoided a year against its cost",
            columns: [
                .init("Mitigation", key: "mitigation"), .init("Action", key: "action"), .init("Status", key: "status"),
                .init("From", key: "from"), .init("Loss avoided a year", key: "avoided"), .init("95% low", key: "avoidedLow"),
                .init("95% high", key: "avoidedHigh"), .init("One-off", key: "oneOffCost"), .init("Annual", key: "annualCost"),
                .init("Net a year", key: "netPerYear"),
            ])
        for value in mitigations {
            let m = value.mitigation
            if let reason = value.leftOut {
                table.append([
                    .text(m.id), .text(m.title), .text(m.status.rawValue), .text("not simulated: \(reason)"),
                    .empty, .empty, .empty, .money(m.oneOffCost), .money(m.annualCost), .empty,
                ])
                continue
            }
            let interval = value.avoidedInterval
            table.append([
                .text(m.id), .text(m.title), .text(m.status.rawValue), .text(scenario.yearLabel(value.fromYear ?? 0)),
                .estimate(value.avoidedPerYear.mean, standardError: value.avoidedPerYear.standardError, unit: .money),
                .money(interval.lowerBound), .money(interval.upperBound), .money(m.oneOffCost), .money(m.annualCost),
                .money(value.netPerYear),
            ])
        }
        table.notes.append(
            "Loss avoided: the mean over the futures of each year's losses without the mitigation less those with it, on the same "
                + "random numbers. Net a year: loss avoided less the annual cost and any one-off cost paid during the "
                + "\(scenario.years) simulated years, averaged over those years.")
        return table
    }
}
