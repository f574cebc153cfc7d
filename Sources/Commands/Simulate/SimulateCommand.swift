import MonteCarlo
import Reports
import TrustModel

/// `matrisk simulate`: one scenario's futures, year by year.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "simulate",
        abstract: "Simulate a scenario: reserves, deficits and risk losses year by year, with their chances.",
        discussion: """
            Runs the scenario's trials (each a possible future of the trust: the economy, pupil numbers, \
            which schools join, which risks strike) and prints a few plain sentences, the trust year by \
            year, each academy and the risks. Every probability comes with its Monte Carlo standard error. \
            --format csv or json, or --out DIR, give every percentile of every figure.
            \(outputVocabularyHelp)
            """)

    @Argument(.scenarioFile) var scenario: String
    @OptionGroup var options: ScenarioRunOptions
    @Option(OptionHelp("variant", valueName: "name", help: "Simulate one of the scenario's variants instead of its base."))
    var variant: String?
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let loaded = try options.loadScenario(scenario, in: environment)
        let chosen = try loaded.chosenScenario(variant: variant)
        let result = try progress.track(ProgressTask.named("simulate", scenario, variant: variant), in: environment) { progress in
            progress?.begin("", trials: chosen.trials)
            return try Simulation.run(chosen, registers: loaded.registers, threads: options.threads, progress: progress)
        }
        try output.deliver(SimulationReport.make(result, variant: variant), inputs: loaded.inputFiles, in: environment)
        return .success
    }
}
