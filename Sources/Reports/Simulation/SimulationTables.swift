import MonteCarlo
import TrustModel

/// The tables of a simulation's results, shared by `simulate`, `compare` and the board pack.
package enum SimulationTables {
    /// "10,000 trials, seed 20261122, 2026/27 to 2030/31, top-slice 5.0% of GAG."
    package static func runLine(_ result: SimulationResult) -> String {
        let s = result.scenario
        let funding =
            s.trust.fundingModel == .pooled
            ? "GAG pooled" : "top-slice \(NumberText.fixed(s.trust.topSlicePercent, decimals: 1))% of GAG"
        let line =
            "\(NumberText.grouped(result.trials)) trials, seed \(s.seed), \(s.yearLabel(0)) to \(s.yearLabel(s.years - 1)), \(funding)."
        guard let blocks = result.replicates else { return line }
        return line
            + " The economy is drawn by Latin hypercube in \(blocks.ranges.count) independent blocks (replicated LHS), and each ± "
            + "for the trust-wide figures is measured from the spread between the blocks, as the random-sampling formula assumes independent draws."
    }

    /// How an academy's percentiles were made, for the tables that show them.
    package static func academyPercentileNote(_ result: SimulationResult) -> String {
        switch result.academyPercentiles {
        case .exact: return "An academy's percentiles are exact, from every trial."
        case .histogram(let bins):
            return "An academy's percentiles come from a \(NumberText.grouped(bins))-bin histogram of its outcomes: "
                + "within one bin, a thousandth of their range, of the exact figure (the run is too large to keep every trial)."
        }
    }

    static func estimate(_ p: ProportionAccumulator) -> Cell {
        .chance(p)
    }

    /// The year-by-year table: the trust's size, its reserves and the chances that matter.
    package static func byYear(_ result: SimulationResult) -> Table {
        let pooled = result.scenario.trust.fundingModel == .pooled
        let target = NumberText.fixed(result.scenario.trust.trustReserveTargetPercent, decimals: 0) + "%"
        var columns: [Table.Column] = [
            .init("Year", key: "year"), .init("Academies", key: "academies"),
            .init("Trust reserves P50", key: "trustReservesP50"), .init("P5", key: "trustReservesP5"),
            .init("P95", key: "trustReservesP95"), .init("% of income", key: "trustReservesPercentP50"),
        ]
        if !pooled {
            columns += [
                .init("Central reserves P50", key: "centralReservesP50"), .init("P(central < £0)", key: "centralReservesBelowZero"),
                .init("P(an academy in cumulative deficit)", key: "anyAcademyInDeficit"),
                .init("P(an academy in in-year deficit)", key: "anyAcademyInYearDeficit"),
            ]
        }
        columns.append(.init("P(trust ≥ \(target) target)", key: "trustReservesAtTarget"))
        var table = Table(id: "by-year", title: "The trust year by year (P50 = median; P5 to P95 holds 90% of futures)", columns: columns)
        for year in result.years {
            let reserves = year.summary(.trustReserves)
            var row: [Cell] = [
                .text(year.label), TrustMetric.academies.cell(year.summary(.academies).percentile(0.5) ?? 0),
                .money(reserves.percentile(0.5)), .money(reserves.percentile(0.05)), .money(reserves.percentile(0.95)),
                .percent(year.summary(.trustReservesPercent).percentile(0.5) ?? 0),
            ]
            if !pooled {
                row += [
                    .money(year.summary(.centralReserves).percentile(0.5)), estimate(year.centralReservesBelowZero),
                    estimate(year.anyAcademyInDeficit), estimate(year.anyAcademyInYearDeficit),
                ]
            }
            row.append(estimate(year.trustReservesAtTarget))
            table.append(row)
        }
        if !pooled { table.notes.append(deficitNote) }
        table.marksImprecision = true
        return table
    }

    /// What the two kinds of deficit mean, under every table that shows them.
    static let deficitNote =
        "A cumulative deficit: an academy's reserves are below £0 at the year's end. An in-year deficit: it spent more than its income in the year (its reserves may still be positive)."

    /// An academy's expected deficit of one kind, as a cell.
    static func expected(_ mean: MeanAccumulator) -> Cell {
        .estimate(mean.mean, standardError: mean.standardError, unit: .money)
    }

    /// Each academy in the last year.
    package static func academies(_ result: SimulationResult) -> Table {
        let last = result.scenario.years - 1
        let label = result.scenario.yearLabel(last)
        var table = Table(
            id: "academies", title: "Academies in \(label)",
            columns: [
                .init("Academy", key: "academy"), .init("Type", key: "type"), .init("In the trust", key: "inTrust"),
                .init("Reserves P50", key: "reservesP50"), .init("P(cumulative deficit)", key: "deficit"),
                .init("Expected cumulative deficit", key: "expectedDeficit"), .init("P(in-year deficit)", key: "inYearDeficit"),
                .init("Expected in-year deficit", key: "expectedInYearDeficit"),
                .init("P(below target)", key: "belowTarget"), .init("Risk losses a year", key: "annualRiskLoss"),
            ])
        let pooled = result.scenario.trust.fundingModel == .pooled
        for academy in result.academies {
            let year = academy.years[last]
            table.append([
                .text(academy.name), .text("\(academy.phase.rawValue) \(academy.type.rawValue)"),
                academy.isJoin ? estimate(academy.joined) : .text("yes"),
                pooled ? .empty : .money(year.medianReserves), pooled ? .empty : estimate(year.inDeficit),
                pooled ? .empty : expected(year.expectedDeficit), pooled ? .empty : estimate(year.inYearDeficit),
                pooled ? .empty : expected(year.expectedInYearDeficit), pooled ? .empty : estimate(year.belowTarget),
                .estimate(academy.annualRiskLoss.mean, standardError: academy.annualRiskLoss.standardError, unit: .money),
            ])
        }
        if result.academies.contains(where: \.isJoin) {
            table.notes.append("A joining school's figures are for the futures in which it has joined.")
        }
        if !pooled {
            table.notes.append(
                deficitNote + " An expected deficit averages what it is short by over those futures, counting £0 where it is not.")
        }
        if case .histogram = result.academyPercentiles { table.notes.append(academyPercentileNote(result)) }
        table.marksImprecision = true
        return table
    }

    /// The register's risks by what they are expected to cost a year.
    package static func topRisks(_ result: SimulationResult) -> Table {
        var table = Table(
            id: "risks", title: "Risks by expected loss a year",
            columns: [
                .init("Risk", key: "risk"), .init("Title", key: "title"), .init("Register", key: "register"),
                .init("Expected loss a year", key: "expectedAnnualLoss"), .init("Basis", key: "basis"),
            ])
        for risk in result.risk.risks {
            table.append([
                .text(risk.id), .text(risk.title), .text(risk.register),
                .estimate(risk.annualLoss.mean, standardError: risk.annualLoss.standardError, unit: .money), .text(risk.basis.words),
            ])
        }
        if result.risk.risks.isEmpty {
            table.notes.append("No quantified risks take part: the scenario names no registers, or none has £ figures.")
        }
        table.marksImprecision = true
        return table
    }

    /// What a year of risk losses costs, and the reserve that covers it.
    package static func riskLosses(_ result: SimulationResult) -> Table {
        let r = result.risk
        var table = Table(
            id: "risk-losses", title: "Risk losses in a year, trust-wide",
            columns: [.init("Measure", key: "measure"), .init("Amount", key: "amount")])
        table.append([
            .text("Expected (mean) loss a year"), .estimate(r.annualLoss.mean, standardError: r.annualLoss.standardError, unit: .money),
        ])
        table.append([.text("Median year"), .money(r.annualLoss.percentile(0.5))])
        table.append([.text(RiskMeasureNames.contingency(80)), .money(r.contingency80)])
        table.append([.text(RiskMeasureNames.contingency(95)), .money(r.contingency95)])
        table.append([.text(RiskMeasureNames.riskBasedReserve), .money(r.riskBasedReserve)])
        table.marksImprecision = true
        return table
    }

    /// Every trust-wide figure, every year: mean with its standard error and the percentiles.
    package static func distributions(_ result: SimulationResult) -> Table {
        var columns: [Table.Column] = [.init("Year", key: "year"), .init("Figure", key: "figure"), .init("Mean", key: "mean")]
        columns += Percentiles.board.map { .init("P\(Int(($0 * 100).rounded()))", key: "p\(Int(($0 * 100).rounded()))") }
        var table = Table(id: "distributions", title: "Every figure, every year", columns: columns)
        for year in result.years {
            for metric in TrustMetric.allCases where !meaninglessWhenPooled(metric, result) {
                let summary = year.summary(metric)
                var row: [Cell] = [.text(year.label), .text(metric.outputName), mean(summary, metric)]
                row += summary.percentiles.map { metric.cell($0) }
                table.append(row)
            }
        }
        return table
    }

    /// Figures that say nothing under pooled funding, where academies hold no reserves of their
    /// own: none is ever in deficit and every one is below its target, by construction.
    static func meaninglessWhenPooled(_ metric: TrustMetric, _ result: SimulationResult) -> Bool {
        result.scenario.trust.fundingModel == .pooled && [.academiesInDeficit, .academiesBelowTarget].contains(metric)
    }

    static func mean(_ summary: Summary, _ metric: TrustMetric) -> Cell {
        .estimate(summary.mean, standardError: summary.standardError, unit: metric.unit)
    }

    /// Every probability, every year, with its Wilson 95% interval.
    package static func probabilities(_ result: SimulationResult) -> Table {
        var table = Table(
            id: "probabilities", title: "Probabilities with standard errors and Wilson 95% intervals",
            columns: [
                .init("Year", key: "year"), .init("Event", key: "event"), .init("Probability", key: "probability"),
                .init("95% low", key: "low"), .init("95% high", key: "high"),
            ])
        for year in result.years {
            let events: [(String, ProportionAccumulator)] = [
                ("central.reserves < 0", year.centralReservesBelowZero),
                ("any academy in deficit", year.anyAcademyInDeficit),
                ("any academy in in-year deficit", year.anyAcademyInYearDeficit),
                ("trust.reservesPercent >= target", year.trustReservesAtTarget),
                ("any academy above staff-cost cap", year.anyAcademyAboveStaffCap),
            ]
            let pooled = result.scenario.trust.fundingModel == .pooled
            for (name, p) in events where !(pooled && name == "any academy in deficit") {
                let interval = p.wilsonInterval()
                table.append([
                    .text(year.label), .text(name), estimate(p), .percent(interval.lowerBound, decimals: 2),
                    .percent(interval.upperBound, decimals: 2),
                ])
            }
        }
        return table
    }

    /// Each academy, each year.
    package static func academyYears(_ result: SimulationResult) -> Table {
        var table = Table(
            id: "academy-years", title: "Each academy, each year",
            columns: [
                .init("Academy", key: "academy"), .init("Year", key: "year"), .init("Trials in the trust", key: "trialsInTrust"),
                .init("Reserves P50", key: "reservesP50"), .init("P(cumulative deficit)", key: "deficit"),
                .init("Expected cumulative deficit", key: "expectedDeficit"), .init("P(in-year deficit)", key: "inYearDeficit"),
                .init("Expected in-year deficit", key: "expectedInYearDeficit"),
                .init("P(below target)", key: "belowTarget"), .init("P(above staff-cost cap)", key: "aboveStaffCap"),
            ])
        let pooled = result.scenario.trust.fundingModel == .pooled
        for academy in result.academies {
            for (index, year) in academy.years.enumerated() {
                table.append([
                    .text(academy.id), .text(result.scenario.yearLabel(index)), .integer(year.trialsPresent),
                    pooled ? .empty : .money(year.medianReserves), pooled ? .empty : estimate(year.inDeficit),
                    pooled ? .empty : expected(year.expectedDeficit), pooled ? .empty : estimate(year.inYearDeficit),
                    pooled ? .empty : expected(year.expectedInYearDeficit), pooled ? .empty : estimate(year.belowTarget),
                    estimate(year.aboveStaffCap),
                ])
            }
        }
        if case .histogram = result.academyPercentiles { table.notes.append(academyPercentileNote(result)) }
        return table
    }

    /// The loss exceedance curve: the chance a year's losses exceed each amount.
    package static func lossExceedance(_ result: SimulationResult) -> Table {
        var table = Table(
            id: "loss-exceedance", title: "Loss exceedance: P(a year's risk losses exceed the amount)",
            columns: [.init("Annual loss", key: "loss"), .init("P(exceeded)", key: "probability")])
        for point in result.risk.exceedance.points {
            table.append([.money(point.threshold), .percent(point.probability, decimals: 2)])
        }
        return table
    }
}
