import Foundation
import JSONDocument
import RiskRegister

/// `matrisk register export`: the registers as one clean register set.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "export",
        abstract: "Write the registers as one clean register set: JSON, CSV files or an Excel workbook that re-import unchanged.",
        discussion: """
            JSON (the default) is the canonical register set {"risks", "mitigations", "policy"}, printed or \
            written to --out FILE. CSV needs --out DIR and writes DIR/risks.csv, DIR/mitigations.csv and \
            DIR/policy.json. xlsx (or --out FILE.xlsx) writes one workbook with a Risks, a Mitigations and a \
            Policy sheet, for the risk group to filter and annotate. Each is written whole or not at all; an \
            input file is never overwritten. Text that a spreadsheet would run as a formula (starting =, +, -, @) \
            is written in CSV with a leading ' so it shows as text, and in a workbook as text.
            """)

    /// What `--format` may ask for.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json
        case csv
        case xlsx
    }

    @Argument(.registerPaths) var paths: [String]
    @Option(
        OptionHelp("format", valueName: "format", help: "What to write.", defaultDescription: "json, or xlsx when --out names a .xlsx file")
    )
    var format: Format?
    @Option(
        OptionHelp(
            "out", short: "o", valueName: "path", help: "The JSON or workbook file, or the folder for CSV files.",
            defaultDescription: "standard output (JSON only)"))
    var out: String?
    @OptionGroup var inputs: RegisterInputOptions

    /// The format asked for, or the one `--out`'s name implies.
    private var chosen: Format {
        format ?? ((out?.lowercased().hasSuffix(".xlsx") ?? false) ? .xlsx : .json)
    }

    func validate() throws {
        if chosen == .csv && out == nil {
            throw UsageError.rule(
                "CSV export writes three files (risks.csv, mitigations.csv, policy.json); name a folder for them with \($out.flag) DIR.")
        }
        if chosen == .xlsx && out == nil {
            throw UsageError.rule("a workbook is written to a file, not printed; name it with \($out.flag) FILE.xlsx.")
        }
    }

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let files = try RegisterInputs(paths, in: environment)
        let registers = try files.load(options: try inputs.importOptions(in: environment), in: environment).requireValid()
        let inputPaths = files.paths + [inputs.policy].compactMap { $0 }
        switch (chosen, out) {
        case (.csv, let folder?):
            try writeCSV(registers, to: folder, inputs: inputPaths, in: environment)
        case (.xlsx, let file?):
            try OutputFile.write(bytes: try registers.workbook(), to: file, inputs: inputPaths, in: environment)
            environment.standardError.write(
                "Wrote \(registers.risks.count) risks, \(registers.mitigations.count) mitigations and the policy to \(file).\n")
        case (_, let file?):
            try OutputFile.write(JSONWriter.write(registers.json), to: file, inputs: inputPaths, in: environment)
        default:
            environment.standardOutput.write(JSONWriter.write(registers.json))
        }
        return .success
    }

    /// Writes risks.csv, mitigations.csv and policy.json into `folder`, all or none.
    private func writeCSV(_ registers: RegisterSet, to folder: String, inputs: [String], in environment: CommandEnvironment) throws {
        let files = [
            ("risks.csv", registers.risksCSV), ("mitigations.csv", registers.mitigationsCSV),
            ("policy.json", JSONWriter.write(registers.policy.json)),
        ]
        try OutputFile.writeAll(
            files.map { ((folder as NSString).appendingPathComponent($0), $1) }, creating: folder, inputs: inputs, in: environment)
        environment.standardError.write(
            "Wrote \(registers.risks.count) risks, \(registers.mitigations.count) mitigations and the policy to \(folder).\n")
    }
}
