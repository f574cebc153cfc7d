import JSONDocument
import MonteCarlo
import RiskRegister

/// One numeric field of a scenario set to a series of values, every run on the same random
/// numbers, with chosen measures estimated at each value. Where the model is monotone in the
/// field (central reserves in the top-slice, for instance) the estimates are monotone too,
/// because each trial's draws do not change with the value.
package struct ParameterSweep: Sendable {
    package var parameter: ScenarioParameter
    package var values: [Double]
    package var measures: [Measure]
    /// `estimates[value][measure]`.
    package var estimates: [[Estimate]]

    /// `from`, `from + step`, … up to `to` (inclusive, allowing for rounding).
    package static func values(from: Double, to: Double, step: Double) -> [Double] {
        guard step > 0, to >= from else { return [from] }
        let count = Int(((to - from) / step + 1e-9).rounded(.down))
        // Multiplying rather than adding keeps 2 + 7 × 0.5 exactly 5.5.
        return (0...count).map { from + Double($0) * step }
    }

    /// Runs the sweep: `parameter`'s scenario at each value, with `registers`, each value a step of `progress`.
    package static func run(
        _ parameter: ScenarioParameter, values: [Double], registers: RegisterSet?, measures: [Measure], threads: Int? = nil,
        progress: TrialProgress? = nil
    ) throws -> ParameterSweep {
        // Every value is set, and checked by the field's rule, before the first run: a value the
        // field may not take is reported at once, not after the runs before it.
        let scenarios = try values.map(parameter.scenario(at:))
        let recording = Recording.needed(for: measures)
        let estimates = try zip(values, scenarios).map { value, scenario in
            progress?.begin("\(parameter) = \(JSONWriter.format(number: value))", trials: scenario.trials)
            let result = try Simulation.run(scenario, registers: registers, threads: threads, recording: recording, progress: progress)
            return try measures.map { try result.estimate($0) }
        }
        return ParameterSweep(parameter: parameter, values: values, measures: measures, estimates: estimates)
    }
}
