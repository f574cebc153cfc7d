import MonteCarlo

/// The national picture every academy shares in a year: the per-pupil funding uplift, the pay
/// award, the share of the award the government funds by grant, and non-pay inflation.
///
/// Each is drawn once per year per trial (the same for every academy). Values are percentages,
/// as in the scenario file; the model divides them by 100.
public struct Economy: Sendable, Equatable {
    /// The four economy inputs, named as in the scenario file.
    public enum Input: String, Sendable, CaseIterable, Equatable {
        case fundingUpliftPercent
        case payAwardPercent
        case payGrantCoveragePercent
        case nonPayInflationPercent

        /// What a trustee calls it.
        public var title: String {
            switch self {
            case .fundingUpliftPercent: return "Per-pupil funding uplift"
            case .payAwardPercent: return "Pay award"
            case .payGrantCoveragePercent: return "Share of the pay award funded by grant"
            case .nonPayInflationPercent: return "Non-pay inflation"
            }
        }
    }

    /// A rank correlation between two inputs (funding and pay tend to move together).
    public struct Correlation: Sendable, Equatable {
        public var first: Input
        public var second: Input
        /// Spearman's rank correlation, from −1 to 1.
        public var rank: Double

        public init(first: Input, second: Input, rank: Double) {
            self.first = first
            self.second = second
            self.rank = rank
        }
    }

    public var fundingUpliftPercent: Distribution
    public var payAwardPercent: Distribution
    public var payGrantCoveragePercent: Distribution
    public var nonPayInflationPercent: Distribution
    public var correlations: [Correlation]

    public init(
        fundingUpliftPercent: Distribution, payAwardPercent: Distribution,
        payGrantCoveragePercent: Distribution, nonPayInflationPercent: Distribution, correlations: [Correlation] = []
    ) {
        self.fundingUpliftPercent = fundingUpliftPercent
        self.payAwardPercent = payAwardPercent
        self.payGrantCoveragePercent = payGrantCoveragePercent
        self.nonPayInflationPercent = nonPayInflationPercent
        self.correlations = correlations
    }

    /// The distribution of one input.
    public subscript(input: Input) -> Distribution {
        switch input {
        case .fundingUpliftPercent: return fundingUpliftPercent
        case .payAwardPercent: return payAwardPercent
        case .payGrantCoveragePercent: return payGrantCoveragePercent
        case .nonPayInflationPercent: return nonPayInflationPercent
        }
    }
}
