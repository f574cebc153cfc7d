import Foundation
import Testing

/// `matrisk report`: the board pack made from the example scenario, checked for its structure,
/// for charts that agree with their tables, for escaping, for determinism and for size.
struct ReportCommandTests {
    /// The example pack at a fixed seed and a small number of futures, made once for every test.
    static let growthArguments = [
        "report", "Scenarios/growth.json", "--trials", "500", "--as-of", "2026-11-22", "--previous", "Scenarios/registers-last-term",
    ]
    static let growthPack: String = {
        let folder = temporaryFolder()
        let result = MatriskProcess.inProcess(growthArguments + ["-o", folder.appendingPathComponent("pack.html").path])
        precondition(result.exitCode == 0, result.standardError)
        return (try? String(contentsOf: folder.appendingPathComponent("pack.html"), encoding: .utf8)) ?? ""
    }()

    static func temporaryFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-pack-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let outlineFixture = MatriskProcess.fixtures.appendingPathComponent("pack/growth-outline.txt")

    @Test func theExamplePackHasEverySectionInOrderAsPinned() throws {
        let reader = PackReader(html: Self.growthPack)
        let outline = reader.outline + ["charts \(reader.chartCount)"]
        let text = outline.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["MATRISK_UPDATE_GOLDEN"] == "1" {
            try text.write(to: Self.outlineFixture, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.outlineFixture, encoding: .utf8)
        #expect(text == expected, "Run with MATRISK_UPDATE_GOLDEN=1 to rewrite \(Self.outlineFixture.path) after a deliberate change.")
        let sections = outline.filter { $0.hasPrefix("h2 ") }
        #expect(
            sections == [
                "h2 Contents", "h2 How to read this pack", "h2 The decision", "h2 Summary", "h2 What the simulation assumes",
                "h2 The finances year by year", "h2 Option grow-to-5-by-2028", "h2 Option grow-to-12-by-2031", "h2 Option top-slice-4",
                "h2 The options side by side", "h2 Where the risks sit", "h2 Trust risks and what the academies say",
                "h2 Above appetite and overdue", "h2 What moved since the last snapshot", "h2 What the risks could cost",
                "h2 The value of each mitigation", "h2 The numbers behind the charts",
            ])
    }

    @Test func aSweepAddsTheTopSliceCurveWithTheBoardsLimit() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = MatriskProcess.inProcess([
            "report", "Scenarios/top-slice.json", "--trials", "300", "--as-of", "2026-11-22", "--sweep", "trust.topSlicePercent=3..7:1",
            "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let reader = PackReader(html: html)
        #expect(reader.outline.contains("h2 The top-slice"))
        // The sentence is built from the measure's parts (what, when), not cut out of another sentence.
        #expect(html.contains("the chance of central reserves &lt; £0 in 2031/32 is at most 10%"))
        #expect(reader.outline.contains("figure line-sweep-chances line"))
        let table = try #require(reader.tables.first { $0.figure == "line-sweep-chances" })
        #expect(table.rows.map { $0[0] } == ["3%", "4%", "5%", "6%", "7%"])
        let bad = MatriskProcess.inProcess(["report", "Scenarios/top-slice.json", "--sweep", "trust.topSlicePercent=7..3", "-o", out.path])
        #expect(
            bad.exitCode == 64
                && bad.standardError.hasPrefix(
                    "Error: The value 'trust.topSlicePercent=7..3' is invalid for '--sweep <path=from..to[:step]>'")
        )
    }

    /// `--sensitivity` adds the tornado of the command of that name: what moves the outcome, the
    /// largest share of its spread said in a sentence, the bars in that order and their table.
    @Test func aSensitivityAddsWhatMovesTheOutcomeWithEachInputsShare() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = MatriskProcess.inProcess([
            "report", "Tests/CommandsTests/Fixtures/scenarios/one-yearly-risk.json", "--as-of", "2026-11-22", "--sensitivity",
            "trust.reserves@2027", "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let reader = PackReader(html: html)
        #expect(reader.outline.contains("h2 What moves trust reserves in 2027/28 (the mean)"))
        #expect(html.contains("explains 3") && html.contains("of the spread in trust reserves in 2027/28"))
        let table = try #require(
            reader.tables.first {
                $0.rows.first?.first?.hasPrefix("Risk R1, 2027/28") == true || $0.rows.first?.first?.hasPrefix("Risk R1") == true
            })
        #expect(Set(table.rows.map { String($0[0].prefix(16)) }) == ["Risk R1, 2025/26", "Risk R1, 2026/27", "Risk R1, 2027/28"])
        let bad = MatriskProcess.inProcess(["report", Self.growthArguments[1], "--sensitivity", "no.such@end", "-o", out.path])
        #expect(bad.exitCode != 0 && !bad.standardError.isEmpty)
    }

    @Test func aSweepOfAnAmountOfMoneyIsWrittenInPounds() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = MatriskProcess.inProcess([
            "report", "Scenarios/top-slice.json", "--trials", "200", "--as-of", "2026-11-22", "--sweep",
            "trust.centralCosts.fixed=300000..500000:100000", "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let reader = PackReader(html: try String(contentsOf: out, encoding: .utf8))
        #expect(reader.outline.contains("h2 Sweeping trust.centralCosts.fixed"))
        let table = try #require(reader.tables.first { $0.figure == "line-sweep-chances" })
        #expect(table.rows.map { $0[0] } == ["£300,000", "£400,000", "£500,000"])
    }

    @Test func everyMitigationThatPaysForItselfIsDrawnEvenWhenBarsAreLimited() throws {
        let tables = PackReader(html: Self.growthPack).tables
        let values = try #require(tables.first { $0.id == "mitigation-values" })
        let bars = try #require(tables.first { $0.figure == "bar-mitigation-net" })
        let paying = values.rows.filter { row in
            guard let net = row.last, net.hasPrefix("£") else { return false }
            return net != "£0"
        }.map { $0[0] }
        let drawn = bars.rows.map { $0[0].split(separator: " ")[0] }
        #expect(values.rows.count > bars.rows.count, "the example should have more mitigations than bars, or this test checks nothing")
        #expect(!paying.isEmpty)
        for id in paying { #expect(drawn.contains(Substring(id)), "\(id) pays for itself but has no bar") }
    }

    @Test func userTextIsShownAsTextNeverAsMarkup() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var scenario = try String(contentsOf: MatriskProcess.fixtures.appendingPathComponent("scenarios/small.json"), encoding: .utf8)
        scenario = scenario.replacingOccurrences(of: "\"name\": \"Oak Primary\"", with: "\"name\": \"\\\"Quotes\\\" & <tags> Academy\"")
        scenario = scenario.replacingOccurrences(
            of: "\"name\": \"Small trust\"", with: "\"name\": \"Trust </title><script>alert(2)</script>\"")
        try scenario.write(to: folder.appendingPathComponent("scenario.json"), atomically: true, encoding: .utf8)
        let risks = #"""
            Register,Risk ID,Title,Category,Owner,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Status,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope
            trust,T01,<script>alert(1)</script>,Technology,"O'Neil ""Ops"" & Co",3,4,2,4,Open,5%,"£50,000","£100,000","£250,000",each-academy
            trust,T02,Loss of the CFO,Governance,Chair,2,4,2,3,Open,10%,"£30,000","£60,000","£120,000",central
            oak,OAK-01,"Roof <b>leaks</b> & ""damp""",Estates,<i>SBM</i>,4,4,3,4,Open,,,,,

            """#
        try risks.write(to: folder.appendingPathComponent("trust-risks.csv"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("pack.html")
        let result = MatriskProcess.inProcess([
            "report", folder.appendingPathComponent("scenario.json").path, "--as-of", "2026-11-22", "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<tags>") && !html.contains("<b>leaks") && !html.contains("<i>SBM"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;Quotes&quot; &amp; &lt;tags&gt; Academy"))
        #expect(html.contains("O&#39;Neil &quot;Ops&quot; &amp; Co"))
        #expect(html.contains("Roof &lt;b&gt;leaks&lt;/b&gt; &amp; &quot;damp&quot;"))
        #expect(
            html.contains("<title>Board pack: Trust &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;, as of 22 November 2026</title>"))
    }

    @Test func theSameInputsGiveTheSameBytesOnOneThreadAndTwo() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for threads in ["1", "2"] {
            let out = folder.appendingPathComponent("pack-\(threads).html")
            let result = MatriskProcess.inProcess(Self.growthArguments + ["--threads", threads, "-o", out.path])
            #expect(result.exitCode == 0, "\(result.standardError)")
            files.append(try Data(contentsOf: out))
        }
        #expect(files[0] == files[1])
        #expect(files[0] == Data(Self.growthPack.utf8))
    }

    @Test func aThousandRiskRegisterGivesAPackUnderFiveMegabytes() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ThousandRisks.write(to: folder)
        let out = folder.appendingPathComponent("pack.html")
        let result = MatriskProcess.inProcess([
            "report", folder.appendingPathComponent("scenario.json").path, "--as-of", "2026-11-22", "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let size = try FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int ?? 0
        #expect(size > 100_000 && size < 5_000_000, "\(size) bytes")
        let reader = PackReader(html: try String(contentsOf: out, encoding: .utf8))
        #expect(reader.outline.contains("h2 Where the risks sit"))
        // Trust-wide residual and inherent, then both for the trust register and each of 40 academies.
        #expect(reader.outline.filter { $0.hasSuffix(" heat") }.count == 2 + 2 * 41)
        #expect(reader.html.contains("The trust register and 40 academy registers hold 1,000 open risks"))
    }

    @Test func anOutputThatIsAnInputIsRefusedAndNothingIsWritten() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["small.json", "trust-risks.csv"] {
            try FileManager.default.copyItem(
                at: MatriskProcess.fixtures.appendingPathComponent("scenarios/\(name)"), to: folder.appendingPathComponent(name))
        }
        let scenario = folder.appendingPathComponent("small.json").path
        for target in ["small.json", "trust-risks.csv"] {
            let path = folder.appendingPathComponent(target).path
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let result = MatriskProcess.inProcess(["report", scenario, "--as-of", "2026-11-22", "-o", path])
            #expect(result.exitCode == 73)
            #expect(
                result.standardError == "\(path): error: this is one of the input files; choose another output name so the input is kept.\n"
            )
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
        // Nor a file of the registers folder the example scenario reads, nor the earlier snapshot.
        for input in ["Scenarios/registers/trust.csv", "Scenarios/registers-last-term/policy.json"] {
            let result = MatriskProcess.inProcess(Self.growthArguments + ["-o", input])
            #expect(result.exitCode == 73, "\(input)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["small.json", "trust-risks.csv"])
    }

    @Test func withoutAnOutputFileItIsAUsageError() throws {
        let result = try MatriskProcess.subprocess(["report", "Scenarios/growth.json"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: Missing expected argument '--out <file>'\nUsage: matrisk report"))
        #expect(result.standardOutput.isEmpty)
        let help = MatriskProcess.inProcess(["report", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.contains("  -o, --out <file>        The HTML file to write (required)"))
        let missing = MatriskProcess.inProcess(["report", "Scenarios/no-such.json", "-o", "/tmp/x.html"])
        #expect(missing.exitCode == 66)
    }
}
