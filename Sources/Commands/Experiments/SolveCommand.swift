import Foundation
import Reports
import TrustModel

extension CommandSpec {
    static let solve = CommandSpec(
        name: "solve",
        abstract: "Find the smallest (or largest) value of a field that meets a target.",
        discussion: """
            E.g. the smallest top-slice keeping central reserves above zero with 90% confidence: --param \
            trust.topSlicePercent --target "P(central.reserves@end < 0) <= 10%" --range 0..15. Bisects on common \
            random numbers; a value meets the target only if it does allowing for Monte Carlo error (one-sided 95%), \
            and the answer is confirmed by a second run on a fresh seed. Exits 1 when no value in the range meets \
            the target or the confirmation misses it.
            \(outputVocabularyHelp)
            """,
        arguments: [.scenarioFile],
        options: [
            .parameter,
            OptionSpec(long: "target", valueName: "target", help: "The target, e.g. \"P(central.reserves@end < 0) <= 10%\"."),
            OptionSpec(long: "range", valueName: "low..high", help: "The values to search, e.g. 0..15."),
            OptionSpec(long: "largest", help: "Find the largest value that meets the target instead of the smallest."),
            OptionSpec(
                long: "tolerance", valueName: "x", help: "Stop when the answer is known this closely.",
                defaultDescription: "a thousandth of the range"),
        ]
            + OptionSpec.scenarioRun + [.variant, .format],
        run: runSolve
    )
}

private func runSolve(_ invocation: Invocation) throws -> ExitCode {
    let parameter = try invocation.parameterPath()
    let targetText = try invocation.requiredOption("target")
    let rangeText = try invocation.requiredOption("range")
    let bounds = rangeText.components(separatedBy: "..").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard bounds.count == 2, let low = bounds[0], let high = bounds[1], low.isFinite, high.isFinite, low < high else {
        throw invocation.invalid(rangeText, for: "range", reason: "write two numbers low..high with low below high, e.g. 0..15")
    }
    let tolerance = try invocation.number("tolerance")
    if let tolerance, tolerance <= 0 {
        throw invocation.invalid(invocation.option("tolerance")!, for: "tolerance", reason: "it must be more than 0")
    }
    let loaded = try invocation.loadScenario()
    let scenario = try invocation.chosenScenario(loaded)
    let target = try OutputVocabulary.target(targetText, scenario: scenario)
    let solution = try TargetSolver.solve(
        loaded, variant: invocation.option("variant"), parameter: parameter, target: target, range: low...high,
        largest: invocation.flag("largest"), tolerance: tolerance, threads: try invocation.threadCount())
    try invocation.print(SolveReport.make(solution, scenario: scenario))
    return solution.outcome == .found && solution.confirmed ? .success : .failure
}
