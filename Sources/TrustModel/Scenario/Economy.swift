import MonteCarlo

/// The national picture every academy shares in a year: the per-pupil funding uplift, the pay
/// award, the share of the award the government funds by grant, and non-pay inflation.
///
/// Each is drawn once per year per trial (the same for every academy). Values are percentages,
/// as in the scenario file; the model divides them by 100.
package struct Economy: Sendable, Equatable {
    /// The four economy inputs, named as in the scenario file.
    package enum Input: String, Sendable, CaseIterable, Equatable {
        case fundingUpliftPercent
        case payAwardPercent
        case payGrantCoveragePercent
        case nonPayInflationPercent

        /// What a trustee calls it.
        package var title: String {
            switch self {
            case .fundingUpliftPercent: return "Per-pupil funding uplift"
            case .payAwardPercent: return "Pay award"
            case .payGrantCoveragePercent: return "Share of the pay award funded by grant"
            case .nonPayInflationPercent: return "Non-pay inflation"
            }
        }
    }

    /// A rank correlation between two inputs (funding and pay tend to move together).
    package struct Correlation: Sendable, Equatable {
        package var first: Input
        package var second: Input
        /// Spearman's rank correlation, from −1 to 1.
        package var rank: Double

        package init(first: Input, second: Input, rank: Double) {
            self.first = first
            self.second = second
            self.rank = rank
        }
    }

    package var fundingUpliftPercent: Distribution
    package var payAwardPercent: Distribution
    package var payGrantCoveragePercent: Distribution
    package var nonPayInflationPercent: Distribution
    package var correlations: [Correlation]

    package init(
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
    package subscript(input: Input) -> Distribution {
        switch input {
        case .fundingUpliftPercent: return fundingUpliftPercent
        case .payAwardPercent: return payAwardPercent
        case .payGrantCoveragePercent: return payGrantCoveragePercent
        case .nonPayInflationPercent: return nonPayInflationPercent
        }
    }
}
