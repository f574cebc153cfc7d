import Foundation
import Reports

/// Options several commands share, spelt and explained the same way everywhere.
extension OptionHelp {
    static let format = OptionHelp("format", valueName: "format", help: "How to print the results.")

    static let out = OptionHelp(
        "out", valueName: "dir", help: "Also write each table as a CSV file in this folder (created if need be).")

    static let asOf = OptionHelp(
        "as-of", valueName: "date", help: "The date reviews and actions are judged against, as 2026-11-22 or 22/11/2026.",
        defaultDescription: "today")

    static let policy = OptionHelp(
        "policy", valueName: "file", help: "The risk policy (appetite, escalation threshold, review intervals) as JSON.",
        defaultDescription: "the policy file among the inputs, else the built-in policy")
}

/// `--format` and `--out`: how a command prints its report, and a folder for its tables as CSV.
struct TableOutputOptions: ParsableArguments {
    @Option(.format) var format: OutputFormat = .text
    @Option(.out) var out: String?

    /// Prints `report` in the chosen format and, with `--out DIR`, writes each table as a CSV
    /// file there, refusing to overwrite any of `inputs`.
    func deliver(_ report: Report, inputs: [String], in environment: CommandEnvironment) throws {
        environment.print(report, as: format)
        guard let folder = out else { return }
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

extension CommandEnvironment {
    /// Writes a report to standard output in `format`.
    func print(_ report: Report, as format: OutputFormat) {
        standardOutput.write(report.rendered(as: format))
    }
}
