import JSONDocument
import MonteCarlo
import RiskRegister

/// The reverse stress test: the smallest shock to some inputs (``ScenarioShock``) that makes an
/// event, such as `central.reserves@end < 0`, happen in most futures: its chance above a line
/// (50% unless asked), judged as `solve` judges a target, by the one-sided 95% bound, and found
/// by ``TargetSolver`` on common random numbers, with its uncertainty and a confirmation on a
/// fresh seed.
///
/// The search range is the one given, or a bracket found by doubling: shocks of one, two, four, …
/// first steps (``firstStep(for:)``) up to 64 of them (the reach), stopping at the first size
/// where the event is above the line and searching between it and the size before. A size an
/// input's own rule refuses (a chance above one, a lognormal's mean below zero) ends the reach
/// at the size before.
package struct ShockFinding: Sendable {
    package enum Outcome: Sendable {
        /// The solver's answer (which may still not be confirmed on the fresh seed).
        case found(TargetSolution)
        /// The event is above the line with no shock at all.
        case alreadyLikely
        /// No shock up to `reach` takes it above the line; `refusal` is the input's rule that ended
        /// the reach before the last step, if one did.
        case outOfReach(reach: Double, estimate: Estimate, refusal: String?)
    }

    package var shock: ScenarioShock
    package var event: OutputEvent
    /// `P(event) > line`.
    package var target: Target
    package var outcome: Outcome
    /// The event's chance with no shock, on the scenario's seed.
    package var unshocked: Estimate
    /// Every shock run on the scenario's seed, smallest first, with the event's chance there.
    package var tried: [(shock: Double, estimate: Estimate)]

    /// True when a shock was found and the fresh seed confirmed it.
    package var isConfirmedAnswer: Bool {
        if case .found(let solution) = outcome { return solution.outcome == .found && solution.confirmed }
        return false
    }
}

package enum ShockSearch {
    /// How many first steps the automatic bracket reaches.
    static let reachSteps = 64.0

    /// The first shock the automatic bracket tries: a point for a percentage, £10,000, a chance
    /// of 0.05, one pupil (or academy, or year), or 0.1 of any other number.
    package static func firstStep(for unit: ParameterUnit) -> Double {
        switch unit {
        case .percent: return 1
        case .money: return 10_000
        case .probability: return 0.05
        case .count: return 1
        case .number: return 0.1
        }
    }

    /// The smallest shock making `event` more likely than `line`, searched over `range` when given.
    package static func find(
        _ shock: ScenarioShock, event: OutputEvent, line: Double = 0.5, registers: RegisterSet?, range: ClosedRange<Double>? = nil,
        tolerance: Double? = nil, threads: Int? = nil, progress: TrialProgress? = nil
    ) throws -> ShockFinding {
        let text = "P(\(event.text)) > \(JSONWriter.format(number: line * 100))%"
        let target = Target(measure: .probability(event), comparison: .above, value: line, text: text)
        var bracket = Bracket(shock: shock, registers: registers, target: target, threads: threads, progress: progress)
        let unshocked = try bracket.estimate(at: 0)
        var finding = ShockFinding(
            shock: shock, event: event, target: target, outcome: .alreadyLikely, unshocked: unshocked, tried: [])
        if !bracket.meets(unshocked) {
            switch try range.map({ Bracket.Ends.found($0) }) ?? bracket.search() {
            case .found(let bounds):
                let solution = try TargetSolver.solve(
                    shock, registers: registers, target: target, range: bounds,
                    tolerance: tolerance ?? (bounds.upperBound - bounds.lowerBound) / 200, threads: threads, progress: progress)
                finding.outcome =
                    solution.outcome == .noValueMeets
                    ? .outOfReach(reach: bounds.upperBound, estimate: solution.estimate, refusal: nil) : .found(solution)
                bracket.tried += solution.evaluations.map { (shock: $0.value, estimate: $0.estimate) }
            case .outOfReach(let reach, let estimate, let refusal):
                finding.outcome = .outOfReach(reach: reach, estimate: estimate, refusal: refusal)
            }
        }
        finding.tried = Bracket.oncePerShock(bracket.tried)
        return finding
    }
}

/// The automatic search range: runs at growing shocks until the event is above the line.
private struct Bracket {
    enum Ends {
        case found(ClosedRange<Double>)
        case outOfReach(Double, Estimate, refusal: String?)
    }

    let shock: ScenarioShock
    let registers: RegisterSet?
    let target: Target
    let threads: Int?
    let progress: TrialProgress?
    var tried: [(shock: Double, estimate: Estimate)] = []

    mutating func estimate(at amount: Double) throws -> Estimate {
        try estimate(try shock.scenario(at: amount), amount)
    }

    private mutating func estimate(_ scenario: Scenario, _ amount: Double) throws -> Estimate {
        progress?.begin("\(shock) = \(JSONWriter.format(number: amount))", trials: scenario.trials)
        let estimate = try TargetSolver.estimate(target.measure, of: scenario, registers: registers, threads: threads, progress: progress)
        tried.append((amount, estimate))
        return estimate
    }

    /// The solver's rule: above the line even allowing for Monte Carlo error.
    func meets(_ estimate: Estimate) -> Bool {
        TargetSolver.meets(estimate, target, allowingForError: true)
    }

    /// Doubles the shock from the first step until the event is above the line, the reach is
    /// passed, or an input's rule refuses the size.
    mutating func search() throws -> Ends {
        let step = ShockSearch.firstStep(for: shock.unit)
        var below = 0.0
        var belowEstimate = tried.last?.estimate ?? Estimate(value: 0, standardError: 0)
        var amount = step
        while amount <= step * ShockSearch.reachSteps {
            let scenario: Scenario
            do {
                scenario = try shock.scenario(at: amount)
            } catch {
                return .outOfReach(below, belowEstimate, refusal: "\(error)")
            }
            let estimate = try estimate(scenario, amount)
            if meets(estimate) { return .found(below...amount) }
            (below, belowEstimate) = (amount, estimate)
            amount *= 2
        }
        return .outOfReach(below, belowEstimate, refusal: nil)
    }

    /// Each shock once (the solver runs the bracket's ends again, on the same seed, to the same figures), smallest first.
    static func oncePerShock(_ tried: [(shock: Double, estimate: Estimate)]) -> [(shock: Double, estimate: Estimate)] {
        var seen: Set<Double> = []
        return tried.filter { seen.insert($0.shock).inserted }.sorted { $0.shock < $1.shock }
    }
}
