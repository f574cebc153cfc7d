import MonteCarlo
import RiskRegister

/// Which uncertain inputs move an output most: a tornado of the model's primary random inputs
/// (``PrimaryInput``: each year's economy draws, each academy's roll change in each year, each
/// risk's loss in each year for each academy that bears it, each join), each attributed to the
/// year it first moves, and only those that can reach the output (``PrimaryInput/canReach(_:in:)``).
///
/// For each input three statistics from the same trials:
/// - the first-order variance index (``FirstOrderIndex``): the share of the output's variance
///   the input explains on its own, with its bootstrap error; the bars are sorted by it;
/// - the *swing*: the output's mean over the trials where the input is at its high end (at or
///   above its 90th percentile) less its mean where it is at its low end (at or below its 10th),
///   conditional means by tranche as @RISK and ModelRisk draw tornadoes; when the two ends
///   meet (a join, a risk that strikes in fewer than one year in ten) the ends are the trials
///   at that value and those beyond it, so a join's swing is "goes ahead" less "does not";
/// - Spearman's rank correlation (average ranks for ties).
///
/// Inputs that never vary have no ends, no correlation and no index. The inputs are
/// re-derived from their keyed draws (``PrimaryInputs``), so the simulation records none.
package struct Sensitivity: Sendable {
    /// One input's bar of the tornado.
    package struct Bar: Sendable, Equatable {
        package var input: PrimaryInput
        /// The input's values at its low and high ends (P10 and P90).
        package var lowInput: Double
        package var highInput: Double
        /// The output's mean at the input's low and high ends.
        package var lowOutput: Double
        package var highOutput: Double
        package var swing: Double { highOutput - lowOutput }
        package var rankCorrelation: Double
        /// The share of the output's variance the input explains on its own.
        package var index: FirstOrderIndex
    }

    package var measure: Measure
    /// The output over all trials.
    package var overall: Estimate
    /// The inputs that can reach the output, largest first-order index first.
    package var bars: [Bar]
    /// How many primary inputs cannot reach the output (later years, other academies' draws).
    package var unreachable: Int
    /// The most bins an input's trials are cut into for its index.
    package var bins: Int

    /// Inputs worked on at once: their columns are held in memory together (8 bytes a trial each).
    static let batch = 64

    /// The steps ``run(_:registers:measure:threads:progress:)`` announces: the simulation, then the inputs' draws.
    package static let progressSteps = 2

    package static func run(
        _ scenario: Scenario, registers: RegisterSet?, measure: Measure, threads: Int? = nil, progress: TrialProgress? = nil
    ) throws -> Sensitivity {
        progress?.begin("simulating", trials: scenario.trials)
        let result = try Simulation.run(
            scenario, registers: registers, threads: threads, recording: .needed(for: [measure]), progress: progress)
        let output = try result.trialValues(for: measure)
        let primary = try PrimaryInputs(scenario: scenario, registers: registers)
        let reachable = primary.inputs.indices.filter { primary.inputs[$0].canReach(measure.output, in: scenario) }
        let key = DrawKey(seed: scenario.seed, stream: "sensitivity.bootstrap", year: 0)
        var bars: [Bar] = []
        let batches = (reachable.count + batch - 1) / batch
        progress?.begin("the inputs' draws", trials: primary.trials * batches)
        for start in stride(from: 0, to: reachable.count, by: batch) {
            let chosen = Array(reachable[start..<min(reachable.count, start + batch)])
            bars += Self.bars(
                chosen.map { primary.inputs[$0] }, columns: primary.columns(chosen, threads: threads, progress: progress), output: output,
                key: key,
                threads: threads)
        }
        return Sensitivity(
            measure: measure, overall: try result.estimate(measure), bars: sorted(bars),
            unreachable: primary.inputs.count - reachable.count,
            bins: InputBins.binCount(trials: output.count))
    }

    /// The bars of `inputs`, whose values over the trials are `columns`, for the output
    /// `output` (one value a trial), in the inputs' order; the indices' bootstrap under `key`.
    package static func bars(
        _ inputs: [PrimaryInput], columns: [[Double]], output: [Double], key: DrawKey, threads: Int? = nil
    ) -> [Bar] {
        let outputRanks = RankCorrelation.ranks(output)
        let indices = FirstOrderIndex.estimate(columns.map { InputBins($0) }, output: output, key: key, threads: threads)
        return inputs.indices.map { i in
            let ends = Tranches(columns[i], output: output)
            return Bar(
                input: inputs[i], lowInput: ends.lowInput, highInput: ends.highInput, lowOutput: ends.lowOutput,
                highOutput: ends.highOutput, rankCorrelation: ends.varies ? pearson(RankCorrelation.ranks(columns[i]), outputRanks) : 0,
                index: ends.varies ? indices[i] : FirstOrderIndex(value: 0, standardError: 0))
        }
    }

    /// Largest index first; then the larger swing, then the id, so the order is total.
    static func sorted(_ bars: [Bar]) -> [Bar] {
        bars.sorted {
            ($0.index.value, abs($0.swing), $1.input.id) > ($1.index.value, abs($1.swing), $0.input.id)
        }
    }

    /// Pearson's correlation of ranks (Spearman's ρ); 0 when either side does not vary.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let value = RankCorrelation.pearson(x, y)
        return value.isFinite ? value : 0
    }
}

/// An input's low and high ends (P10 and P90) and the output's mean at each.
struct Tranches {
    var lowInput: Double
    var highInput: Double
    var lowOutput = 0.0
    var highOutput = 0.0
    var varies = false

    init(_ values: [Double], output: [Double]) {
        let sorted = values.sorted()
        lowInput = Percentiles.of(sorted: sorted, at: 0.1)
        highInput = Percentiles.of(sorted: sorted, at: 0.9)
        guard let first = sorted.first, let last = sorted.last, first < last else { return }
        varies = true
        // When the ends meet, the trials at that value form one end and those beyond it the other.
        let isLow: (Double) -> Bool
        let isHigh: (Double) -> Bool
        if lowInput < highInput {
            (isLow, isHigh) = ({ [lowInput] in $0 <= lowInput }, { [highInput] in $0 >= highInput })
        } else if last > highInput {
            (isLow, isHigh) = ({ [lowInput] in $0 <= lowInput }, { [highInput] in $0 > highInput })
        } else {
            (isLow, isHigh) = ({ [lowInput] in $0 < lowInput }, { [highInput] in $0 >= highInput })
        }
        var low = MeanAccumulator()
        var high = MeanAccumulator()
        for (value, out) in zip(values, output) {
            if isLow(value) { low.add(out) }
            if isHigh(value) { high.add(out) }
        }
        lowOutput = low.mean
        highOutput = high.mean
    }
}
