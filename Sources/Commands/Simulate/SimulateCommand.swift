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

            --precision runs trials in blocks of 8,192 until every target's 95% interval is as narrow as asked \
            (e.g. "P(central.reserves@end < 0) ±0.2", in points, or "mean(trust.reserves@end) ±£10k"; +- and +/- \
            stand for ±), or until --trials (1,000,000 when --precision is given without --trials); the figures are \
            those of a run of exactly the trials it stopped at. A scenario file may list targets under \"precision\"; \
            then its trials are the most the run takes. A chance whose 95% interval is wider than ±1 point, or an \
            amount whose interval is wider than a tenth of it, is marked as imprecise.
            \(outputVocabularyHelp)
            """)

    @Argument(.scenarioFile) var scenario: String
    @OptionGroup var options: ScenarioRunOptions
    @Option(OptionHelp("variant", valueName: "name", help: "Simulate one of the scenario's variants instead of its base."))
    var variant: String?
    @Option(
        OptionHelp(
            "precision", valueName: "target",
            help:
                "Run until a measure is known this precisely (95% half-width), e.g. \"P(central.reserves@any < 0) ±0.5\" "
                + "(points) or \"mean(trust.reserves@end) ±£10k\" (repeatable)."))
    var precision: [String] = []
    @Flag("strict", help: "Exit 1 when a precision target is not met by the last trial.") var strict = false
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let loaded = try options.loadScenario(scenario, in: environment)
        var chosen = try loaded.chosenScenario(variant: variant)
        if !precision.isEmpty {
            chosen.precision = try precision.map { try OutputVocabulary.precision($0, scenario: chosen) }
            if options.trials == nil { chosen.trials = Scenario.defaultPrecisionCap }
        }
        let result = try progress.track(ProgressTask.named("simulate", scenario, variant: variant), in: environment) { [chosen] progress in
            progress?.begin("", trials: chosen.trials)
            return try Simulation.run(
                chosen, registers: loaded.registers, threads: options.threads, stoppingAtPrecision: true, progress: progress)
        }
        try output.deliver(SimulationReport.make(result, variant: variant), inputs: loaded.inputFiles, in: environment)
        return strict && result.precision?.allMet == false ? .failure : .success
    }
}
