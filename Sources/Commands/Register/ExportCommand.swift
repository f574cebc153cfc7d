import Foundation
import JSONDocument
import RiskRegister

extension CommandSpec {
    static let registerExport = CommandSpec(
        name: "export",
        abstract: "Write the registers as one clean register set: JSON, or CSV files that re-import unchanged.",
        discussion: """
            JSON (the default) is the canonical register set {"risks", "mitigations", "policy"}, printed or \
            written to --out FILE. CSV needs --out DIR and writes DIR/risks.csv, DIR/mitigations.csv and \
            DIR/policy.json, each written whole or not at all; an input file is never overwritten. Text that \
            a spreadsheet would run as a formula (starting =, +, -, @) is written with a leading ' so it shows as text.
            """,
        arguments: [.registerPaths],
        options: [
            OptionSpec(
                long: "format", valueName: "format", help: "What to write.", defaultDescription: "json", allowedValues: ["json", "csv"]),
            OptionSpec(
                long: "out", short: "o", valueName: "path", help: "The JSON file, or the folder for CSV files.",
                defaultDescription: "standard output (JSON only)"),
        ] + OptionSpec.registerInputs,
        run: runExport
    )
}

private func runExport(_ invocation: Invocation) throws -> ExitCode {
    let format = try invocation.choice("format") ?? "json"
    let out = invocation.option("out")
    if format == "csv" && out == nil {
        throw invocation.usageError(
            "CSV export writes three files (risks.csv, mitigations.csv, policy.json); name a folder for them with --out DIR.")
    }
    let inputs = try RegisterInputs(invocation.arguments("path"), in: invocation.environment)
    let registers = try inputs.load(invocation).requireValid()
    let environment = invocation.environment
    let inputPaths = inputs.paths + [invocation.option("policy")].compactMap { $0 }
    switch (format, out) {
    case ("csv", let folder?):
        let files = [
            ("risks.csv", registers.risksCSV), ("mitigations.csv", registers.mitigationsCSV),
            ("policy.json", JSONWriter.write(registers.policy.json)),
        ]
        try OutputFile.writeAll(
            files.map { ((folder as NSString).appendingPathComponent($0), $1) }, creating: folder, inputs: inputPaths, in: environment)
        environment.standardError.write(
            "Wrote \(registers.risks.count) risks, \(registers.mitigations.count) mitigations and the policy to \(folder).\n")
    case (_, let file?):
        try OutputFile.write(JSONWriter.write(registers.json), to: file, inputs: inputPaths, in: environment)
    default:
        environment.standardOutput.write(JSONWriter.write(registers.json))
    }
    return .success
}
