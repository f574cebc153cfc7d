import Foundation
import Testing

/// The register commands on the example data, as a risk group would run them.
struct RegisterCommandTests {
    static let asOf = ["--as-of", "2026-11-22"]

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    @Test func checkOnTheExampleDataFindsEveryKindAndFails() {
        let result = run(["register", "check", "Scenarios/registers", "Scenarios/registers-incoming"] + Self.asOf)
        #expect(result.exitCode == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let findings = lines.filter { $0.hasPrefix("Scenarios/") }
        #expect(findings.allSatisfy { $0.contains(": error: ") || $0.contains(": warning: ") })
        #expect(
            findings
                == findings.sorted {
                    ($0.split(separator: ":")[0], Int($0.split(separator: ":")[1])!) < (
                        $1.split(separator: ":")[0], Int($1.split(separator: ":")[1])!
                    )
                })
        #expect(lines.last == "12 errors and 36 warnings in 9 files (75 risks, 40 mitigations), as of 22/11/2026.")
        #expect(
            findings.contains(
                "Scenarios/registers/meadow-primary.csv:5:86: warning: MEA-04 was due for review on 30/09/2026, 53 days before 22/11/2026.")
        )
    }

    @Test func checkAsCSVAndJSONCarriesTheFindings() throws {
        let csv = run(["register", "check", "Scenarios/registers", "--format", "csv"] + Self.asOf)
        #expect(csv.standardOutput.hasPrefix("File,Sheet,Line,Column,Severity,Kind,Subject,Message\r\n"))
        #expect(csv.standardOutput.split(separator: "\r\n").count == 34)
        let json = run(["register", "check", "Scenarios/registers", "--format", "json"] + Self.asOf)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: Any])
        let rows = try #require((tables["findings"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.count == 33)
        #expect(rows.first?["kind"] as? String == "red-without-mitigation")
    }

    @Test func rollUpFlagsUnderRatingEscalationThemesAndDrawsHeatMaps() {
        let result = run(["register", "rollup", "Scenarios/registers"] + Self.asOf)
        #expect(result.exitCode == 0)
        let text = result.standardOutput
        #expect(text.contains("Under-rated: T05, T09, T13"))
        #expect(text.contains("  CAS-01  castle-secondary  Structural in-year deficit"))
        #expect(text.contains("  attendance          4  castle-secondary, hillside-academy, meadow-primary, riverside-primary"))
        #expect(text.contains("Residual, trust-wide (all registers): 64 open risks"))
        #expect(text.contains("Inherent, oak-primary: 10 open risks"))
        #expect(text.contains("           4   G  .  A  .  A  1  R  4  R  ."))
    }

    @Test func rollUpInCSVAndJSONCarriesTheSameContent() throws {
        let csv = run(["register", "rollup", "Scenarios/registers", "--format", "csv"] + Self.asOf).standardOutput
        let json = run(["register", "rollup", "Scenarios/registers", "--format", "json"] + Self.asOf).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: [String: Any]])
        #expect(Set(tables.keys) == ["trustRisks", "escalationCandidates", "emergingThemes", "heatMaps"])
        for (id, title) in [("trustRisks", "Trust risks: the board's residual score beside the academies'"), ("heatMaps", "Heat maps")] {
            let rows = try #require(tables[id]?["rows"] as? [[String: Any]])
            let csvLines = csv.components(separatedBy: "\r\n")
            let start = try #require(csvLines.firstIndex(of: title.contains(",") ? "\"\(title)\"" : title))
            let end = csvLines[(start + 1)...].firstIndex(of: "") ?? csvLines.endIndex
            #expect(end - start - 2 == rows.count, "\(id)")
        }
        let trustRisks = try #require(tables["trustRisks"]?["rows"] as? [[String: Any]])
        let t05 = try #require(trustRisks.first { $0["trustRisk"] as? String == "T05" })
        #expect(t05["board"] as? Int == 9 && t05["highest"] as? Int == 16 && t05["flag"] as? String == "UNDER-RATED")
        #expect(
            csv.contains(
                "\r\nT05,Teacher and TA recruitment and retention,workforce,9,amber,5,16,6,10,\"2: castle-secondary, hillside-academy\",UNDER-RATED\r\n"
            ))
    }

    @Test func diffBetweenTermsShowsMovementWithArrows() {
        let result = run(["register", "diff", "Scenarios/registers-last-term", "Scenarios/registers"])
        #expect(result.exitCode == 0)
        let text = result.standardOutput
        #expect(
            text.contains(
                "  HIL-01  hillside-academy   Maths and science teacher shortage        residual  3×4=12  4×4=16  ↑          4  amber → red"
            ))
        #expect(
            text.contains(
                "  OAK-05  oak-primary        Roof leaks over the KS2 block             residual  3×4=12  2×4=8   ↓         -4  amber"))
        #expect(
            text.contains("  T06     trust             Loss of CEO or CFO without succession  Vice Chair of Trustees  Chair of Trustees"))
        #expect(text.contains("  M16         Cyber insurance (RPA) and incident response plan"))
        #expect(text.contains("Risks added (open now, not open before)\n  Risk    Register"))
        #expect(text.contains("  T18     trust             Catch-up funding ends before recovery is complete"))
    }

    @Test func heatMapForOneRegisterAndStage() {
        let result = run(["register", "heatmap", "Scenarios/registers", "--register", "oak-primary", "--stage", "residual"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("Residual, oak-primary: 10 open risks (0 red, 5 amber, 5 green)"))
        #expect(!result.standardOutput.contains("Inherent"))
        let wrong = run(["register", "heatmap", "Scenarios/registers", "--register", "oak"])
        #expect(wrong.exitCode == 64)
        #expect(
            wrong.standardError.hasPrefix(
                "Error: The value 'oak' is invalid for '--register <name>': the registers are trust-wide, trust, castle-secondary"))
    }

    @Test func exportThenImportGivesTheSameRegisters() throws {
        let folder = try TemporaryFolder()
        let root = MatriskProcess.packageRoot.path
        let csv = MatriskProcess.inProcess(
            ["register", "export", root + "/Scenarios/registers", "--format", "csv", "--out", "csv"], in: folder.url)
        #expect(csv.exitCode == 0)
        #expect(csv.standardError == "Wrote 66 risks, 40 mitigations and the policy to csv.\n")
        let json = MatriskProcess.inProcess(["register", "export", root + "/Scenarios/registers", "-o", "a.json"], in: folder.url)
        #expect(json.exitCode == 0)
        let again = MatriskProcess.inProcess(["register", "export", "csv", "-o", "b.json"], in: folder.url)
        #expect(again.exitCode == 0)
        let a = try String(contentsOf: folder.url.appendingPathComponent("a.json"), encoding: .utf8)
        let b = try String(contentsOf: folder.url.appendingPathComponent("b.json"), encoding: .utf8)
        #expect(a == b)
        #expect(a.hasPrefix("{\n  \"risks\": [\n    {\n      \"id\": \"CAS-01\""))
        let stdout = MatriskProcess.inProcess(["register", "export", "b.json"], in: folder.url)
        #expect(stdout.standardOutput == b)
    }

    @Test func aFolderWithNoRegistersAndSkippedFiles() throws {
        let folder = try TemporaryFolder()
        try Data("notes".utf8).write(to: folder.url.appendingPathComponent("notes.md"))
        let result = MatriskProcess.inProcess(["register", "check", "."], in: folder.url)
        #expect(result.exitCode == 66)
        #expect(
            result.standardError
                == "./notes.md: note: skipped; matrisk reads .csv, .xlsx, .ods, .docx and .json files from a folder.\n.: error: the folder holds no register, mitigations or policy files (.csv, .xlsx, .ods, .docx or .json).\n"
        )
    }

    @Test func policyAndDelimiterOptions() throws {
        let strict = try TemporaryFolder()
        try Data("{\"appetite\": {}, \"defaultAppetite\": \"eager\", \"highestAcceptableScore\": {\"eager\": 25}}".utf8)
            .write(to: strict.url.appendingPathComponent("relaxed.json"))
        let result = run(
            ["register", "check", "Scenarios/registers", "--policy", strict.url.appendingPathComponent("relaxed.json").path] + Self.asOf)
        #expect(!result.standardOutput.contains("above-appetite") && !result.standardOutput.contains("appetite for"))
        let forced = run(["register", "check", "Scenarios/registers/hillside-academy.csv", "--delimiter", "comma"])
        #expect(forced.exitCode == 65)
        #expect(
            forced.standardError.contains("hillside-academy.csv:1:1: error: this is neither a risk register")
                || forced.standardError.contains("has no"))
    }
}

/// The command line behaves like swift-argument-parser for the register commands too.
struct RegisterUsageTests {
    @Test func missingArgumentMisspeltOptionAndBadDate() {
        let missing = MatriskProcess.inProcess(["register", "check"])
        #expect(missing.exitCode == 64)
        #expect(
            missing.standardError == """
                Error: Missing expected argument '<path>'
                Usage: matrisk register check [--as-of <date>] [--format <format>] [--out <path>] [--policy <file>] [--sheet <name> ...] [--delimiter <delimiter>] <path> ...
                  See 'matrisk register check --help' for more information.

                """)
        let misspelt = MatriskProcess.inProcess(["register", "rollup", "--fromat", "csv", "Scenarios/registers"])
        #expect(misspelt.standardError.hasPrefix("Error: Unknown option '--fromat'. Did you mean '--format'?\n"))
        #expect(misspelt.exitCode == 64)
        let date = MatriskProcess.inProcess(["register", "check", "--as-of", "31/02/2026", "Scenarios/registers"])
        #expect(date.standardError.hasPrefix("Error: The value '31/02/2026' is invalid for '--as-of <date>': there is no such day\n"))
        let format = MatriskProcess.inProcess(["register", "check", "--format", "xml", "Scenarios/registers"])
        #expect(
            format.standardError.hasPrefix(
                "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'csv', 'json' or 'xlsx'.\n"))
        let sub = MatriskProcess.inProcess(["register", "rolup"])
        #expect(sub.standardError.hasPrefix("Error: Unknown subcommand 'rolup'. Did you mean 'rollup'?\n"))
    }

    @Test func everyRegisterCommandHasHelp() {
        for command in ["import", "check", "rollup", "diff", "heatmap", "export"] {
            let result = MatriskProcess.inProcess(["register", command, "--help"])
            #expect(result.exitCode == 0)
            #expect(result.standardOutput.hasPrefix("OVERVIEW: "))
            #expect(result.standardOutput.contains("USAGE: matrisk register \(command) "))
            #expect(MatriskProcess.inProcess(["help", "register", command]).standardOutput == result.standardOutput)
        }
        let check = MatriskProcess.inProcess(["register", "check", "--help"]).standardOutput
        #expect(check.contains("  residual-above-inherent  residual score above the inherent score"))
        #expect(check.contains("  score-mismatch           a combined score that is not likelihood x impact"))
        #expect(check.split(separator: "\n").filter { !$0.hasPrefix("USAGE:") }.allSatisfy { $0.count <= 80 })
        #expect(
            MatriskProcess.inProcess(["--help"]).standardOutput.contains("  register                Check, roll up, compare and export"))
    }

    @Test func asOfDefaultsToTodayInTheUK() {
        // 23:30 UTC on 31 March 2027 is already 1 April in London (BST).
        let late = Date(timeIntervalSince1970: 1_806_535_800)
        let result = MatriskProcess.inProcess(["register", "check", "Scenarios/registers"], now: late)
        #expect(result.standardOutput.hasSuffix("as of 01/04/2027.\n"))
    }
}
