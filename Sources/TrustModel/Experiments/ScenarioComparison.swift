import MonteCarlo
import RiskRegister

/// Scenarios run side by side on common random numbers: the base and its variants (or other
/// files), each measure estimated for each, and each scenario's difference from the first with a
/// 95% interval from the paired trials (for a percentile, from a paired bootstrap). Because trial k of every scenario draws the same
/// economy, rolls, joins and risk events, differences come from the decisions, not from noise,
/// and a scenario identical to the base differs by exactly zero.
package struct ScenarioComparison: Sendable {
    /// One scenario in the comparison.
    package struct Entry: Sendable {
        /// The variant's name ("base" for the file itself) or the file's path.
        package var name: String
        package var result: SimulationResult

        package init(name: String, result: SimulationResult) {
            self.name = name
            self.result = result
        }
    }

    package var entries: [Entry]
    package var measures: [Measure]
    /// `estimates[entry][measure]`.
    package var estimates: [[Estimate]]
    /// `differences[entry][measure]`: entry minus the first, from paired trials (the first's are zero).
    package var differences: [[Estimate]]

    package init(entries: [Entry], measures: [Measure], estimates: [[Estimate]], differences: [[Estimate]]) {
        self.entries = entries
        self.measures = measures
        self.estimates = estimates
        self.differences = differences
    }

    /// The measures shown when none are asked for.
    package static func defaultMeasures(for scenario: Scenario) throws -> [Measure] {
        try [
            "mean(trust.reserves@end)", "mean(central.reserves@end)", "mean(academies.reserves@end)",
            "P(central.reserves@end < 0)", "P(any academy in deficit@end)", "P(any academy in in-year deficit@end)",
            "mean(academies.deficit@end)", "P(trust below target@end)",
            "mean(academies.count@end)", "mean(risk.losses@end)",
        ]
        .map { try OutputVocabulary.measure($0, scenario: scenario) }
    }

    /// The measures a board decides between options on, when none are asked for: the chance the
    /// centre runs out of reserves in any year, the chances of an academy in in-year and in
    /// cumulative deficit at the horizon, and trust reserves at the horizon with the chance they
    /// end below the trust's own target. The academies' chances are at the horizon, not in any
    /// year, because with several academies over several years one school's bad year is all but
    /// certain under every option and would separate none. In `--metric`'s vocabulary, so
    /// `--metric` replaces them.
    package static let decisionMeasureNames = [
        "P(central.reserves@any < 0)", "P(any academy in in-year deficit@end)", "P(any academy in deficit@end)",
        "mean(trust.reserves@end)", "P(trust below target@end)",
    ]

    /// Runs every scenario (on the first's seed and number of trials) and compares them.
    package static func run(
        _ scenarios: [(name: String, scenario: Scenario, registers: RegisterSet?)], measures: [Measure], threads: Int? = nil,
        progress: TrialProgress? = nil
    ) throws -> ScenarioComparison {
        guard let first = scenarios.first else {
            return ScenarioComparison(entries: [], measures: measures, estimates: [], differences: [])
        }
        let recording = Recording.needed(for: measures)
        let entries = try scenarios.map { item in
            var scenario = item.scenario
            scenario.seed = first.scenario.seed
            scenario.trials = first.scenario.trials
            progress?.begin(item.name, trials: scenario.trials)
            let result = try Simulation.run(scenario, registers: item.registers, threads: threads, recording: recording, progress: progress)
            return Entry(name: item.name, result: result)
        }
        // Each entry's trial values, worked out once for its estimates and its differences.
        let values = try entries.map { entry in try measures.map { try entry.result.trialValues(for: $0) } }
        let replicates = entries[0].result.replicates
        let estimates = values.map { entryValues in zip(measures, entryValues).map { $0.estimate(from: $1, replicates: replicates) } }
        let differences = values.indices.map { entry in
            measures.indices.map { index in
                pairedDifference(
                    values[entry][index], base: values[0][index], measure: measures[index], seed: first.scenario.seed,
                    replicates: replicates, threads: threads)
            }
        }
        return ScenarioComparison(entries: entries, measures: measures, estimates: estimates, differences: differences)
    }

    /// How a difference's 95% interval is made, as the CSV and JSON name it.
    package enum IntervalMethod: String, Sendable {
        /// A percentile's: the spread of the difference over resamples of the paired trials.
        case pairedBootstrap = "paired bootstrap"
        /// A mean's or a chance's: the normal interval of the mean of the per-trial differences.
        case pairedNormal = "paired normal"
        /// The same under a replicated Latin hypercube, its error from the spread between the blocks.
        case pairedNormalReplicatedBlocks = "paired normal, replicated LHS blocks"
    }

    /// The method ``pairedDifference(_:base:measure:seed:replicates:threads:)`` uses for `measure`.
    package static func intervalMethod(_ measure: Measure, replicates: ReplicatedBlocks?) -> IntervalMethod {
        if case .percentile = measure { return .pairedBootstrap }
        return replicates == nil ? .pairedNormal : .pairedNormalReplicatedBlocks
    }

    /// The comparison on `chosen` only, in that order: each found among the measures it ran
    /// (one it did not run is left out), so one run serves several tables.
    package func restricted(to chosen: [Measure]) -> ScenarioComparison {
        let indices = chosen.compactMap { measures.firstIndex(of: $0) }
        return ScenarioComparison(
            entries: entries, measures: indices.map { measures[$0] }, estimates: estimates.map { row in indices.map { row[$0] } },
            differences: differences.map { row in indices.map { row[$0] } })
    }

    /// How many paired-bootstrap resamples a percentile's difference takes its interval from.
    package static let bootstrapResamples = 1_000

    /// The mean of the per-trial differences and its standard error; for a percentile, the
    /// difference of the percentiles with the standard error of a paired bootstrap over the trials
    /// (``PairedBootstrap``, keyed by the seed and the measure), so the common random numbers'
    /// correlation narrows it as it does a mean's, and identical scenarios differ by exactly zero.
    /// Under a replicated Latin hypercube a mean's difference takes its error from the blocks' spread.
    static func pairedDifference(
        _ values: [Double], base: [Double], measure: Measure, seed: UInt64, replicates: ReplicatedBlocks? = nil, threads: Int? = nil
    ) -> Estimate {
        if case .percentile(let p, _) = measure, intervalMethod(measure, replicates: replicates) == .pairedBootstrap {
            let bootstrap = PairedBootstrap(
                key: DrawKey(seed: seed, stream: "compare.bootstrap", entity: measure.description, year: 0), resamples: bootstrapResamples)
            let (difference, standardError) = bootstrap.percentileDifference(values, base, at: p, threads: threads)
            return Estimate(value: difference, standardError: standardError)
        }
        let each = zip(values, base).map { $0 - $1 }
        let differences = MeanAccumulator(each)
        return Estimate(value: differences.mean, standardError: replicates?.standardErrorOfMean(each) ?? differences.standardError)
    }
}
