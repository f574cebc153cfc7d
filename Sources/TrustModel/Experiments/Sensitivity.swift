import MonteCarlo
import RiskRegister

/// Which uncertain inputs move an output most: a tornado.
///
/// Every trial records each input as one number (each economy input's mean over the years, each
/// academy's mean roll change, each risk's losses over the years, whether each join went ahead).
/// For each input, the *swing* is the output's mean over the trials where the input is at its high
/// end (at or above its 90th percentile) minus its mean where the input is at its low end (at or
/// below its 10th percentile) — conditional means by tranche, as @RISK and ModelRisk draw tornadoes;
/// for a join the ends are "does not go ahead" and "goes ahead". Spearman's rank correlation
/// (average ranks for ties) is given beside it. Inputs that never vary have no ends: zero swing.
/// Both statistics treat the trials as a set, so the ranking does not depend on their order.
package struct Sensitivity: Sendable {
    /// One input's bar of the tornado.
    package struct Bar: Sendable, Equatable {
        package var input: InputDescriptor
        /// The input's values at its low and high ends (P10 and P90).
        package var lowInput: Double
        package var highInput: Double
        /// The output's mean at the input's low and high ends.
        package var lowOutput: Double
        package var highOutput: Double
        package var swing: Double { highOutput - lowOutput }
        package var rankCorrelation: Double
    }

    package var measure: Measure
    /// The output over all trials.
    package var overall: Estimate
    /// Bars, largest swing first.
    package var bars: [Bar]

    package static func run(_ scenario: Scenario, registers: RegisterSet?, measure: Measure, threads: Int? = nil) throws -> Sensitivity {
        let result = try Simulation.run(
            scenario, registers: registers, threads: threads, recording: .needed(for: [measure], inputs: true))
        let output = try result.trialValues(for: measure)
        let outputRanks = RankCorrelation.ranks(output)
        var bars: [Bar] = []
        for (index, input) in result.inputs.enumerated() {
            let values = result.inputValues(index)
            let sorted = values.sorted()
            let low = Percentiles.of(sorted: sorted, at: 0.1)
            let high = Percentiles.of(sorted: sorted, at: 0.9)
            guard high > low else {
                bars.append(Bar(input: input, lowInput: low, highInput: high, lowOutput: 0, highOutput: 0, rankCorrelation: 0))
                continue
            }
            var lowSum = MeanAccumulator()
            var highSum = MeanAccumulator()
            for (value, out) in zip(values, output) {
                if value <= low { lowSum.add(out) }
                if value >= high { highSum.add(out) }
            }
            bars.append(
                Bar(
                    input: input, lowInput: low, highInput: high, lowOutput: lowSum.mean, highOutput: highSum.mean,
                    rankCorrelation: pearson(RankCorrelation.ranks(values), outputRanks)))
        }
        bars.sort {
            (abs($0.swing), abs($0.rankCorrelation), $1.input.id) > (abs($1.swing), abs($1.rankCorrelation), $0.input.id)
        }
        return Sensitivity(measure: measure, overall: try result.estimate(measure), bars: bars)
    }

    /// Pearson's correlation of ranks (Spearman's ρ); 0 when either side does not vary.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let value = RankCorrelation.pearson(x, y)
        return value.isFinite ? value : 0
    }
}
