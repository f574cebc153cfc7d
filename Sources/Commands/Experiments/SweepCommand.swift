import JSONDocument
import Reports
import TrustModel

/// `matrisk sweep`: a scenario run at each value of one field, on the same futures.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "sweep",
        abstract: "Run a scenario at each value of one field, e.g. the top-slice from 2% to 8%.",
        discussion: """
            Sets --param to --from, --from + --step, ... --to, and runs the scenario at each on the same random \
            numbers, so the measures move only with the field (and are monotone where the model is).
            \(outputVocabularyHelp)
            """)

    /// The measures a sweep reports unless `--metric` names others.
    static let defaultMeasures = [
        "P(central.reserves@end < 0)", "P(any academy in deficit@end)", "mean(central.reserves@end)", "mean(academies.reserves@end)",
    ]

    /// The most values one sweep runs.
    static let maximumValues = 201

    @Option(.parameter) var parameter: JSONPath
    @Option(OptionHelp("from", valueName: "x", help: "The first value.")) var from: Double
    @Option(OptionHelp("to", valueName: "x", help: "The last value.")) var to: Double
    @Option(OptionHelp("step", valueName: "x", help: "The step between values."), rule: .positive("the step must be more than 0"))
    var step: Double
    @OptionGroup var scenario: ChosenScenarioOptions
    @Option(.metric) var metric: [String] = []
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    /// `--from`, `--from + --step`, … `--to`.
    var values: [Double] { ParameterSweep.values(from: from, to: to, step: step) }

    func validate() throws {
        guard to >= from else {
            throw UsageError.rule(
                "\($to.flag) (\(JSONWriter.format(number: to))) must not be below \($from.flag) (\(JSONWriter.format(number: from))).")
        }
        guard values.count <= Self.maximumValues else {
            throw UsageError.rule(
                "That is \(values.count) values; a sweep takes at most \(Self.maximumValues). Use a larger \($step.flag).")
        }
    }

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let measures = try metric.measures(for: chosen, defaults: Self.defaultMeasures)
        let field = try ScenarioParameter(resolving: parameter, in: chosen, source: loaded.path)
        let task = ProgressTask.named("sweep", scenario.scenario, variant: scenario.variant)
        let sweep = try progress.track(task, steps: values.count, in: environment) { progress in
            try ParameterSweep.run(
                field, values: values, registers: loaded.registers, measures: measures, threads: scenario.run.threads, progress: progress)
        }
        try output.deliver(SweepReport.make(sweep, scenario: chosen), inputs: loaded.inputFiles, in: environment)
        return .success
    }
}
