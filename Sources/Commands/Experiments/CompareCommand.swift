import Foundation
import Reports
import RiskRegister
import TrustModel

extension CommandSpec {
    static let compare = CommandSpec(
        name: "compare",
        abstract: "Compare a scenario's variants (and other scenario files) on the same random numbers.",
        discussion: """
            Runs the base scenario and every variant (or those named with --variants), and the base of any other \
            file given, each on the first file's seed and number of trials, so trial by trial they meet the same \
            economy, pupil numbers, joins and risk events. Prints each measure side by side and each scenario's \
            difference from the first with a 95% interval from the paired trials.
            \(outputVocabularyHelp)
            """,
        arguments: [
            .scenarioFile,
            ArgumentSpec(name: "other", help: "More scenario files, compared on their base scenarios.", arity: .repeating(minimum: 0)),
        ],
        options: OptionSpec.scenarioRun + [
            OptionSpec(
                long: "variants", valueName: "names", help: "Which variants to include, comma-separated.", defaultDescription: "all"),
            .metric, .format, .out,
        ],
        run: runCompare
    )
}

private func runCompare(_ invocation: Invocation) throws -> ExitCode {
    let loaded = try invocation.loadScenario()
    var names = loaded.variantNames
    if let chosen = invocation.option("variants") {
        names = chosen.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    var scenarios: [(name: String, scenario: Scenario, registers: RegisterSet?)] = [("base", loaded.base, loaded.registers)]
    for name in names { scenarios.append((name, try loaded.scenario(variant: name), loaded.registers)) }
    var inputs = invocation.inputs(of: loaded)
    for other in invocation.arguments("other") {
        let more = try invocation.loadScenario(other)
        scenarios.append((other, more.base, more.registers))
        inputs += invocation.inputs(of: more)
    }
    let measures =
        invocation.options("metric").isEmpty
        ? try ScenarioComparison.defaultMeasures(for: loaded.base) : try invocation.measures(for: loaded.base, defaults: [])
    let comparison = try ScenarioComparison.run(scenarios, measures: measures, threads: try invocation.threadCount())
    try invocation.deliver(ComparisonReport.make(comparison), inputs: inputs)
    return .success
}
