import MonteCarlo

/// The answer to a scenario: for every year the distribution of the trust's reserves, the
/// centre's, the academies' and the risks', with probabilities and their standard errors.
package struct SimulationResult: Sendable {
    package var scenario: Scenario
    package var trials: Int
    package var years: [YearOutcome]
    package var academies: [AcademyOutcome]
    /// How the academies' percentiles were made.
    package var academyPercentiles: AcademyPercentileBasis
    package var risk: RiskOutcome
    /// Things the reader should know about how the registers were used.
    package var notes: [RiskNote]
    /// Where a run with precision targets stopped and the precision it reached; nil for a run
    /// of a fixed number of trials.
    package var precision: PrecisionOutcome?
    /// Every trial's trust-wide figures, for exact percentiles and paired comparisons.
    let columns: TrustColumns
    /// Recorded academies' reserves, `[id][year][trial]` (see ``Recording``).
    let academyColumns: [String: [[Double]]]

    /// Every trial's value of `metric` in `year`, in trial order.
    package func values(_ metric: TrustMetric, year: Int) -> [Double] {
        columns.values(metric, year: year)
    }

    /// Every trial's reserves of a recorded academy in `year` (0 where it is not in the trust).
    package func academyReserves(_ id: String, year: Int) -> [Double]? {
        academyColumns[id]?[year]
    }

    /// The replicated Latin hypercube's blocks, whose spread gives every standard error of a
    /// Latin hypercube run; nil for plain random sampling, whose trials are independent.
    package var replicates: ReplicatedBlocks? { Self.replicates(of: scenario) }

    static func replicates(of scenario: Scenario) -> ReplicatedBlocks? {
        scenario.sampling == .latinHypercube ? ReplicatedBlocks(trials: scenario.trials) : nil
    }

    /// The outcome of the last year.
    package var lastYear: YearOutcome { years[years.count - 1] }
}

/// One school year's results, trust-wide.
package struct YearOutcome: Sendable {
    package var index: Int
    /// "2026/27".
    package var label: String
    /// Mean, standard error and percentiles of each trust-wide figure.
    package var summaries: [Summary]
    package var centralReservesBelowZero: ProportionAccumulator
    /// At least one academy's reserves below £0 (a cumulative deficit).
    package var anyAcademyInDeficit: ProportionAccumulator
    /// At least one academy spending more than its income in the year (an in-year deficit).
    package var anyAcademyInYearDeficit: ProportionAccumulator
    package var trustReservesAtTarget: ProportionAccumulator
    package var anyAcademyAboveStaffCap: ProportionAccumulator

    package func summary(_ metric: TrustMetric) -> Summary { summaries[metric.rawValue] }
}

/// How an academy's percentiles (median reserves, P80 and P95 of a year's risk losses) are made:
/// exactly, from every trial, while trials × academies × years fits a 64 MB budget; beyond it
/// from histograms of `bins` bins, each percentile within one bin (a thousandth of the range of
/// outcomes) of the exact one.
package enum AcademyPercentileBasis: Sendable, Equatable {
    case exact
    case histogram(bins: Int)
}

/// One academy's results, year by year. For a joining school the figures are for the trials in
/// which it has joined by then.
package struct AcademyOutcome: Sendable {
    package var id: String
    package var name: String
    package var phase: Phase
    package var type: AcademyType
    package var isJoin: Bool
    /// How often the join went ahead (always, for an academy already in the trust).
    package var joined: ProportionAccumulator
    package var years: [AcademyYear]
    /// The academy's risk losses in a year: mean, and the amounts covering 80% and 95% of years.
    package var annualRiskLoss: MeanAccumulator
    package var riskLoss80: Double
    package var riskLoss95: Double
}

/// One academy in one year.
package struct AcademyYear: Sendable {
    /// In how many trials the academy was in the trust.
    package var trialsPresent: Int
    /// Median reserves: exact, or from a 1,024-bin histogram beyond the memory budget (see
    /// ``SimulationResult/academyPercentiles``).
    package var medianReserves: Double?
    /// Reserves below £0 at the year's end: a cumulative deficit.
    package var inDeficit: ProportionAccumulator
    /// Spending more than its income in the year: an in-year deficit.
    package var inYearDeficit: ProportionAccumulator
    /// The expected cumulative deficit: what reserves are below £0 by, averaged over the futures
    /// in which the academy is in the trust (counting £0 where they are not below).
    package var expectedDeficit: MeanAccumulator
    /// The expected in-year deficit, averaged the same way.
    package var expectedInYearDeficit: MeanAccumulator
    package var belowTarget: ProportionAccumulator
    package var aboveStaffCap: ProportionAccumulator
}

/// What the register's risks cost, and the reserve they justify.
package struct RiskOutcome: Sendable {
    /// A risk's expected annual loss over all trials and years.
    package struct RiskLoss: Sendable {
        package var id: String
        package var title: String
        package var register: String
        package var basis: RiskBasis
        package var annualLoss: MeanAccumulator
    }

    /// The trust's total risk losses in a year, over all trials and years.
    package var annualLoss: Summary
    /// Each trial's worst year of risk losses.
    package var worstYear: Summary
    /// The annual losses not exceeded in 80% and 95% of years: a contingency to budget.
    package var contingency80: Double
    package var contingency95: Double
    /// The reserve that covers the worst year of losses in 95% of futures.
    package var riskBasedReserve: Double
    /// P(annual loss > x), for the loss exceedance curve.
    package var exceedance: ExceedanceCurve
    /// Risks by expected annual loss, largest first.
    package var risks: [RiskLoss]
    /// Mitigations that take part in the simulation.
    package var mitigationCount: Int
}
