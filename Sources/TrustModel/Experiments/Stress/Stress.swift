import MonteCarlo
import RiskRegister

/// A reverse stress test: the futures where a condition holds (the failing futures, e.g.
/// `central.reserves@any < 0`) described against all futures. Three findings, each with its
/// Monte Carlo error:
/// - the primary inputs most over-represented in them (``OverrepresentedInput``), ranked by
///   the standardised difference of their means;
/// - scenario discovery (``ScenarioDiscovery``): boxes of a few input limits fitted on the even
///   trials among the most over-represented inputs and measured on the odd ones;
/// - the earliest warning (``WarningSign``): monitored figures crossing their lines before the failure.
package struct Stress: Sendable {
    package var condition: OutputEvent
    /// How often the condition holds, over every trial.
    package var failing: ProportionAccumulator
    /// The most over-represented inputs, largest standardised difference (either way) first.
    package var inputs: [OverrepresentedInput]
    /// How many inputs can reach the condition's figure.
    package var reachable: Int
    /// Nil when the condition holds in no trial or in every trial.
    package var discovery: ScenarioDiscovery?
    package var warnings: [WarningSign]

    /// How many of the most over-represented inputs the box search may set limits on.
    static let searchedInputs = 8

    package static func run(
        _ scenario: Scenario, registers: RegisterSet?, condition: OutputEvent, top: Int, threads: Int? = nil, progress: TrialProgress? = nil
    ) throws -> Stress {
        let measure = Measure.probability(condition)
        progress?.begin("futures where \(condition) holds", trials: scenario.trials)
        let result = try Simulation.run(
            scenario, registers: registers, threads: threads, recording: .needed(for: [measure]), progress: progress)
        let failing = try result.indicators(of: condition).map { $0 == 1 }
        let events = failing.filter { $0 }.count
        let primary = try PrimaryInputs(scenario: scenario, registers: registers)
        let reachable = primary.inputs.indices.filter { primary.inputs[$0].canReach(condition.output, in: scenario) }
        let ranked = events == 0 || events == failing.count ? [] : overrepresented(primary, reachable, failing: failing, threads: threads)
        let searched = Array(ranked.prefix(searchedInputs))
        let discovery =
            searched.isEmpty
            ? nil
            : ScenarioDiscovery(
                inputs: searched.map { primary.inputs[$0.index] }, columns: primary.columns(searched.map(\.index), threads: threads),
                failing: failing)
        return Stress(
            condition: condition, failing: ProportionAccumulator(trials: failing.count, events: events),
            inputs: ranked.prefix(max(top, 0)).map(\.input), reachable: reachable.count, discovery: discovery,
            warnings: try warnings(result, condition: condition, failing: failing))
    }

    /// Every reachable input that varies, with its figures, largest standardised difference first (then by id, so
    /// the order is total), with each one's index into `primary.inputs`.
    static func overrepresented(_ primary: PrimaryInputs, _ reachable: [Int], failing: [Bool], threads: Int?) -> [(
        index: Int, input: OverrepresentedInput
    )] {
        var all: [(index: Int, input: OverrepresentedInput)] = []
        for start in stride(from: 0, to: reachable.count, by: Sensitivity.batch) {
            let chosen = Array(reachable[start..<min(reachable.count, start + Sensitivity.batch)])
            let columns = primary.columns(chosen, threads: threads)
            // An input drawn the same in every future (a fixed uplift, a join certain to happen)
            // cannot tell failing futures from the others: it is left out, not listed with a lift of 0.
            for (i, index) in chosen.enumerated() where columns[i].contains(where: { $0 != columns[i].first }) {
                all.append((index, OverrepresentedInput(primary.inputs[index], column: columns[i], failing: failing)))
            }
        }
        return all.sorted {
            (abs($0.input.standardised), $1.input.input.id) > (abs($1.input.standardised), $0.input.input.id)
        }
    }

    /// The default warning signs (``WarningSign/defaults(for:condition:)``) in the failing futures.
    static func warnings(_ result: SimulationResult, condition: OutputEvent, failing: [Bool]) throws -> [WarningSign] {
        let failureYear = try failureYears(result, condition: condition, failing: failing)
        return try WarningSign.defaults(for: result.scenario, condition: condition).map { sign in
            let crossed = try (0..<result.scenario.years).map { year in
                try yearly(result, sign.output.figure, year: year).map { sign.comparison.holds($0, sign.threshold) }
            }
            return WarningSign(sign: sign, crossed: crossed, failureYear: failureYear)
        }
    }

    /// Each failing trial's failure year: the condition's year, or for a condition over the
    /// years (`@any`, `@all`, `min(…)`, `max(…)`) the first year its figure met the comparison.
    static func failureYears(_ result: SimulationResult, condition: OutputEvent, failing: [Bool]) throws -> [Int?] {
        if let year = condition.output.yearIndex(in: result.scenario) { return failing.map { $0 ? year : nil } }
        var first = [Int?](repeating: nil, count: failing.count)
        for year in 0..<result.scenario.years {
            for (trial, value) in try yearly(result, condition.output.figure, year: year).enumerated()
            where failing[trial] && first[trial] == nil && condition.comparison.holds(value, condition.threshold) {
                first[trial] = year
            }
        }
        return first
    }

    /// Every trial's value of `figure` in year index `year`.
    static func yearly(_ result: SimulationResult, _ figure: OutputName.Figure, year: Int) throws -> [Double] {
        try result.values(of: OutputName(figure: figure, year: .calendar(result.scenario.startYear + year)))
    }
}
