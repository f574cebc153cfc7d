import Foundation
import JSONDocument
import Reports
import TrustModel

/// `matrisk solve`: the smallest (or largest) value of a field that meets a target.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "solve",
        abstract: "Find the smallest (or largest) value of a field that meets a target.",
        discussion: """
            E.g. the smallest top-slice keeping central reserves above zero with 90% confidence: --param \
            trust.topSlicePercent --target "P(central.reserves@end < 0) <= 10%" --range 0..15. Bisects on common \
            random numbers; a value meets the target only if it does allowing for Monte Carlo error (one-sided 95%), \
            and the answer is confirmed by a second run on a fresh seed, judged by the same rule: its one-sided 95% \
            bound must meet the target too. When the fresh seed refuses the search's value, the search goes on, on \
            that seed, to the first value that meets the target on both seeds, and says so. Exits 1 when no value in \
            the range meets the target on both.
            \(outputVocabularyHelp)
            """)

    @Option(.parameter) var parameter: JSONPath
    @Option(OptionHelp("target", valueName: "target", help: "The target, e.g. \"P(central.reserves@end < 0) <= 10%\".")) var target: String
    @Option(OptionHelp("range", valueName: "low..high", help: "The values to search, e.g. 0..15.")) var range: SearchRange
    @Flag("largest", help: "Find the largest value that meets the target instead of the smallest.") var largest = false
    @Option(
        OptionHelp(
            "tolerance", valueName: "x", help: "Stop when the answer is known this closely.",
            defaultDescription: "a thousandth of the range"),
        rule: .positive("it must be more than 0"))
    var tolerance: Double?
    @OptionGroup var scenario: ChosenScenarioOptions
    @Option(.format) var format: OutputFormat = .text
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let target = try OutputVocabulary.target(target, scenario: chosen)
        let field = try ScenarioParameter(resolving: parameter, in: chosen, source: loaded.path)
        let task = ProgressTask.named("solve", scenario.scenario, variant: scenario.variant)
        let steps = TargetSolver.plannedRuns(range: range.bounds, tolerance: tolerance)
        let solution = try progress.track(task, steps: steps, in: environment) { progress in
            try TargetSolver.solve(
                field, registers: loaded.registers, target: target, range: range.bounds, largest: largest, tolerance: tolerance,
                threads: scenario.run.threads, progress: progress)
        }
        environment.print(SolveReport.make(solution, scenario: chosen), as: format)
        return solution.outcome == .found && solution.confirmed ? .success : .failure
    }
}

/// The values a search covers, written `low..high` (`0..15`).
struct SearchRange: ExpressibleByArgument, Equatable {
    var bounds: ClosedRange<Double>

    init(argument: String) throws(InvalidArgument) {
        let ends = argument.components(separatedBy: "..").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard ends.count == 2, let low = ends[0], let high = ends[1], low.isFinite, high.isFinite, low < high else {
            throw InvalidArgument("write two numbers low..high with low below high, e.g. 0..15")
        }
        bounds = low...high
    }
}
