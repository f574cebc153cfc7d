import MonteCarlo
import TrustModel

/// What the risks could cost: the register's risks by expected loss a year, the loss
/// exceedance curve with the contingencies and the risk-based reserve marked on it, and the
/// table of those amounts that `matrisk simulate` prints.
enum RiskInMoneySection {
    /// Bars drawn for at most this many risks; the table below lists them all.
    static let barLimit = 15

    static func make(_ inputs: PackInputs) -> PackSection {
        let result = inputs.result
        let risk = result.risk
        var section = PackSection(place: .riskInMoney, id: "risk-in-money", heading: "What the risks could cost")
        guard !risk.risks.isEmpty else {
            section.intro = ["No register risk has money attached in this scenario, so the simulation gives the risks no cost."]
            return section
        }
        section.intro = [
            "Each register risk with money attached strikes at random in each simulated year, after its mitigations. "
                + "These are the costs the simulation charged to the academies and the centre."
        ]
        let topRisks = SimulationTables.topRisks(result)
        section.add(
            PackFigure(
                id: "bar-top-risks", chart: expectedLossChart(topRisks),
                caption: "The average cost a year of each risk over every simulated year. The whiskers are the 95% interval of "
                    + "that average; the table's ± is one standard error"
                    + (topRisks.rows.count > barLimit
                        ? ". The \(barLimit) largest are drawn; the table lists all \(topRisks.rows.count)." : "."),
                table: topRisks))
        section.add(SimulationTables.riskLosses(result))
        section.add(RiskReport.reserves(result))
        section.add(
            PackFigure(
                id: "line-loss-exceedance", chart: exceedanceChart(risk),
                caption: "The chance that a year's risk losses, trust-wide, exceed each amount. A year's contingency of "
                    + "\(NumberText.shortMoney(risk.contingency80)) covers 80% of years and \(NumberText.shortMoney(risk.contingency95)) covers 95%; "
                    + "the risk-based reserve, \(NumberText.shortMoney(risk.riskBasedReserve)), covers the worst year of the horizon in 95% of futures.",
                table: .appendix))
        return section
    }

    /// Bars drawn from the table of risks by expected loss, so chart and table cannot differ:
    /// each bar is the table's estimate, its whisker that estimate ± 1.96 standard errors.
    static func expectedLossChart(_ table: Table) -> BarChart {
        let id = table.columns.firstIndex { $0.key == "risk" } ?? 0
        let title = table.columns.firstIndex { $0.key == "title" } ?? 1
        let loss = table.columns.firstIndex { $0.key == "expectedAnnualLoss" } ?? 3
        let bars: [BarChart.Bar] = table.rows.prefix(barLimit).compactMap { row in
            guard case .estimate(let mean, let se, _) = row[loss], case .text(let code) = row[id], case .text(let name) = row[title] else {
                return nil
            }
            return BarChart.Bar(label: "\(code) \(name)", value: mean, low: mean - 1.96 * se, high: mean + 1.96 * se)
        }
        return BarChart(
            title: "Risks by expected loss a year", labelTitle: "Risk", valueTitle: "Expected loss a year", unit: .money, bars: bars)
    }

    /// P(a year's losses exceed x) against x, with the contingencies and the reserve marked.
    static func exceedanceChart(_ risk: RiskOutcome) -> LineChart {
        let points = risk.exceedance.points.map { LineChart.Point(x: $0.threshold, y: $0.probability) }
        return LineChart(
            title: "Loss exceedance curve", xTitle: "Risk losses in a year, trust-wide", yTitle: "Chance a year's losses are higher",
            xAxis: .numeric(.money), yUnit: .percent(decimals: 2), series: [LineChart.Series(name: "Annual risk losses", points: points)],
            thresholds: [
                .init(
                    label: "Contingency P80: \(ChartUnit.trimmedShortMoney(risk.contingency80))", value: risk.contingency80, axis: .x,
                    isTarget: false),
                .init(
                    label: "Contingency P95: \(ChartUnit.trimmedShortMoney(risk.contingency95))", value: risk.contingency95, axis: .x,
                    isTarget: false),
                .init(
                    label: "Risk-based reserve: \(ChartUnit.trimmedShortMoney(risk.riskBasedReserve))", value: risk.riskBasedReserve,
                    axis: .x, isTarget: true),
            ],
            yRange: 0...1)
    }
}
