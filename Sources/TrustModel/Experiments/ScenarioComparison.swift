import MonteCarlo
import RiskRegister

/// Scenarios run side by side on common random numbers: the base and its variants (or other
/// files), each measure estimated for each, and each scenario's difference from the first with a
/// 95% interval from the paired trials. Because trial k of every scenario draws the same
/// economy, rolls, joins and risk events, differences come from the decisions, not from noise,
/// and a scenario identical to the base differs by exactly zero.
public struct ScenarioComparison: Sendable {
    /// One scenario in the comparison.
    public struct Entry: Sendable {
        /// The variant's name ("base" for the file itself) or the file's path.
        public var name: String
        public var result: SimulationResult
    }

    public var entries: [Entry]
    public var measures: [Measure]
    /// `estimates[entry][measure]`.
    public var estimates: [[Estimate]]
    /// `differences[entry][measure]`: entry minus the first, from paired trials (the first's are zero).
    public var differences: [[Estimate]]

    /// The measures shown when none are asked for.
    public static func defaultMeasures(for scenario: Scenario) throws -> [Measure] {
        try ["mean(trust.reserves@end)", "mean(central.reserves@end)", "mean(academies.reserves@end)",
             "P(central.reserves@end < 0)", "P(any academy in deficit@end)", "P(trust below target@end)",
             "mean(academies.count@end)", "mean(risk.losses@end)"]
            .map { try OutputVocabulary.measure($0, scenario: scenario) }
    }

    /// Runs every scenario (on the first's seed and number of trials) and compares them.
    public static func run(
        _ scenarios: [(name: String, scenario: Scenario, registers: RegisterSet?)], measures: [Measure], threads: Int? = nil
    ) throws -> ScenarioComparison {
        guard let first = scenarios.first else { return ScenarioComparison(entries: [], measures: measures, estimates: [], differences: []) }
        let recording = Recording.needed(for: measures)
        let entries = try scenarios.map { item in
            var scenario = item.scenario
            scenario.seed = first.scenario.seed
            scenario.trials = first.scenario.trials
            return Entry(name: item.name, result: try Simulation.run(scenario, registers: item.registers, threads: threads, recording: recording))
        }
        let estimates = try entries.map { entry in try measures.map { try entry.result.estimate($0) } }
        let baseValues = try measures.map { try entries[0].result.trialValues(for: $0) }
        let differences = try entries.map { entry in
            try measures.enumerated().map { index, measure in
                try pairedDifference(entry.result, baseValues[index], measure: measure)
            }
        }
        return ScenarioComparison(entries: entries, measures: measures, estimates: estimates, differences: differences)
    }

    /// The mean of the per-trial differences and its standard error; for a percentile, the
    /// difference of the percentiles with the standard error of the two added in quadrature
    /// (an upper bound, as paired trials are positively correlated).
    static func pairedDifference(_ result: SimulationResult, _ base: [Double], measure: Measure) throws -> Estimate {
        let values = try result.trialValues(for: measure)
        if case .percentile(let p, _) = measure {
            let mine = try result.estimate(measure)
            let theirs = Summary(base, percentiles: [p])
            let interval = Percentiles.confidenceInterval(sorted: base.sorted(), at: p)
            let theirError = (interval.upperBound - interval.lowerBound) / 3.919_927_969_080_108
            return Estimate(value: mine.value - theirs.percentiles[0],
                            standardError: (mine.standardError * mine.standardError + theirError * theirError).squareRoot())
        }
        let differences = MeanAccumulator(zip(values, base).map { $0 - $1 })
        return Estimate(value: differences.mean, standardError: differences.standardError)
    }
}
