import CSV
import RiskRegister

extension OptionSpec {
    static let delimiter = OptionSpec(
        long: "delimiter", valueName: "delimiter",
        help: "The character between cells in the CSV files (semicolon for files saved by a spreadsheet set to a European locale).",
        defaultDescription: "detected from each file's header row", allowedValues: CSVDelimiter.allCases.map(\.name))

    /// The options every register command reads its files with.
    static let registerInputs: [OptionSpec] = [.policy, .delimiter]
}

extension ArgumentSpec {
    static let registerPaths = ArgumentSpec(
        name: "path",
        help:
            "Register, mitigations and policy files, or folders holding them (every .csv and .json inside is read, each recognised by its columns).",
        arity: .repeating(minimum: 1))
}

extension RegisterFileError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension RegisterDataError: ReportableError {
    var exitCode: ExitCode { .dataError }
}
