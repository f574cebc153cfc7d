import CSV
import Foundation
import JSONDocument
import Reports
import RiskRegister

extension ArgumentHelp {
    static let registerPaths = ArgumentHelp(
        "path",
        help:
            "Register, mitigations and policy files (CSV, Excel .xlsx, OpenDocument .ods, Word .docx tables, JSON), or folders holding them (every such file inside is read, each recognised by its columns)."
    )
}

extension OptionHelp {
    static let sheet = OptionHelp(
        "sheet", valueName: "name",
        help: "Read only this sheet of each workbook (repeatable).",
        defaultDescription: "every sheet whose header is a register's, a mitigation list's or a policy's; the others are named in a note")
}

/// `--policy`, `--delimiter` and `--sheet`: how every register command reads its files.
struct RegisterInputOptions: ParsableArguments {
    @Option(.policy) var policy: String?
    @Option(.sheet) var sheet: [String] = []
    @Option(
        OptionHelp(
            "delimiter", valueName: "delimiter",
            help: "The character between cells in the CSV files (semicolon for files saved by a spreadsheet set to a European locale).",
            defaultDescription: "detected from each file's header row"))
    var delimiter: CSVDelimiter?

    /// The register files at `paths` (files, or folders of them), read and imported.
    func load(_ paths: [String], in environment: CommandEnvironment) throws -> RegisterLoad {
        try RegisterInputs(paths, in: environment).load(options: try importOptions(in: environment), in: environment)
    }

    /// The delimiter, the sheets and the `--policy` file, read, as import options.
    func importOptions(in environment: CommandEnvironment) throws -> RegisterImportOptions {
        RegisterImportOptions(delimiter: delimiter, policy: try policyFile(in: environment), limits: CSVReader.Limits(), sheets: sheet)
    }

    /// The policy named with `--policy`, read and checked.
    func policyFile(in environment: CommandEnvironment) throws -> RiskPolicy? {
        try policy.map { try RiskPolicy.read($0, in: environment) }
    }
}

/// The registers a review reads, the day it judges them on, and where its tables go: what `check` and `rollup` take.
struct RegisterReviewOptions: ParsableArguments {
    @Argument(.registerPaths) var paths: [String]
    @Option(.asOf) var asOf: CalendarDate?
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var inputs: RegisterInputOptions

    /// The registers, read and imported, the day reviews are judged against (`--as-of`, else
    /// today), and every file read (which no output may overwrite).
    func load(in environment: CommandEnvironment) throws -> (load: RegisterLoad, asOf: CalendarDate, files: [String]) {
        let asOf = asOf.orToday(in: environment)
        let files = try RegisterInputs(paths, in: environment)
        let load = try files.load(options: try inputs.importOptions(in: environment), in: environment)
        return (load, asOf, files.paths + [inputs.policy].compactMap { $0 })
    }
}

extension RiskPolicy {
    /// The policy file at `path`, read and checked.
    static func read(_ path: String, in environment: CommandEnvironment) throws -> RiskPolicy {
        let bytes = try InputFile.read(path, in: environment, limit: 1 << 20)
        let root = try JSONParser.parse(bytes: try TextEncoding.utf8Bytes(bytes, source: path), source: path)
        return try RiskPolicy(json: JSONCursor(node: root, source: path))
    }
}

extension CSVDelimiter: ExpressibleByArgument {
    /// A delimiter by the name people give it: comma, semicolon, tab.
    init(argument: String) throws(InvalidArgument) {
        guard let delimiter = Self.allCases.first(where: { $0.name == argument }) else { throw InvalidArgument(nil) }
        self = delimiter
    }

    static var allowedValues: [String]? { allCases.map(\.name) }
    var helpDescription: String { name }
}

extension CalendarDate: ExpressibleByArgument {
    /// A date as 2026-11-22 or, as UK spreadsheets write it, 22/11/2026.
    init(argument: String) throws(InvalidArgument) {
        switch CalendarDate.parse(argument) {
        case .success(let date): self = date
        case .failure(.impossible): throw InvalidArgument("there is no such day")
        case .failure(.notADate): throw InvalidArgument("write a date such as 2026-11-22 or 22/11/2026")
        }
    }

    /// The calendar day it is in the UK at `instant` (a register's dates are UK dates).
    static func today(at instant: Date) -> CalendarDate {
        let offset = TimeZone(identifier: "Europe/London")?.secondsFromGMT(for: instant) ?? 0
        return CalendarDate(daysSince1970: Int(((instant.timeIntervalSince1970 + Double(offset)) / 86_400).rounded(.down)))
    }
}

extension Optional where Wrapped == CalendarDate {
    /// `--as-of`, or today in the UK when it was not given.
    func orToday(in environment: CommandEnvironment) -> CalendarDate {
        self ?? CalendarDate.today(at: environment.now)
    }
}

extension RegisterFileError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension RegisterDataError: ReportableError {
    var exitCode: ExitCode { .dataError }
}
