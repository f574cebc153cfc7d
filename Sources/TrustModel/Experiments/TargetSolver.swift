import JSONDocument
import MonteCarlo
import RiskRegister

/// The smallest (or largest) value of a field that meets a target such as
/// `P(central.reserves@end < 0) <= 10%`, found by bisection on common random numbers.
///
/// The answer allows for Monte Carlo error: a value meets the target only if the estimate's
/// one-sided 95% bound does (p̂ + 1.645·SE ≤ 10%). A second run on a fresh seed, the
/// confirmation, is judged by the same rule: its one-sided 95% bound must meet the target too,
/// so a confirmation never accepts what the search would have refused. The search stops where its
/// own bound just meets the target, so a fresh seed's bound lands on either side of it about as
/// often: when the fresh seed refuses the search's value, the search goes on, on the fresh seed,
/// towards the safe end, and the answer is the first value that meets the target on both seeds
/// (the value the fresh seed refused is kept, `firstRefused`, and said). The value's own
/// uncertainty is the estimate's standard error divided by the measure's slope around the answer.
package struct TargetSolution: Sendable {
    /// How the search ended.
    package enum Outcome: Sendable, Equatable {
        /// `value` is the answer.
        case found
        /// Even the best end of the range does not meet the target.
        case noValueMeets
    }

    /// What the search turns: a field's value (`solve`) or a shock to several inputs (`stress --find`).
    package var parameter: any ScenarioDial
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
    /// Whether the confirmation meets the target by the rule the search used: its one-sided 95% bound does.
    package var confirmed: Bool
    /// The search seed's answer when the fresh seed refused it, with the fresh seed's measure there:
    /// the answer then moved on to `value`, which meets the target on both seeds.
    package var firstRefused: (value: Double, confirmation: Estimate)?
    /// The confirmation's one-sided 95% bound: p̂ + 1.645·SE for an upper limit, p̂ − 1.645·SE for a lower one.
    package var confirmationBound: Double {
        TargetSolver.bound(confirmation, for: target.comparison, allowingForError: true)
    }
    /// Every value tried, in order, with its estimate.
    package var evaluations: [(value: Double, estimate: Estimate)]
}

package enum TargetSolver {
    /// One-sided 95%: the bound a value's estimate must meet the target by.
    static let margin = 1.644_853_626_951_472

    /// The side of `estimate` a target is judged on: the estimate itself, or (`allowingForError`)
    /// its one-sided 95% bound on the side that could break the target.
    package static func bound(_ estimate: Estimate, for comparison: Comparison, allowingForError: Bool) -> Double {
        let margin = allowingForError ? TargetSolver.margin * estimate.standardError : 0
        switch comparison {
        case .below, .atMost: return estimate.value + margin
        case .above, .atLeast: return estimate.value - margin
        }
    }

    /// Whether `estimate` meets `target`, or (`allowingForError`) its one-sided 95% bound does: the search's one rule.
    package static func meets(_ estimate: Estimate, _ target: Target, allowingForError: Bool) -> Bool {
        target.comparison.holds(bound(estimate, for: target.comparison, allowingForError: allowingForError), target.value)
    }

    /// `measure` estimated from one run of `scenario`, recording only what it needs, counting its
    /// trials on `progress`.
    package static func estimate(
        _ measure: Measure, of scenario: Scenario, registers: RegisterSet?, threads: Int?, progress: TrialProgress? = nil
    ) throws -> Estimate {
        let result = try Simulation.run(
            scenario, registers: registers, threads: threads, recording: Recording.needed(for: [measure]), progress: progress)
        return try result.estimate(measure)
    }

    /// The seed of the confirmation run: a fresh seed derived from the scenario's.
    package static func confirmationSeed(_ seed: UInt64) -> UInt64 {
        StableHash.of("confirmation:\(seed)") >> 1
    }

    /// The runs a search of `range` to within `tolerance` plans: both ends, the halvings, the
    /// confirmation and the two runs of the slope. Fewer when an end settles it, more when the
    /// fresh seed refuses the answer and the search goes on.
    package static func plannedRuns(range: ClosedRange<Double>, tolerance: Double? = nil) -> Int {
        let step = tolerance ?? (range.upperBound - range.lowerBound) / 1_000
        var gap = range.upperBound - range.lowerBound
        var halvings = 0
        while gap > step && halvings < 1_000 {
            gap /= 2
            halvings += 1
        }
        return 2 + halvings + 1 + 2
    }

    /// Searches `range` for the smallest (or, with `largest`, the largest) value of `parameter`
    /// meeting `target`, to within `tolerance` (a thousandth of the range unless given); each run a step of `progress`.
    package static func solve(
        _ parameter: any ScenarioDial, registers: RegisterSet?, target: Target, range: ClosedRange<Double>, largest: Bool = false,
        tolerance: Double? = nil, threads: Int? = nil, progress: TrialProgress? = nil
    ) throws -> TargetSolution {
        var search = TargetSearch(parameter: parameter, registers: registers, target: target, threads: threads, progress: progress)
        // Values on the `good` side meet the target; bisect between the last failing and first meeting value.
        let good = largest ? range.lowerBound : range.upperBound
        let bad = largest ? range.upperBound : range.lowerBound
        let goodEstimate = try search.evaluate(good)
        let seed = confirmationSeed(try parameter.scenario(at: good).seed)
        guard search.meets(goodEstimate, allowingForError: true) else {
            let confirmation = try search.confirm(good, seed: seed)
            return TargetSolution(
                parameter: parameter, target: target, range: range, largest: largest, outcome: .noValueMeets, value: good,
                estimate: goodEstimate, valueUncertainty: nil, confirmationSeed: seed, confirmation: confirmation,
                confirmed: search.meets(confirmation, allowingForError: true), firstRefused: nil, evaluations: search.evaluations)
        }
        let step = tolerance ?? (range.upperBound - range.lowerBound) / 1_000
        var (answer, answerEstimate) = try search.bisect(meeting: good, estimate: goodEstimate, failing: bad, step: step)
        var confirmation = try search.confirm(answer, seed: seed)
        var firstRefused: (value: Double, confirmation: Estimate)?
        if !search.meets(confirmation, allowingForError: true),
            let (moved, movedConfirmation) = try search.bisectOnFreshSeed(seed, from: answer, toward: good, step: step)
        {
            firstRefused = (answer, confirmation)
            (answer, confirmation) = (moved, movedConfirmation)
            answerEstimate = try search.evaluate(answer)
        }
        let uncertainty = try search.uncertainty(at: answer, estimate: answerEstimate, in: range)
        return TargetSolution(
            parameter: parameter, target: target, range: range, largest: largest, outcome: .found, value: answer,
            estimate: answerEstimate, valueUncertainty: uncertainty, confirmationSeed: seed, confirmation: confirmation,
            confirmed: search.meets(confirmation, allowingForError: true), firstRefused: firstRefused, evaluations: search.evaluations)
    }
}

/// One search for a target: the runs it has made, and how it judges an estimate against the target.
private struct TargetSearch {
    let parameter: any ScenarioDial
    let registers: RegisterSet?
    let target: Target
    let threads: Int?
    let progress: TrialProgress?
    /// Every value run on the scenario's own seed, in order, with its estimate.
    private(set) var evaluations: [(value: Double, estimate: Estimate)] = []

    init(parameter: any ScenarioDial, registers: RegisterSet?, target: Target, threads: Int?, progress: TrialProgress?) {
        self.parameter = parameter
        self.registers = registers
        self.target = target
        self.threads = threads
        self.progress = progress
    }

    /// The target's measure at `value`, recorded among the values tried.
    mutating func evaluate(_ value: Double) throws -> Estimate {
        let estimate = try run(parameter.scenario(at: value), named: "\(parameter) = \(JSONWriter.format(number: value))")
        evaluations.append((value, estimate))
        return estimate
    }

    /// The measure at `value` on another seed: the confirmation run, not one of the values tried.
    func confirm(_ value: Double, seed: UInt64) throws -> Estimate {
        var scenario = try parameter.scenario(at: value)
        scenario.seed = seed
        return try run(scenario, named: "\(parameter) = \(JSONWriter.format(number: value)) on a fresh seed")
    }

    private func run(_ scenario: Scenario, named name: String) throws -> Estimate {
        progress?.begin(name, trials: scenario.trials)
        return try TargetSolver.estimate(target.measure, of: scenario, registers: registers, threads: threads, progress: progress)
    }

    /// Whether `estimate` meets the target, or (`allowingForError`) its one-sided 95% bound does.
    func meets(_ estimate: Estimate, allowingForError: Bool) -> Bool {
        Self.meets(estimate, target, allowingForError: allowingForError)
    }

    static func meets(_ estimate: Estimate, _ target: Target, allowingForError: Bool) -> Bool {
        TargetSolver.meets(estimate, target, allowingForError: allowingForError)
    }

    /// The value nearest `failing` that meets the target, found by halving the gap from `meeting`
    /// (which does) until it is within `step`; `failing` itself when it meets the target after all.
    mutating func bisect(meeting good: Double, estimate goodEstimate: Estimate, failing: Double, step: Double) throws -> (Double, Estimate)
    {
        let badEstimate = try evaluate(failing)
        if meets(badEstimate, allowingForError: true) { return (failing, badEstimate) }
        let target = self.target
        return try Self.halve(from: (good, goodEstimate), failing: failing, step: step, meets: target) { try evaluate($0) }
    }

    /// After the fresh seed refused `refused`: the value nearest it, towards `good`, that meets the
    /// target on the fresh seed, by the same halving; nil when even `good` does not meet it there.
    /// Values further towards `good` meet it on the search's seed too, as the measure is monotone in
    /// the parameter along the common random numbers.
    func bisectOnFreshSeed(_ seed: UInt64, from refused: Double, toward good: Double, step: Double) throws -> (Double, Estimate)? {
        let goodEstimate = try confirm(good, seed: seed)
        guard meets(goodEstimate, allowingForError: true) else { return nil }
        return try Self.halve(from: (good, goodEstimate), failing: refused, step: step, meets: target) { try confirm($0, seed: seed) }
    }

    /// Halves the gap between a value that meets `target` (allowing for Monte Carlo error) and one
    /// that does not, until it is within `step`: the one rule of the search and of the fresh seed's.
    private static func halve(
        from meeting: (Double, Estimate), failing: Double, step: Double, meets target: Target, estimateAt: (Double) throws -> Estimate
    ) rethrows -> (Double, Estimate) {
        var answer = meeting
        var bad = failing
        while abs(answer.0 - bad) > step {
            let middle = (answer.0 + bad) / 2
            let estimate = try estimateAt(middle)
            if meets(estimate, target, allowingForError: true) {
                answer = (middle, estimate)
            } else {
                bad = middle
            }
        }
        return answer
    }

    /// The answer's Monte Carlo uncertainty: the estimate's standard error divided by the
    /// measure's slope around the answer, over a twentieth of the range; nil where it is flat.
    mutating func uncertainty(at answer: Double, estimate: Estimate, in range: ClosedRange<Double>) throws -> Double? {
        let width = (range.upperBound - range.lowerBound) / 20
        let low = max(range.lowerBound, answer - width)
        let high = min(range.upperBound, answer + width)
        guard high > low else { return nil }
        // High first, then low: the order the values tried are recorded in.
        let atHigh = try evaluate(high).value
        let slope = (atHigh - (try evaluate(low).value)) / (high - low)
        return slope != 0 ? estimate.standardError / abs(slope) : nil
    }
}
