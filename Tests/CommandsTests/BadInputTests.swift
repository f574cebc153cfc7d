import Foundation
import Testing

/// Bad input, tried as a new user would: one clear error naming the file (and line and column
/// where there is one), the documented exit code, never a crash or a partial output file.
struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let rollUpError: String
        let rollUpExit: Int32
        /// What `register check` says about it, when it reads the file (cell-level problems).
        let checkFinding: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "unclosed-quote.csv",
             rollUpError: "unclosed-quote.csv:2:4: error: this quoted cell is never closed; add the closing \" (a quote inside a cell is written twice: \"\").",
             rollUpExit: 65, checkFinding: nil),
        Case(file: "non-numeric-likelihood.csv",
             rollUpError: "non-numeric-likelihood.csv:2:6: error: 'Likelihood' (column C) is 'High'; likelihood and impact are whole numbers from 1 to 5.",
             rollUpExit: 65, checkFinding: "non-numeric-likelihood.csv:2:6: error: 'Likelihood' (column C) is 'High'"),
        Case(file: "seven-in-likelihood.csv",
             rollUpError: "seven-in-likelihood.csv:2:6: error: 'Likelihood' (column C) is 7, outside the 1 to 5 scale; likelihood and impact are scored 1 (lowest) to 5 (highest).",
             rollUpExit: 65, checkFinding: "seven-in-likelihood.csv:2:6: error: 'Likelihood' (column C) is 7, outside the 1 to 5 scale"),
        Case(file: "missing-column.csv",
             rollUpError: "missing-column.csv:1:1: error: this risk register has no 'Residual impact' column; add it to the header row.",
             rollUpExit: 65, checkFinding: nil),
        Case(file: "unknown-trust-risk.csv",
             rollUpError: "unknown-trust-risk.csv:2:14: error: risk A1 rolls up to trust risk 'T99', which is not on the trust register; correct the id or add the risk to the trust register.",
             rollUpExit: 65, checkFinding: "unknown-trust-risk.csv:2:14: error: risk A1 rolls up to trust risk 'T99'"),
        Case(file: "duplicate-ids.csv",
             rollUpError: "duplicate-ids.csv:3:1: error: the risk id 'A1' is used twice: also at duplicate-ids.csv:2; give each risk its own id.",
             rollUpExit: 65, checkFinding: "duplicate-ids.csv:3:1: error: the risk id 'A1' is used twice"),
        Case(file: "empty.csv",
             rollUpError: "empty.csv:1:1: error: the file is empty; a register starts with a header row such as \"Risk ID,Title,Likelihood,Impact,Residual likelihood,Residual impact\".",
             rollUpExit: 65, checkFinding: nil),
        Case(file: "no-such-file.csv",
             rollUpError: "no-such-file.csv: error: no such file or folder; check the name and the folder you are running matrisk from.",
             rollUpExit: 66, checkFinding: nil),
    ]

    static let folder = MatriskProcess.fixtures.appendingPathComponent("bad-input")

    @Test(arguments: cases)
    func rollUpRefusesWithOneClearError(_ c: Case) {
        let result = MatriskProcess.inProcess(["register", "rollup", "--as-of", "2026-11-22", c.file], in: Self.folder)
        #expect(result.exitCode == c.rollUpExit)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix(c.rollUpError + "\n"))
        #expect(!result.standardError.contains("Fatal error") && !result.standardError.contains("Stack"))
    }

    @Test(arguments: cases)
    func checkReportsCellProblemsAsFindingsAndFileProblemsAsErrors(_ c: Case) {
        let result = MatriskProcess.inProcess(["register", "check", "--as-of", "2026-11-22", c.file], in: Self.folder)
        if let finding = c.checkFinding {
            #expect(result.exitCode == 1)
            #expect(result.standardOutput.contains("\n" + finding) || result.standardOutput.hasPrefix(finding))
            #expect(result.standardError.isEmpty)
        } else {
            #expect(result.exitCode == c.rollUpExit)
            #expect(result.standardError == c.rollUpError + "\n")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func aBinaryFileIsNamedForWhatItIs() throws {
        let folder = try TemporaryFolder()
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 200)).write(to: folder.url.appendingPathComponent("register.csv"))
        let result = MatriskProcess.inProcess(["register", "check", "register.csv"], in: folder.url)
        #expect(result.exitCode == 65)
        #expect(result.standardError == "register.csv: error: this is an Excel workbook (.xlsx) or another zip file, not a CSV file; open it in a spreadsheet and save it as \"CSV UTF-8 (comma delimited)\".\n")
    }

    @Test func aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("huge.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Risk ID,Likelihood\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let result = MatriskProcess.inProcess(["register", "rollup", "huge.csv"], in: folder.url)
        #expect(result.exitCode == 65)
        #expect(result.standardError == "huge.csv: error: the file is 50 MB, larger than the 32 MB matrisk reads; is it the right file?\n")
    }

    @Test func exportOfBadDataLeavesNoFileBehind() throws {
        let folder = try TemporaryFolder()
        let result = MatriskProcess.inProcess(
            ["register", "export", Self.folder.appendingPathComponent("duplicate-ids.csv").path, "--out", "set.json"], in: folder.url)
        #expect(result.exitCode == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func theBuiltProgramGivesTheSameCodes() throws {
        let bad = try MatriskProcess.subprocess(["register", "rollup", "seven-in-likelihood.csv"], in: Self.folder)
        #expect(bad.exitCode == 65)
        #expect(bad.standardError.hasPrefix("seven-in-likelihood.csv:2:6: error:"))
        let missing = try MatriskProcess.subprocess(["register", "check", "nothing-here.csv"], in: Self.folder)
        #expect(missing.exitCode == 66)
    }
}

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
