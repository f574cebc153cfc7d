import Foundation
import MonteCarlo
import Reports
import RiskRegister
import TrustModel

extension OptionSpec {
    static let trials = OptionSpec(
        long: "trials", valueName: "n", help: "How many futures to simulate.", defaultDescription: "the scenario's trials, else 10,000")
    static let seed = OptionSpec(
        long: "seed", valueName: "n", help: "The seed all random numbers are keyed by; the same seed gives the same results.",
        defaultDescription: "the scenario's seed")
    static let years = OptionSpec(
        long: "years", valueName: "n", help: "How many school years to simulate.", defaultDescription: "the scenario's years")
    static let threads = OptionSpec(
        long: "threads", valueName: "n", help: "Threads to run trials on; results are identical for any number.",
        defaultDescription: "every core")
    static let set = OptionSpec(
        long: "set", valueName: "path=value",
        help: "Override a scenario field, e.g. --set trust.topSlicePercent=4.5 (repeatable).", repeatable: true)
    static let out = OptionSpec(
        long: "out", valueName: "dir", help: "Also write each table as a CSV file in this folder (created if need be).")

    /// The options every command that runs a scenario takes.
    static let scenarioRun: [OptionSpec] = [.trials, .seed, .years, .threads, .set]
}

extension ArgumentSpec {
    static let scenarioFile = ArgumentSpec(name: "scenario", help: "The scenario file (JSON; comments and trailing commas allowed).")
}

extension ScenarioError: ReportableError {
    var exitCode: ExitCode { isMissingFile ? .noInput : .dataError }
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

extension Invocation {
    /// Reads files for the scenario loader from disk, relative to the working folder.
    var scenarioFiles: ScenarioFiles {
        let environment = self.environment
        return ScenarioFiles(
            read: { try InputFile.read($0, in: environment) },
            list: { try InputFile.files(inFolder: $0, in: environment) })
    }

    /// `--set` values, plus `--trials`, `--seed` and `--years` written as overrides, so they
    /// are checked exactly as the file's own values are.
    func scenarioOverrides() throws -> [String] {
        var overrides = options("set")
        if let trials = try integer("trials", in: 1...Scenario.maximumTrials) { overrides.append("trials=\(trials)") }
        if let seed = try integer("seed", in: 0...Int.max) { overrides.append("seed=\(seed)") }
        if let years = try integer("years", in: 1...Scenario.maximumYears) { overrides.append("years=\(years)") }
        return overrides
    }

    /// The scenario file named on the command line, loaded with the command line's overrides.
    func loadScenario(_ path: String? = nil) throws -> LoadedScenario {
        let file = path ?? argument("scenario")!
        if InputFile.isFolder(file, in: environment) { throw InputError.isFolder(file) }
        return try ScenarioLoader.load(path: file, files: scenarioFiles, overrides: try scenarioOverrides())
    }

    /// `--threads`, or nil for every core.
    func threadCount() throws -> Int? {
        try integer("threads", in: 1...1024)
    }

    /// The files a loaded scenario read, which no output may overwrite: the scenario, each
    /// register file it names and every file of a register folder.
    func inputs(of loaded: LoadedScenario) -> [String] {
        [loaded.path] + loaded.registerPaths
    }

    /// Prints `report` in the chosen format and, with `--out DIR`, writes each table as a CSV file.
    func deliver(_ report: Report, inputs: [String]) throws {
        try print(report)
        guard let folder = option("out") else { return }
        let files = report.tables.map { table in
            (
                (folder as NSString).appendingPathComponent(table.id + ".csv"),
                Report(title: table.title, blocks: [.table(table)]).rendered(as: .csv)
            )
        }
        try OutputFile.writeAll(files, creating: folder, inputs: inputs, in: environment)
        environment.standardError.write("Wrote \(report.tables.count) CSV file\(report.tables.count == 1 ? "" : "s") to \(folder).\n")
    }
}
