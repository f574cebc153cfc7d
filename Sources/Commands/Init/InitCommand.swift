import Foundation
import TrustModel

/// `matrisk init`: a starter scenario from the trust's budget sheet and its registers folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "init",
        abstract: "Write a starter scenario (commented JSON5) from an academies table and a registers folder.",
        discussion: """
            Asks nothing. Reads the academies table (CSV, .xlsx, .ods or .docx: one academy a row, with columns \
            such as Academy, Phase, Type, Pupils, GAG per pupil, Staff costs, Non-staff costs, Reserves) to check \
            it, then writes a scenario that reads the academies from it and the risks from the registers folder, \
            with the economy, the central team and the joining schools set to defaults for a trust in England, \
            each with a comment naming its source. Prints the next three commands to run.

            Never overwrites: if the scenario file exists, nothing is written and matrisk exits 73.
            """)

    @Argument(ArgumentHelp("academies", help: "The academies table: the budget sheet, one academy a row.")) var academies: String
    @Option(OptionHelp("registers", valueName: "folder", help: "The folder of risk registers the scenario reads.")) var registers: String?
    @Option(
        OptionHelp("out", short: "o", valueName: "file", help: "The scenario file to write.", defaultDescription: "scenario.json5"))
    var out: String = "scenario.json5"
    @Option(OptionHelp("name", valueName: "text", help: "The trust's name.", defaultDescription: "My trust")) var name: String =
        "My trust"
    @Option(
        OptionHelp(
            "start-year", valueName: "year", help: "The first school year, by the calendar year it starts (2026 for 2026/27).",
            defaultDescription: "the school year of today"))
    var startYear: Int?

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        if FileManager.default.fileExists(atPath: environment.resolve(out)) { throw InitError.exists(out) }
        if let registers, !InputFile.isFolder(registers, in: environment) { throw InputError.notFound(registers) }
        let starter = StarterScenario(
            trustName: name, startYear: startYear ?? Self.schoolYear(of: environment.now),
            academiesTable: RelativePath.of(academies, besideFile: out, in: environment),
            registersFolder: registers.map { RelativePath.of($0, besideFile: out, in: environment) })
        let text = starter.text
        let loaded = try check(text, in: environment)
        try OutputFile.write(text, to: out, inputs: loaded.inputFiles.filter { $0 != out }, in: environment)
        environment.standardOutput.write(summary(loaded))
        return .success
    }

    /// The scenario loaded as it will be read from `out`, so nothing is written unless it runs.
    private func check(_ text: String, in environment: CommandEnvironment) throws -> LoadedScenario {
        let files = ScenarioFiles(
            read: { path in path == out ? Array(text.utf8) : try InputFile.read(path, in: environment) },
            list: { try InputFile.files(inFolder: $0, in: environment) })
        return try ScenarioLoader.load(path: out, files: files)
    }

    private func summary(_ loaded: LoadedScenario) -> String {
        let count = loaded.base.academies.count
        let registers =
            loaded.registers.map {
                ", and \($0.risks.count) risk\($0.risks.count == 1 ? "" : "s") from \(self.registers ?? "the registers")"
            } ?? ""
        return """
            Wrote \(out): \(count) academ\(count == 1 ? "y" : "ies") from \(academies)\(registers).
            Every default is commented with its source; replace what you know better.

            Next:
              matrisk simulate \(out)
              matrisk compare \(out) --set trust.topSlicePercent=4
              matrisk report \(out) -o board-pack.html

            """
    }

    /// The calendar year today's school year started in (September to August).
    static func schoolYear(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 2026
        return (parts.month ?? 9) >= 9 ? year : year - 1
    }
}

/// Why `matrisk init` wrote nothing.
enum InitError: Error, Sendable, Equatable, CustomStringConvertible, ReportableError {
    case exists(String)

    var description: String {
        switch self {
        case .exists(let path):
            return
                "\(path): error: the file already exists, and matrisk init never overwrites a scenario; choose another name with --out, or move the file away."
        }
    }

    var exitCode: ExitCode { .cannotCreate }
}
