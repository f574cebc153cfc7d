import MonteCarlo

/// A number estimated from the trials, with its Monte Carlo standard error.
package struct Estimate: Sendable, Equatable {
    package var value: Double
    package var standardError: Double

    package init(value: Double, standardError: Double) {
        self.value = value
        self.standardError = standardError
    }

    /// The 95% confidence interval value ± 1.96 standard errors.
    package var interval95: ClosedRange<Double> {
        let half = 1.959_963_984_540_054 * standardError
        return (value - half)...(value + half)
    }
}

/// Every trial's trust-wide figures and recorded academies' reserves, whatever holds them: a
/// finished ``SimulationResult``, or a run checking its precision targets between blocks. The
/// measures of experiments and precision targets are read from it, one definition for both.
package protocol TrialFigures {
    var scenario: Scenario { get }
    /// How many trials the figures hold.
    var trials: Int { get }
    /// Every trial's value of `metric` in `year`, in trial order.
    func values(_ metric: TrustMetric, year: Int) -> [Double]
    /// Every trial's reserves of a recorded academy in `year` (0 where it is not in the trust).
    func academyReserves(_ id: String, year: Int) -> [Double]?
    /// The ids of the academies and joins, for the error naming them.
    var academyIDs: [String] { get }
    /// The replicated Latin hypercube's blocks, or nil for independent trials.
    var replicates: ReplicatedBlocks? { get }
}

extension SimulationResult: TrialFigures {
    package var academyIDs: [String] { academies.map(\.id) }
}

extension TrialFigures {
    /// Every trial's value of `output`: at its year, or its lowest (`min(…)`) or highest
    /// (`max(…)`) over the years.
    package func values(of output: OutputName) throws -> [Double] {
        let years = try yearIndices(of: output)
        switch output.year {
        case .lowest, .highest:
            let pick: (Double, Double) -> Double = output.year == .lowest ? { min($0, $1) } : { max($0, $1) }
            var extreme = try values(of: output.figure, year: years[0])
            for year in years.dropFirst() { extreme = zip(extreme, try values(of: output.figure, year: year)).map(pick) }
            return extreme
        case .anyYear, .everyYear: throw OutputNameError.yearsNeedAnEvent(output.description)
        default: return try values(of: output.figure, year: years[0])
        }
    }

    /// Every trial's 1 (the event happened: in its year, in any year with `@any`, in every year
    /// with `@all`) or 0.
    package func indicators(of event: OutputEvent) throws -> [Double] {
        let years = try yearIndices(of: event.output)
        guard event.output.year.isOverEvents else {
            return try values(of: event.output).map { event.comparison.holds($0, event.threshold) ? 1 : 0 }
        }
        let every = event.output.year == .everyYear
        var happened = [Bool](repeating: every, count: trials)
        for year in years {
            for (trial, value) in try values(of: event.output.figure, year: year).enumerated() {
                let holds = event.comparison.holds(value, event.threshold)
                happened[trial] = every ? happened[trial] && holds : happened[trial] || holds
            }
        }
        return happened.map { $0 ? 1 : 0 }
    }

    /// The year indices `output` takes; an error when its year is outside the scenario.
    private func yearIndices(of output: OutputName) throws -> [Int] {
        let years = output.yearIndices(in: scenario)
        guard !years.isEmpty else {
            throw OutputNameError.badYear(
                output.description, scenarioYears: "\(scenario.yearLabel(0)) to \(scenario.yearLabel(scenario.years - 1))")
        }
        return years
    }

    /// Every trial's value of `figure` in year index `year`.
    private func values(of figure: OutputName.Figure, year: Int) throws -> [Double] {
        switch figure {
        case .trust(let metric):
            return values(metric, year: year)
        case .academiesReserves:
            return zip(values(.trustReserves, year: year), values(.centralReserves, year: year)).map { $0 - $1 }
        case .academyReserves(let id):
            guard let column = academyReserves(id, year: year) else {
                throw OutputNameError.academyNotRecorded(id, known: academyIDs)
            }
            return column
        }
    }

    /// Every trial's contribution to `measure`: the indicator of an event, or the figure itself.
    package func trialValues(for measure: Measure) throws -> [Double] {
        switch measure {
        case .probability(let event): return try indicators(of: event)
        case .mean(let output), .percentile(_, let output): return try values(of: output)
        }
    }

    /// The measure's estimate and standard error: √(p(1−p)/n) for a probability, s/√n for a
    /// mean, and for a percentile a quarter of the width of its 95% order-statistic interval.
    package func estimate(_ measure: Measure) throws -> Estimate {
        measure.estimate(from: try trialValues(for: measure), replicates: replicates)
    }
}

extension Measure {
    /// The estimate of ``SimulationResult/estimate(_:)`` from `values`, every trial's
    /// ``SimulationResult/trialValues(for:)`` for this measure. With `replicates` (a replicated
    /// Latin hypercube run) the standard error is the spread between its blocks instead.
    func estimate(from values: [Double], replicates: ReplicatedBlocks? = nil) -> Estimate {
        switch self {
        case .probability:
            let p = ProportionAccumulator(trials: values.count, events: values.reduce(0) { $0 + Int($1) })
            return Estimate(value: p.estimate, standardError: replicates?.standardErrorOfMean(values) ?? p.standardError)
        case .mean:
            let mean = MeanAccumulator(values)
            return Estimate(value: mean.mean, standardError: replicates?.standardErrorOfMean(values) ?? mean.standardError)
        case .percentile(let p, _):
            let sorted = values.sorted()
            if let replicates {
                return Estimate(
                    value: Percentiles.of(sorted: sorted, at: p), standardError: replicates.standardErrorOfPercentile(values, at: p))
            }
            let interval = Percentiles.confidenceInterval(sorted: sorted, at: p)
            return Estimate(
                value: Percentiles.of(sorted: sorted, at: p),
                standardError: (interval.upperBound - interval.lowerBound) / 3.919_927_969_080_108)
        }
    }
}

extension Recording {
    /// What must be recorded to evaluate `measures`.
    package static func needed(for measures: [Measure]) -> Recording {
        var academies: Set<String> = []
        for measure in measures {
            if case .academyReserves(let id) = measure.output.figure { academies.insert(id) }
        }
        return Recording(academies: academies)
    }
}
