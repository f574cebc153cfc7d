/// A figure of the simulation at a year, as typed on the command line: `trust.reserves@end`,
/// `central.reserves@2029`, `academy.oak-primary.reserves@2030/31`.
///
/// The vocabulary (``OutputVocabulary``) is small and documented in every experiment's `--help`.
package struct OutputName: Sendable, Equatable, CustomStringConvertible {
    /// What is measured.
    package enum Figure: Sendable, Equatable {
        /// A trust-wide figure recorded for every trial.
        case trust(TrustMetric)
        /// The academies' reserves added up (the trust's reserves less the centre's).
        case academiesReserves
        /// One academy's reserves (0 in futures where it has not joined).
        case academyReserves(id: String)
    }

    /// Which school year, or which years taken together.
    package enum Year: Sendable, Equatable {
        case start
        case end
        /// The school year starting in this calendar year (2029 is 2029/30).
        case calendar(Int)
        /// `@any`, in an event: it happens in at least one year.
        case anyYear
        /// `@all`, in an event: it happens in every year.
        case everyYear
        /// `min(…)`: each trial's lowest value over the years.
        case lowest
        /// `max(…)`: each trial's highest value over the years.
        case highest

        /// Whether this is `@any` or `@all`, which only an event can take.
        package var isOverEvents: Bool { self == .anyYear || self == .everyYear }
    }

    package var figure: Figure
    package var year: Year

    package init(figure: Figure, year: Year = .end) {
        self.figure = figure
        self.year = year
    }

    /// The name of the figure without its year.
    package var figureName: String {
        switch figure {
        case .trust(let metric): return metric.outputName
        case .academiesReserves: return "academies.reserves"
        case .academyReserves(let id): return "academy.\(id).reserves"
        }
    }

    package var description: String {
        switch year {
        case .end: return figureName + "@end"
        case .start: return figureName + "@start"
        case .calendar(let year): return figureName + "@\(year)"
        case .anyYear: return figureName + "@any"
        case .everyYear: return figureName + "@all"
        case .lowest: return "min(\(figureName))"
        case .highest: return "max(\(figureName))"
        }
    }

    /// The year index in `scenario`, or nil when the year is outside it or the output takes
    /// every year (``yearIndices(in:)``).
    package func yearIndex(in scenario: Scenario) -> Int? {
        switch year {
        case .start: return 0
        case .end: return scenario.years - 1
        case .calendar(let calendar):
            let index = calendar - scenario.startYear
            return (0..<scenario.years).contains(index) ? index : nil
        case .anyYear, .everyYear, .lowest, .highest: return nil
        }
    }

    /// The year indices the output takes in `scenario`: every year for `@any`, `@all`, `min(…)`
    /// and `max(…)`, else its one year (none when that is outside the scenario).
    package func yearIndices(in scenario: Scenario) -> [Int] {
        switch year {
        case .anyYear, .everyYear, .lowest, .highest: return Array(0..<scenario.years)
        default: return yearIndex(in: scenario).map { [$0] } ?? []
        }
    }

    /// Whether the figure is a fraction shown as a percentage.
    package var isPercentage: Bool {
        if case .trust(let metric) = figure { return metric == .trustReservesPercent || metric == .staffCostRatio }
        return false
    }

    /// Whether the figure is in pounds.
    package var isMoney: Bool {
        switch figure {
        case .trust(let metric):
            return [
                .trustReserves, .trustIncome, .centralReserves, .centralBalance, .riskLosses, .academiesDeficit,
                .academiesInYearDeficitAmount,
            ].contains(metric)
        case .academiesReserves, .academyReserves: return true
        }
    }
}

extension TrustMetric {
    /// The figure's name in the output vocabulary.
    package var outputName: String {
        switch self {
        case .trustReserves: return "trust.reserves"
        case .trustReservesPercent: return "trust.reservesPercent"
        case .trustIncome: return "trust.income"
        case .centralReserves: return "central.reserves"
        case .centralBalance: return "central.balance"
        case .academies: return "academies.count"
        case .pupils: return "academies.pupils"
        case .academiesInDeficit: return "academies.inDeficit"
        case .academiesInYearDeficit: return "academies.inYearDeficit"
        case .academiesDeficit: return "academies.deficit"
        case .academiesInYearDeficitAmount: return "academies.inYearDeficitAmount"
        case .academiesBelowTarget: return "academies.belowTarget"
        case .academiesAboveStaffCap: return "academies.aboveStaffCap"
        case .staffCostRatio: return "academies.staffCostRatio"
        case .riskLosses: return "risk.losses"
        }
    }
}

/// A comparison between a figure and a threshold.
package enum Comparison: String, Sendable, Equatable, CaseIterable {
    case below = "<"
    case atMost = "<="
    case above = ">"
    case atLeast = ">="

    package func holds(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .below: return value < threshold
        case .atMost: return value <= threshold
        case .above: return value > threshold
        case .atLeast: return value >= threshold
        }
    }
}

/// Something that happens or not in each trial: `central.reserves@end < 0`,
/// `any academy in deficit@2029`.
package struct OutputEvent: Sendable, Equatable, CustomStringConvertible {
    package var output: OutputName
    package var comparison: Comparison
    package var threshold: Double
    /// The event as the user wrote it (or as matrisk names it).
    package var text: String

    package init(output: OutputName, comparison: Comparison, threshold: Double, text: String) {
        self.output = output
        self.comparison = comparison
        self.threshold = threshold
        self.text = text
    }

    package var description: String { text }
}

/// A number estimated from the trials: the probability of an event, or the mean or a
/// percentile of a figure.
package enum Measure: Sendable, Equatable, CustomStringConvertible {
    case probability(OutputEvent)
    case mean(OutputName)
    case percentile(Double, OutputName)

    package var description: String {
        switch self {
        case .probability(let event): return "P(\(event))"
        case .mean(let output): return "mean(\(output))"
        case .percentile(let p, let output): return "P\(Int((p * 100).rounded()))(\(output))"
        }
    }

    /// Whether the measure is a probability or a percentage figure (so "10%" means 0.10).
    package var isFraction: Bool {
        switch self {
        case .probability: return true
        case .mean(let output), .percentile(_, let output): return output.isPercentage
        }
    }

    /// The figure the measure is about.
    package var output: OutputName {
        switch self {
        case .probability(let event): return event.output
        case .mean(let output), .percentile(_, let output): return output
        }
    }
}

/// A goal for `solve`: a measure compared with a value, e.g. `P(central.reserves@end < 0) <= 10%`.
package struct Target: Sendable, Equatable, CustomStringConvertible {
    package var measure: Measure
    package var comparison: Comparison
    package var value: Double
    package var text: String

    package var description: String { text }
}
