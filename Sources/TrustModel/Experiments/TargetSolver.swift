import JSONDocument
import MonteCarlo
import RiskRegister

/// The smallest (or largest) value of a field that meets a target such as
/// `P(central.reserves@end < 0) <= 10%`, found by bisection on common random numbers.
///
/// The answer allows for Monte Carlo error: a value meets the target only if the estimate's
/// one-sided 95% bound does (p̂ + 1.645·SE ≤ 10%), so that a second run on a fresh seed, the
/// confirmation, meets it too. The value's own uncertainty is the estimate's standard error
/// divided by the measure's slope around the answer.
package struct TargetSolution: Sendable {
    /// How the search ended.
    package enum Outcome: Sendable, Equatable {
        /// `value` is the answer.
        case found
        /// Even the best end of the range does not meet the target.
        case noValueMeets
    }

    package var parameter: JSONPath
    package var target: Target
    package var range: ClosedRange<Double>
    package var largest: Bool
    package var outcome: Outcome
    /// The answer, or (when none) the end of the range that comes closest.
    package var value: Double
    /// The measure at the answer on the scenario's seed.
    package var estimate: Estimate
    /// ± the value's Monte Carlo uncertainty (nil when the slope is flat there).
    package var valueUncertainty: Double?
    /// The seed of the confirmation run and the measure it gives at the answer.
    package var confirmationSeed: UInt64
    package var confirmation: Estimate
    /// Whether the confirmation's estimate meets the target as written.
    package var confirmed: Bool
    /// Every value tried, in order, with its estimate.
    package var evaluations: [(value: Double, estimate: Estimate)]
}

package enum TargetSolver {
    /// One-sided 95%: the bound a value's estimate must meet the target by.
    static let margin = 1.644_853_626_951_472

    /// The seed of the confirmation run: a fresh seed derived from the scenario's.
    package static func confirmationSeed(_ seed: UInt64) -> UInt64 {
        StableHash.of("confirmation:\(seed)") >> 1
    }

    package static func solve(
        _ loaded: LoadedScenario, variant: String? = nil, parameter: JSONPath, target: Target, range: ClosedRange<Double>,
        largest: Bool = false, tolerance: Double? = nil, threads: Int? = nil
    ) throws -> TargetSolution {
        let recording = Recording.needed(for: [target.measure])
        var evaluations: [(value: Double, estimate: Estimate)] = []
        let document = try ParameterSweep.document(loaded, variant: variant)
        func scenario(at value: Double) throws -> Scenario {
            try ParameterSweep.scenario(document, parameter: parameter, value: value, source: loaded.path)
        }
        func estimate(of scenario: Scenario, value: Double, seed: UInt64? = nil) throws -> Estimate {
            var scenario = scenario
            if let seed { scenario.seed = seed }
            let result = try Simulation.run(scenario, registers: loaded.registers, threads: threads, recording: recording)
            let estimate = try result.estimate(target.measure)
            if seed == nil { evaluations.append((value, estimate)) }
            return estimate
        }
        func evaluate(_ value: Double, seed: UInt64? = nil) throws -> Estimate {
            try estimate(of: scenario(at: value), value: value, seed: seed)
        }
        func meets(_ estimate: Estimate, allowingForError: Bool) -> Bool {
            let bound: Double
            switch target.comparison {
            case .below, .atMost: bound = estimate.value + (allowingForError ? margin * estimate.standardError : 0)
            case .above, .atLeast: bound = estimate.value - (allowingForError ? margin * estimate.standardError : 0)
            }
            return target.comparison.holds(bound, target.value)
        }

        // Values on the `good` side meet the target; bisect between the last failing and first meeting value.
        let good = largest ? range.lowerBound : range.upperBound
        var bad = largest ? range.upperBound : range.lowerBound
        let base = try scenario(at: good)
        let goodEstimate = try estimate(of: base, value: good)
        let seed = confirmationSeed(base.seed)
        guard meets(goodEstimate, allowingForError: true) else {
            let confirmation = try estimate(of: base, value: good, seed: seed)
            return TargetSolution(
                parameter: parameter, target: target, range: range, largest: largest, outcome: .noValueMeets, value: good,
                estimate: goodEstimate, valueUncertainty: nil, confirmationSeed: seed, confirmation: confirmation,
                confirmed: meets(confirmation, allowingForError: false), evaluations: evaluations)
        }
        var answer = good
        var answerEstimate = goodEstimate
        let badEstimate = try evaluate(bad)
        if meets(badEstimate, allowingForError: true) {
            answer = bad
            answerEstimate = badEstimate
        } else {
            let step = tolerance ?? (range.upperBound - range.lowerBound) / 1_000
            while abs(answer - bad) > step {
                let middle = (answer + bad) / 2
                let estimate = try evaluate(middle)
                if meets(estimate, allowingForError: true) {
                    answer = middle
                    answerEstimate = estimate
                } else {
                    bad = middle
                }
            }
        }

        // The slope around the answer, over a twentieth of the range, turns the estimate's
        // standard error into the value's uncertainty.
        let width = (range.upperBound - range.lowerBound) / 20
        let low = max(range.lowerBound, answer - width)
        let high = min(range.upperBound, answer + width)
        var uncertainty: Double?
        if high > low {
            let slope = (try evaluate(high).value - evaluate(low).value) / (high - low)
            if slope != 0 { uncertainty = answerEstimate.standardError / abs(slope) }
        }
        let confirmation = try evaluate(answer, seed: seed)
        return TargetSolution(
            parameter: parameter, target: target, range: range, largest: largest, outcome: .found, value: answer,
            estimate: answerEstimate, valueUncertainty: uncertainty, confirmationSeed: seed, confirmation: confirmation,
            confirmed: meets(confirmation, allowingForError: false), evaluations: evaluations)
    }
}
