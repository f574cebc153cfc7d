import Foundation
import Testing

/// The register commands on the registers schools and trusts keep in their own layouts
/// (`Tests/RiskRegisterTests/Fixtures/real-layouts`), as a risk group would run them.
struct RealLayoutCommandTests {
    static let folder = "Tests/RiskRegisterTests/Fixtures/real-layouts"
    static let asOf = ["--as-of", "2026-11-22"]

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    static var files: [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: MatriskProcess.packageRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Check, roll-up, heat map, diff and export each work on every layout: 0 or 1, never 65.
    @Test(arguments: files)
    func everyCommandReadsEachLayout(_ file: String) throws {
        #expect([0, 1].contains(run(["register", "check", file] + Self.asOf).exitCode))
        for words in [["rollup", file] + Self.asOf, ["heatmap", file], ["diff", file, file], ["export", file], ["import", file]] {
            let result = run(["register"] + words)
            #expect(result.exitCode == 0, "\(words): \(result.standardError)")
        }
    }

    @Test func theWholeFolderChecksRollsUpAndExports() throws {
        let check = run(["register", "check", Self.folder] + Self.asOf)
        #expect(check.exitCode == 0)
        #expect(check.standardOutput.hasSuffix("0 errors and 78 warnings in 12 files (58 risks, 124 mitigations), as of 22/11/2026.\n"))
        let rollUp = run(["register", "rollup", Self.folder] + Self.asOf)
        #expect(rollUp.exitCode == 0)
        #expect(rollUp.standardOutput.contains("Not placed (no likelihood × impact): HEA-1 (unscored)"))
        #expect(rollUp.standardOutput.contains("  R03         Academies end the year in deficit"))
        let json = run(["register", "rollup", Self.folder, "--format", "json"] + Self.asOf).standardOutput
        #expect(json.contains("\"unplaced\""))
    }

    /// Issue 11's first paragraph: the one-score trust register, saved from Excel as plain CSV.
    @Test func theOneScoreTrustRegisterHasNoMitigationFindingsForItsControls() {
        let result = run(["register", "check", "\(Self.folder)/trust-register.csv"] + Self.asOf)
        #expect(result.exitCode == 0)
        #expect(!result.standardOutput.contains("no mitigation") && !result.standardOutput.contains("red-without"))
        #expect(!result.standardOutput.contains("Inherent") && !result.standardOutput.contains("scored down"))
        #expect(result.standardOutput.hasSuffix("0 errors and 5 warnings in 1 file (8 risks, 16 mitigations), as of 22/11/2026.\n"))
        #expect(result.standardError.contains("trust-register.csv:1: note: the file is not UTF-8, so it is read as Windows-1252"))
    }

    @Test func importSaysHowTheFileWasRead() {
        let result = run(["register", "import", "\(Self.folder)/brookside-primary.csv"])
        #expect(result.exitCode == 0)
        let text = result.standardOutput
        #expect(
            text.hasPrefix(
                "How matrisk read 1 file\n=======================\n\n\(Self.folder)/brookside-primary.csv: a risk register for 'brookside-primary', comma-separated, UTF-8.\n"
            ))
        #expect(text.contains("  Header: line 9; lines 1–6 above it skipped (a title, approval or legend block).\n"))
        #expect(
            text.contains(
                "    A  Category                                  → category; 4 blank cells filled from the cell above (merged)\n"))
        #expect(
            text.contains(
                "  Sections: 4, the header row repeated 3 times below the first (skipped):\n    line 8 \"1.0 Strategic and Reputational Risks\": 3 risks\n"
            ))
        #expect(text.contains("  IDs: no ID column; generated from each risk's section and row, BRO-1.1 to BRO-4.2.\n"))
        #expect(text.contains("  Read: 8 risks (8 scored by likelihood × impact), 14 controls (in place), 0 actions (planned).\n"))
        #expect(text.hasSuffix("1 file read: 1 risk register (8 risks, 14 controls and 0 actions). No problems in the data.\n"))
        #expect(result.standardError.isEmpty, "register import lists its notes in its report")
    }

    @Test func importOfAFolderReportsEveryFileEvenAfterOneFails() throws {
        let folder = try TemporaryFolder()
        try Data("Month,Income\nSep,1\n".utf8).write(to: folder.url.appendingPathComponent("a-budget.csv"))
        try Data("Risk,L,I\nRoof,2,3\n".utf8).write(to: folder.url.appendingPathComponent("b-oak.csv"))
        try Data("Risk,Likelihood,Impact\nRoof,2,High\nBoiler,3,3\n".utf8).write(to: folder.url.appendingPathComponent("c-ash.csv"))
        let result = MatriskProcess.inProcess(["register", "import", "."], in: folder.url)
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.hasPrefix("How matrisk read 3 files\n"))
        #expect(result.standardOutput.contains("./a-budget.csv: not read.\n  ./a-budget.csv:1:1: error: this is neither a risk register"))
        #expect(result.standardOutput.contains("./b-oak.csv: a risk register for 'b-oak'"))
        #expect(
            result.standardOutput.contains(
                "  ./c-ash.csv:2:8: error: 'Impact' (column C) is 'High'; likelihood and impact are whole numbers from 1 to 5.\n"))
        #expect(
            result.standardOutput.hasSuffix(
                "2 files read: 2 risk registers (3 risks, 0 controls and 0 actions). 1 file could not be read. 1 problem in the data (matrisk register check lists them with the rest of its findings).\n"
            ))
        #expect(result.standardError.hasPrefix("./a-budget.csv:1:1: error: this is neither a risk register"))
        let json = MatriskProcess.inProcess(["register", "import", ".", "--format", "json"], in: folder.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: [String: Any]])
        #expect((tables["files"]?["rows"] as? [[String: Any]])?.count == 3)
        #expect((tables["columns"]?["rows"] as? [[String: Any]])?.count == 6)
    }

    @Test func oneAcademysRegisterAloneExportsWithANote() throws {
        let folder = try TemporaryFolder()
        let file = MatriskProcess.packageRoot.appendingPathComponent("\(Self.folder)/willowbank-primary.csv").path
        let result = MatriskProcess.inProcess(["register", "export", file, "--format", "csv", "--out", "out"], in: folder.url)
        #expect(result.exitCode == 0)
        #expect(
            result.standardError.contains("note: trust register not given; links to trust risks not checked (3 risks name one: WB01 → R03"))
        let risks = try String(contentsOf: folder.url.appendingPathComponent("out/risks.csv"), encoding: .utf8)
        #expect(risks.contains(",Scale\r\n") && risks.contains(",3x3\r\n"))
    }

    @Test func diffMatchesGeneratedIDsByTitle() throws {
        let folder = try TemporaryFolder()
        let source = try String(
            contentsOf: MatriskProcess.packageRoot.appendingPathComponent("\(Self.folder)/elmwood-governors.csv"), encoding: .utf8)
        var lines = source.components(separatedBy: "\r\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("before"), withIntermediateDirectories: true)
        try Data(source.utf8).write(to: folder.url.appendingPathComponent("before/elmwood-governors.csv"))
        lines.insert("Fire alarm panel fails,High,Unlikely,Replace the panel,SBM,Resources committee,Summer 2027", at: 1)
        lines[4] = lines[4].replacingOccurrences(
            of: "Building work overruns into term time,Medium", with: "Building work overruns into the term,High")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("after"), withIntermediateDirectories: true)
        try Data(lines.joined(separator: "\r\n").utf8).write(to: folder.url.appendingPathComponent("after/elmwood-governors.csv"))
        let result = MatriskProcess.inProcess(["register", "diff", "before", "after"], in: folder.url)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("  ELM-1  elmwood-governors  Fire alarm panel fails"))
        #expect(
            result.standardOutput.contains(
                "ELM-4  elmwood-governors  Building work overruns into the term  residual  2×2 on a 4×4 scale (2×2=4)  2×3 on a 4×4 scale (2×4=8)  ↑"
            ))
        #expect(!result.standardOutput.contains("Risks no longer on any register"))
        #expect(
            result.standardOutput.hasSuffix("  ELM-1-A1    Replace the panel  ELM-1  (new)  planned\n"),
            "controls are matched by risk and title")
    }
}
