import Foundation
import MonteCarlo
import Reports
import RiskRegister
import TrustModel

extension OptionHelp {
    static let threads = OptionHelp(
        "threads", valueName: "n", help: "Threads to run trials on; results are identical for any number.",
        defaultDescription: "every core")

    static let variant = OptionHelp("variant", valueName: "name", help: "Use one of the scenario's variants instead of its base.")
}

extension ArgumentHelp {
    static let scenarioFile = ArgumentHelp("scenario", help: "The scenario file (JSON; comments and trailing commas allowed).")
}

/// The options every command that runs a scenario takes: the run's size and seed, its threads,
/// and overrides of the scenario's fields.
struct ScenarioRunOptions: ParsableArguments {
    @Option(
        OptionHelp(
            "trials", valueName: "n", help: "How many futures to simulate.", defaultDescription: "the scenario's trials, else 10,000"),
        rule: .within(1...Scenario.maximumTrials))
    var trials: Int?

    @Option(
        OptionHelp(
            "seed", valueName: "n", help: "The seed all random numbers are keyed by; the same seed gives the same results.",
            defaultDescription: "the scenario's seed"),
        rule: .within(0...Int.max))
    var seed: Int?

    @Option(
        OptionHelp("years", valueName: "n", help: "How many school years to simulate.", defaultDescription: "the scenario's years"),
        rule: .within(1...Scenario.maximumYears))
    var years: Int?

    @Option(.threads, rule: .within(1...1024)) var threads: Int?

    @Option(
        OptionHelp(
            "set", valueName: "path=value",
            help:
                "Override a scenario field, e.g. --set trust.topSlicePercent=4.5, or shift or scale a number or distribution: "
                + "economy.payAwardPercent+=1, -=, *=1.1 (repeatable)."))
    var set: [String] = []

    /// `--trials`, `--seed` and `--years` as typed settings for the decoded scenario.
    var settings: RunSettings {
        RunSettings(trials: trials, seed: seed.map { UInt64($0) }, years: years)
    }

    /// The scenario file at `path`, loaded with the command line's overrides and settings (and
    /// compare's ad-hoc `options`).
    func loadScenario(_ path: String, options: [ScenarioOption] = [], in environment: CommandEnvironment) throws -> LoadedScenario {
        if InputFile.isFolder(path, in: environment) { throw InputError.isFolder(path) }
        let files = ScenarioFiles(
            read: { try InputFile.read($0, in: environment) },
            list: { try InputFile.files(inFolder: $0, in: environment) })
        return try ScenarioLoader.load(path: path, files: files, overrides: set, options: options, settings: settings)
    }
}

/// The scenario an experiment works on: the file, the run's options, and which variant of it.
struct ChosenScenarioOptions: ParsableArguments {
    @Argument(.scenarioFile) var scenario: String
    @OptionGroup var run: ScenarioRunOptions
    @Option(.variant) var variant: String?

    /// The scenario file loaded, and the scenario (or the variant of it) to work on.
    func load(in environment: CommandEnvironment) throws -> (loaded: LoadedScenario, chosen: Scenario) {
        let loaded = try run.loadScenario(scenario, in: environment)
        return (loaded, try loaded.chosenScenario(variant: variant))
    }
}

extension LoadedScenario {
    /// The files the scenario was read from, which no output may overwrite: the scenario, its
    /// academies tables, each register file it names and every file of a register folder.
    var inputFiles: [String] {
        [path] + academyTablePaths + registerPaths
    }

    /// The base scenario, or variant `name` of it.
    func chosenScenario(variant name: String?) throws -> Scenario {
        try name.map { try scenario(variant: $0) } ?? base
    }
}

extension ScenarioError: ReportableError {
    var exitCode: ExitCode { isMissingFile ? .noInput : .dataError }
}

extension AcademiesTableError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension RiskValuationError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension CorrelationError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension DistributionError: ReportableError {
    var exitCode: ExitCode { .dataError }
}
