import Reports
import TrustModel

extension CommandSpec {
    static let sensitivity = CommandSpec(
        name: "sensitivity",
        abstract: "Rank the uncertain inputs by how much they move an output (a tornado).",
        discussion: """
            The inputs are each economy input, each academy's roll change, each register risk and each planned \
            join. For each, the swing is the output's mean where the input is at its high end (P90 and above) \
            less its mean at its low end (P10 and below), with Spearman's rank correlation beside it.
            \(outputVocabularyHelp)
            """,
        arguments: [.scenarioFile],
        options: [
            OptionSpec(
                long: "output", valueName: "measure", help: "The output to explain, e.g. trust.reserves@end or \"any academy in deficit\".",
                defaultDescription: "trust.reserves@end"),
            OptionSpec(long: "top", valueName: "n", help: "How many bars to draw in text.", defaultDescription: "15"),
        ]
            + OptionSpec.scenarioRun + [.variant, .format, .out],
        run: runSensitivity
    )
}

private func runSensitivity(_ invocation: Invocation) throws -> ExitCode {
    let top = try invocation.integer("top", in: 1...1000) ?? 15
    let loaded = try invocation.loadScenario()
    let scenario = try invocation.chosenScenario(loaded)
    let measure = try OutputVocabulary.measure(invocation.option("output") ?? "trust.reserves@end", scenario: scenario)
    let sensitivity = try Sensitivity.run(scenario, registers: loaded.registers, measure: measure, threads: try invocation.threadCount())
    try invocation.deliver(SensitivityReport.make(sensitivity, scenario: scenario, limit: top), inputs: invocation.inputs(of: loaded))
    return .success
}
