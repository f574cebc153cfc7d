import Reports
import RiskRegister

/// `matrisk register import`: how each register file is read, before anything is judged.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "import",
        abstract: "Say how each register file is read: header row, columns, scores and scale, sections, ids, counts.",
        discussion: """
            For each file (every file of a folder, even after one fails; each sheet read of a workbook; a Word \
            document's tables together): the header row found below any title \
            block, each column and the field it is read as (and the columns ignored), how risks are scored (two \
            likelihood x impact pairs, one pair read as the current score, a combined rating, a RAG word, or none) \
            and on what scale, the sections and repeated headers, merged cells filled down, the ids made for a \
            register with no ID column, and the risks, controls and actions read. Then any problem in the data.

            A column matrisk does not recognise, or a register's own scale words, can be named in the policy: \
            "columns": {"Specific Risk": "title"}, "scales": {"oak-primary": "3x3"}.

            Exits 0 when every file reads cleanly, 1 when a cell needs correcting, 65 when a file cannot be read.
            """)

    @Argument(.registerPaths) var paths: [String]
    @Option(.format) var format: OutputFormat = .text
    @OptionGroup var inputs: RegisterInputOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let files = try RegisterInputs(paths, in: environment)
        let options = try inputs.importOptions(in: environment)
        let imported = RegisterSet.importFiles(try files.sources(options: options, in: environment), options: options)
        let failures = imported.failures.map { ImportReport.Failure(source: $0.source, message: "\($0.error)") }
        environment.print(ImportReport.report(imported.load, failures: failures, order: files.paths), as: format)
        for failure in failures { environment.standardError.write(failure.message + "\n") }
        if !failures.isEmpty { return .dataError }
        return imported.load.problems.isEmpty ? .success : .failure
    }
}
