import Reports
import TrustModel

/// `matrisk compare`: a scenario's variants, and other scenario files, side by side on the same futures.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "compare",
        abstract: "Compare a scenario's variants (and other scenario files) on the same random numbers.",
        discussion: """
            Runs the base scenario and every variant (or those named with --variants), and the base of any other \
            file given, each on the first file's seed and number of trials, so trial by trial they meet the same \
            economy, pupil numbers, joins and risk events. Prints each measure side by side and each scenario's \
            difference from the first with a 95% interval from the paired trials.
            --set changes every scenario compared, the base included. --option NAME:EDITS adds a scenario beside \
            the base without editing the file: the base (with any --set) and then EDITS, comma-separated, each \
            path=value or a shift path+=x, path-=x or path*=x. "Pay award one point higher, unfunded" is \
            --option "pay+1 unfunded:economy.payAwardPercent+=1,economy.payGrantCoveragePercent=0".
            \(outputVocabularyHelp)
            """)

    @Argument(.scenarioFile) var scenario: String
    @Argument(.otherScenarios) var other: [String] = []
    @OptionGroup var options: ScenarioRunOptions
    @Option(.variants) var variants: NameList?
    @Option(.scenarioOption) var option: [ScenarioOption] = []
    @Option(.metric) var metric: [String] = []
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let loaded = try options.loadScenario(scenario, options: option, in: environment)
        let compared = try ComparedScenarios(loaded, variants: variants, other: other, run: options, in: environment)
        let measures =
            metric.isEmpty ? try ScenarioComparison.defaultMeasures(for: loaded.base) : try metric.measures(for: loaded.base, defaults: [])
        let task = ProgressTask.named("compare", scenario)
        let comparison = try progress.track(task, steps: compared.scenarios.count, in: environment) { progress in
            try ScenarioComparison.run(compared.scenarios, measures: measures, threads: options.threads, progress: progress)
        }
        try output.deliver(ComparisonReport.make(comparison, everyScenario: options.set), inputs: compared.inputs, in: environment)
        return .success
    }
}

extension ScenarioOption: ExpressibleByArgument {
    init(argument: String) throws(InvalidArgument) {
        do {
            try self.init(parsing: argument)
        } catch ScenarioError.malformedOverride(let edit) {
            throw InvalidArgument("'\(edit)' is not path=value, path+=x, path-=x or path*=x")
        } catch ScenarioError.badShift(let edit, let reason) {
            throw InvalidArgument("'\(edit)': \(reason)")
        } catch {
            throw InvalidArgument("write NAME:path=value[,path+=x…], e.g. \"pay+1:economy.payAwardPercent+=1\"")
        }
    }
}
