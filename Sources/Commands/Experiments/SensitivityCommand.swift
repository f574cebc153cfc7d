import Reports
import TrustModel

/// `matrisk sensitivity`: which uncertain inputs move an output most.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "sensitivity",
        abstract: "Rank the uncertain inputs by how much they move an output (a tornado).",
        discussion: """
            The inputs are the model's random draws, each named by the year whose figures it first moves: each \
            year's economy draws, each academy's change in pupil numbers in each year, each risk's loss in each \
            year (for each academy that bears it) and each planned join; draws that cannot move the output are \
            left out. Each input's first-order index is the share of the output's variance it explains on its \
            own, estimated from the same trials with its bootstrap standard error; the bars are sorted by it. \
            The swing is the output's mean where the input is at its high end (P90 and above) less its mean at \
            its low end (P10 and below), with Spearman's rank correlation beside it.
            \(outputVocabularyHelp)
            """)

    @Option(
        OptionHelp(
            "output", valueName: "measure", help: "The output to explain, e.g. trust.reserves@end or \"any academy in deficit\"."))
    var measure = "trust.reserves@end"
    @Option(OptionHelp("top", valueName: "n", help: "How many bars to draw in text."), rule: .within(1...1000)) var top = 10
    @OptionGroup var scenario: ChosenScenarioOptions
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let measure = try OutputVocabulary.measure(measure, scenario: chosen)
        let task = ProgressTask.named("sensitivity", scenario.scenario, variant: scenario.variant)
        let sensitivity = try progress.track(task, steps: Sensitivity.progressSteps, in: environment) { progress in
            try Sensitivity.run(chosen, registers: loaded.registers, measure: measure, threads: scenario.run.threads, progress: progress)
        }
        try output.deliver(SensitivityReport.make(sensitivity, scenario: chosen, limit: top), inputs: loaded.inputFiles, in: environment)
        return .success
    }
}
