import Foundation
import Testing
import Workbook

/// Workbooks in and out through the command line: registers read straight from .xlsx, .ods and
/// .docx files (alone, by `--sheet`, in folders), and every command's tables written as a workbook.
struct WorkbookCommandTests {
    static let layouts = "Tests/RiskRegisterTests/Fixtures/real-layouts"
    static let asOf = ["--as-of", "2026-11-22"]

    /// The sheets of a workbook written by a test, by name, each as rows of cell text.
    static func sheets(_ url: URL) throws -> [(name: String, rows: [[String]])] {
        let read = try WorkbookReader.read(bytes: [UInt8](try Data(contentsOf: url)), source: url.lastPathComponent)
        return read.sheets.map { sheet in (sheet.name, sheet.table.rows.map { $0.cells.map(\.text) }) }
    }

    @Test func aFolderOfWorkbooksChecksAsItsCSVFilesDo() {
        let csv = MatriskProcess.inProcess(["register", "check", Self.layouts] + Self.asOf)
        let xlsx = MatriskProcess.inProcess(["register", "check", Self.layouts + "/xlsx"] + Self.asOf)
        #expect(xlsx.exitCode == csv.exitCode)
        #expect(xlsx.standardOutput.hasSuffix("0 errors and 78 warnings in 12 files (58 risks, 124 mitigations), as of 22/11/2026.\n"))
        #expect(xlsx.standardOutput.split(separator: "\n").count == csv.standardOutput.split(separator: "\n").count)
        #expect(
            xlsx.standardError.contains(
                "xlsx/make-word.py: note: skipped; matrisk reads .csv, .xlsx, .ods, .docx and .json files from a folder."))
        let others = MatriskProcess.inProcess(["register", "rollup", Self.layouts + "/ods-docx"] + Self.asOf)
        #expect(others.exitCode == 0, "\(others.standardError)")
    }

    @Test func aFindingInAWorkbookNamesItsSheetAndCell() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            at: MatriskProcess.fixtures.appendingPathComponent("bad/seven-in-likelihood.xlsx"),
            to: folder.url.appendingPathComponent("register.xlsx"))
        let check = MatriskProcess.inProcess(["register", "check", "register.xlsx"] + Self.asOf, in: folder.url)
        #expect(check.exitCode == 1)
        #expect(check.standardOutput.hasPrefix("register.xlsx: 'seven-in-likelihood'!C2: error: 'Likelihood' (column C) is 7"))
        let csv = MatriskProcess.inProcess(["register", "check", "register.xlsx", "--format", "csv"] + Self.asOf, in: folder.url)
        #expect(csv.standardOutput.contains("register.xlsx,seven-in-likelihood,2,3,error,invalid-value,A1,"))
    }

    @Test func sheetsArePickedByNameOrByTheirHeaders() throws {
        let folder = try TemporaryFolder()
        let book = folder.url.appendingPathComponent("trust.xlsx")
        let export = MatriskProcess.inProcess(["register", "export", "Scenarios/registers", "--format", "xlsx", "-o", book.path])
        #expect(export.exitCode == 0, "\(export.standardError)")
        let all = MatriskProcess.inProcess(["register", "import", "trust.xlsx"], in: folder.url)
        #expect(all.standardOutput.contains("trust.xlsx, sheet 'Risks': a risk register"))
        #expect(all.standardOutput.contains("trust.xlsx, sheet 'Mitigations': a mitigations."))
        #expect(all.standardOutput.contains("trust.xlsx, sheet 'Policy': a policy."))
        #expect(all.standardOutput.contains("1 file read (3 tables in all)"))
        let risksOnly = MatriskProcess.inProcess(["register", "import", "trust.xlsx", "--sheet", "risks"], in: folder.url)
        #expect(!risksOnly.standardOutput.contains("sheet 'Mitigations'") && risksOnly.standardOutput.contains("sheet 'Risks'"))
        #expect(risksOnly.standardOutput.contains("1 file read: 1 risk register (66 risks, 0 controls and 0 actions)."))
        let missing = MatriskProcess.inProcess(["register", "check", "trust.xlsx", "--sheet", "Register"], in: folder.url)
        #expect(missing.exitCode == 65)
        #expect(
            missing.standardError
                == "trust.xlsx: error: this workbook has no sheet named 'Register' (asked for with --sheet); its sheets are 'Risks', 'Mitigations' and 'Policy'.\n"
        )
    }

    @Test func aWorkbookWithAnUnrecognisedSheetSaysWhichWasNotRead() throws {
        let folder = try TemporaryFolder()
        let sheets = [
            SheetToWrite(
                name: "Register", rows: [[.text("Risk"), .text("Likelihood"), .text("Impact")], [.text("Roof"), .number(2), .number(3)]]),
            SheetToWrite(name: "Legend", rows: [[.text("Colour")], [.text("Red means act now")]]),
        ]
        try Data(try XLSXWriter.write(sheets)).write(to: folder.url.appendingPathComponent("oak.xlsx"))
        let check = MatriskProcess.inProcess(["register", "check", "oak.xlsx"] + Self.asOf, in: folder.url)
        #expect(check.exitCode == 0)
        #expect(
            check.standardError.hasPrefix(
                "oak.xlsx: note: the sheet 'Legend' is not read: no register, mitigations or policy header was found in it. To read a sheet, name it with --sheet (and its columns in the policy if need be).\n"
            ))
    }

    @Test func exportAsAWorkbookReadsBackAsTheSameRegisters() throws {
        let folder = try TemporaryFolder()
        let export = MatriskProcess.inProcess([
            "register", "export", "Scenarios/registers", "-o", folder.url.appendingPathComponent("set.xlsx").path,
        ])
        #expect(export.exitCode == 0)
        #expect(export.standardError.hasPrefix("Wrote 66 risks, 40 mitigations and the policy to "))
        let again = MatriskProcess.inProcess(["register", "export", "set.xlsx"], in: folder.url)
        #expect(again.standardOutput == MatriskProcess.inProcess(["register", "export", "Scenarios/registers"]).standardOutput)
        let sheets = try Self.sheets(folder.url.appendingPathComponent("set.xlsx"))
        #expect(sheets.map(\.name) == ["Risks", "Mitigations", "Policy"])
        #expect(sheets[2].rows.first == ["Setting", "Value", "What it sets"])
        #expect(
            sheets[2].rows.contains([
                "escalationThreshold", "15",
                "An academy risk scoring this or more, with no trust risk, is a candidate for the trust register.",
            ]))
    }

    /// A command whose tables can be written as a workbook, and the exit it gives on the examples.
    struct TableCommand: Sendable, CustomStringConvertible {
        let words: [String]
        let exit: Int32
        var description: String { words.prefix(2).joined(separator: " ") }
    }

    static let tableCommands: [TableCommand] = [
        TableCommand(words: ["register", "check", "Scenarios/registers"] + asOf, exit: 1),
        TableCommand(words: ["register", "rollup", "Scenarios/registers"] + asOf, exit: 0),
        TableCommand(words: ["register", "diff", "Scenarios/registers-last-term", "Scenarios/registers"], exit: 0),
        TableCommand(words: ["simulate", "Scenarios/growth.json", "--trials", "300"], exit: 0),
        TableCommand(words: ["compare", "Scenarios/growth.json", "--trials", "300"], exit: 0),
        TableCommand(
            words: [
                "sweep", "Scenarios/top-slice.json", "--param", "trust.topSlicePercent", "--from", "2", "--to", "4", "--step", "1",
                "--trials", "200",
            ],
            exit: 0),
        TableCommand(words: ["risks", "Scenarios/growth.json", "--trials", "300"], exit: 0),
    ]

    @Test(arguments: tableCommands)
    func everyTableCommandWritesAWorkbookOfItsTables(_ command: TableCommand) throws {
        let words = command.words
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("out.xlsx")
        let written = MatriskProcess.inProcess(words + ["--format", "xlsx", "-o", file.path])
        #expect(written.exitCode == command.exit, "\(written.standardError)")
        #expect(written.standardOutput.isEmpty, "a workbook is not printed")
        let sheets = try Self.sheets(file)
        #expect(written.standardError.hasSuffix("Wrote \(file.path): \(sheets.count) sheet\(sheets.count == 1 ? "" : "s").\n"))
        // The same tables as CSV: each sheet's header is a table's header, in order.
        let csv = MatriskProcess.inProcess(words + ["--format", "csv"]).standardOutput
        for sheet in sheets {
            let header = try #require(sheet.rows.first).map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
            #expect(csv.contains(header), "\(sheet.name): \(header)")
        }
        let alsoText = MatriskProcess.inProcess(words + ["--out", folder.url.appendingPathComponent("also.xlsx").path])
        #expect(alsoText.standardOutput == MatriskProcess.inProcess(words).standardOutput, "--out FILE.xlsx still prints the text")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("also.xlsx").path))
    }

    @Test func aWorkbookNeedsAFileAndNeverOverwritesAnInput() throws {
        let noFile = MatriskProcess.inProcess(["register", "rollup", "Scenarios/registers", "--format", "xlsx"])
        #expect(noFile.exitCode == 64)
        #expect(noFile.standardError.hasPrefix("Error: a workbook is written to a file, not printed; name it with --out FILE.xlsx.\n"))
        let folder = try TemporaryFolder()
        let book = folder.url.appendingPathComponent("trust.xlsx")
        _ = MatriskProcess.inProcess(["register", "export", "Scenarios/registers", "-o", book.path])
        let before = try Data(contentsOf: book)
        let over = MatriskProcess.inProcess(["register", "check", "trust.xlsx", "-o", "trust.xlsx"] + Self.asOf, in: folder.url)
        #expect(over.exitCode == 73)
        #expect(
            over.standardError.hasSuffix(
                "trust.xlsx: error: this is one of the input files; choose another output name so the input is kept.\n"))
        #expect(try Data(contentsOf: book) == before)
        #expect(try folder.contents() == ["trust.xlsx"])
    }
}
