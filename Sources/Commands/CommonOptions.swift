import Foundation
import Reports

/// Options several commands share, spelt and explained the same way everywhere.
extension OptionHelp {
    static let format = OptionHelp("format", valueName: "format", help: "How to print the results.")

    static let tableFormat = OptionHelp(
        "format", valueName: "format",
        help: "How to give the results: printed as text, CSV or JSON, or written to --out as an Excel workbook.")

    static let out = OptionHelp(
        "out", short: "o", valueName: "path",
        help:
            "Also write the tables to FILE.xlsx, an Excel workbook with a sheet for each table, or as CSV files, one a table, into a folder (created if need be)."
    )

    static let asOf = OptionHelp(
        "as-of", valueName: "date", help: "The date reviews and actions are judged against, as 2026-11-22 or 22/11/2026.",
        defaultDescription: "today")

    static let policy = OptionHelp(
        "policy", valueName: "file", help: "The risk policy (appetite, escalation threshold, review intervals) as JSON.",
        defaultDescription: "the policy file among the inputs, else the built-in policy")
}

/// The forms a command's tables can take: printed as text, CSV or JSON, or written as an
/// Excel workbook (to the file `--out` names).
enum TableFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case csv
    case json
    case xlsx

    /// The form printed on standard output; nil for a workbook, which only goes to a file.
    var printed: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// `--format` and `--out`: how a command prints its report, and a workbook or a folder of CSV
/// files for its tables.
struct TableOutputOptions: ParsableArguments {
    @Option(.tableFormat) var format: TableFormat = .text
    @Option(.out) var out: String?

    func validate() throws {
        if format == .xlsx && out == nil {
            throw UsageError.rule("a workbook is written to a file, not printed; name it with \($out.flag) FILE.xlsx.")
        }
    }

    /// True when `--out` names a workbook: asked for with `--format xlsx`, or a name ending .xlsx.
    private var writesWorkbook: Bool {
        format == .xlsx || (out?.lowercased().hasSuffix(".xlsx") ?? false)
    }

    /// Prints `report` in the chosen format and, with `--out`, writes its tables as a workbook
    /// or as CSV files in a folder, whole or not at all, refusing to overwrite any of `inputs`.
    func deliver(_ report: Report, inputs: [String], in environment: CommandEnvironment) throws {
        if let printed = format.printed { environment.print(report, as: printed) }
        guard let out else { return }
        let count = report.tables.count
        if writesWorkbook {
            try OutputFile.write(bytes: try report.workbook(), to: out, inputs: inputs, in: environment)
            environment.standardError.write("Wrote \(out): \(count == 0 ? 1 : count) sheet\(count > 1 ? "s" : "").\n")
            return
        }
        let files = report.tables.map { table in
            (
                (out as NSString).appendingPathComponent(table.id + ".csv"),
                Report(title: table.title, blocks: [.table(table)]).rendered(as: .csv)
            )
        }
        try OutputFile.writeAll(files, creating: out, inputs: inputs, in: environment)
        environment.standardError.write("Wrote \(count) CSV file\(count == 1 ? "" : "s") to \(out).\n")
    }
}

extension CommandEnvironment {
    /// Writes a report to standard output in `format`.
    func print(_ report: Report, as format: OutputFormat) {
        standardOutput.write(report.rendered(as: format))
    }
}
