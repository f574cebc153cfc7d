import MonteCarlo

/// The answer to a scenario: for every year the distribution of the trust's reserves, the
/// centre's, the academies' and the risks', with probabilities and their standard errors.
public struct SimulationResult: Sendable {
    public var scenario: Scenario
    public var trials: Int
    public var years: [YearOutcome]
    public var academies: [AcademyOutcome]
    public var risk: RiskOutcome
    /// Things the reader should know about how the registers were used.
    public var notes: [String]
    /// Every trial's trust-wide figures, for exact percentiles and paired comparisons.
    let columns: TrustColumns
    /// Recorded academies' reserves, `[id][year][trial]` (see ``Recording``).
    let academyColumns: [String: [[Double]]]
    /// The recorded inputs (empty unless asked for) and their values, trial after trial.
    public let inputs: [InputDescriptor]
    let inputValues: [Double]

    /// Every trial's value of `metric` in `year`, in trial order.
    public func values(_ metric: TrustMetric, year: Int) -> [Double] {
        columns.values(metric, year: year)
    }

    /// Every trial's reserves of a recorded academy in `year` (0 where it is not in the trust).
    public func academyReserves(_ id: String, year: Int) -> [Double]? {
        academyColumns[id]?[year]
    }

    /// Every trial's value of recorded input `index`.
    public func inputValues(_ index: Int) -> [Double] {
        let stride = inputs.count
        return (0..<trials).map { inputValues[$0 * stride + index] }
    }

    /// The outcome of the last year.
    public var lastYear: YearOutcome { years[years.count - 1] }
}

/// One school year's results, trust-wide.
public struct YearOutcome: Sendable {
    public var index: Int
    /// "2026/27".
    public var label: String
    /// Mean, standard error and percentiles of each trust-wide figure.
    public var summaries: [Summary]
    public var centralReservesBelowZero: ProportionAccumulator
    public var anyAcademyInDeficit: ProportionAccumulator
    public var trustReservesAtTarget: ProportionAccumulator
    public var anyAcademyAboveStaffCap: ProportionAccumulator

    public func summary(_ metric: TrustMetric) -> Summary { summaries[metric.rawValue] }
}

/// One academy's results, year by year. For a joining school the figures are for the trials in
/// which it has joined by then.
public struct AcademyOutcome: Sendable {
    public var id: String
    public var name: String
    public var phase: Phase
    public var type: AcademyType
    public var isJoin: Bool
    /// How often the join went ahead (always, for an academy already in the trust).
    public var joined: ProportionAccumulator
    public var years: [AcademyYear]
    /// The academy's risk losses in a year: mean, and the amounts covering 80% and 95% of years.
    public var annualRiskLoss: MeanAccumulator
    public var riskLoss80: Double
    public var riskLoss95: Double
}

/// One academy in one year.
public struct AcademyYear: Sendable {
    /// In how many trials the academy was in the trust.
    public var trialsPresent: Int
    /// Median reserves (from a 1,024-bin histogram: within a thousandth of the range of outcomes).
    public var medianReserves: Double?
    public var inDeficit: ProportionAccumulator
    public var belowTarget: ProportionAccumulator
    public var aboveStaffCap: ProportionAccumulator
}

/// What the register's risks cost, and the reserve they justify.
public struct RiskOutcome: Sendable {
    /// A risk's expected annual loss over all trials and years.
    public struct RiskLoss: Sendable {
        public var id: String
        public var title: String
        public var register: String
        public var basis: String
        public var annualLoss: MeanAccumulator
    }

    /// The trust's total risk losses in a year, over all trials and years.
    public var annualLoss: Summary
    /// Each trial's worst year of risk losses.
    public var worstYear: Summary
    /// The annual losses not exceeded in 80% and 95% of years: a contingency to budget.
    public var contingency80: Double
    public var contingency95: Double
    /// The reserve that covers the worst year of losses in 95% of futures.
    public var riskBasedReserve: Double
    /// P(annual loss > x), for the loss exceedance curve.
    public var exceedance: ExceedanceCurve
    /// Risks by expected annual loss, largest first.
    public var risks: [RiskLoss]
    /// Mitigations that take part in the simulation.
    public var mitigationCount: Int
}
