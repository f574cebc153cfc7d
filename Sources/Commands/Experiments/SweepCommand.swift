import Reports
import TrustModel

extension CommandSpec {
    static let sweep = CommandSpec(
        name: "sweep",
        abstract: "Run a scenario at each value of one field, e.g. the top-slice from 2% to 8%.",
        discussion: """
            Sets --param to --from, --from + --step, ... --to, and runs the scenario at each on the same random \
            numbers, so the measures move only with the field (and are monotone where the model is).
            \(outputVocabularyHelp)
            """,
        arguments: [.scenarioFile],
        options: [
            .parameter,
            OptionSpec(long: "from", valueName: "x", help: "The first value."),
            OptionSpec(long: "to", valueName: "x", help: "The last value."),
            OptionSpec(long: "step", valueName: "x", help: "The step between values."),
        ]
            + OptionSpec.scenarioRun + [.variant, .metric, .format, .out],
        run: runSweep
    )

    static let sweepDefaults = [
        "P(central.reserves@end < 0)", "P(any academy in deficit@end)", "mean(central.reserves@end)", "mean(academies.reserves@end)",
    ]
}

private func runSweep(_ invocation: Invocation) throws -> ExitCode {
    let parameter = try invocation.parameterPath()
    let from = try invocation.requiredNumber("from")
    let to = try invocation.requiredNumber("to")
    let step = try invocation.requiredNumber("step")
    guard step > 0 else { throw invocation.invalid(invocation.option("step")!, for: "step", reason: "the step must be more than 0") }
    guard to >= from else {
        throw invocation.usageError("--to (\(invocation.option("to")!)) must not be below --from (\(invocation.option("from")!)).")
    }
    let values = ParameterSweep.values(from: from, to: to, step: step)
    guard values.count <= 201 else {
        throw invocation.usageError("That is \(values.count) values; a sweep takes at most 201. Use a larger --step.")
    }
    let loaded = try invocation.loadScenario()
    let scenario = try invocation.chosenScenario(loaded)
    let measures = try invocation.measures(for: scenario, defaults: CommandSpec.sweepDefaults)
    let sweep = try ParameterSweep.run(
        loaded, variant: invocation.option("variant"), parameter: parameter, values: values, measures: measures,
        threads: try invocation.threadCount())
    try invocation.deliver(SweepReport.make(sweep, scenario: scenario), inputs: invocation.inputs(of: loaded))
    return .success
}
