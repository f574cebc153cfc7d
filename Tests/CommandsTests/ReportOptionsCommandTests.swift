import Foundation
import Testing

/// `matrisk report` with several options, run as the built executable: the pack opens with the
/// decision page, is the same byte for byte on any number of threads, and a bad option is
/// refused with a sentence, exit 64 and no file.
struct ReportOptionsCommandTests {
    static let small = "Tests/CommandsTests/Fixtures/scenarios/small.json"
    static let options = [
        "report", small, "--variants", "slice-4,same", "--option", "dearer centre:trust.centralCosts.fixed*=2", "--trials", "300",
        "--as-of", "2026-11-22",
    ]

    @Test func aPackOfSeveralOptionsOpensWithTheDecisionPage() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = try MatriskProcess.subprocess(Self.options + ["-o", out.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let sections = PackReader(html: html).outline.filter { $0.hasPrefix("h2 ") }
        #expect(Array(sections.prefix(3)) == ["h2 Contents", "h2 How to read this pack", "h2 The decision"])
        // The first option's summary and outlook, then a page for each other option, then the detail; registers once.
        let after = try #require(sections.firstIndex(of: "h2 The finances year by year"))
        #expect(
            Array(sections[after...].prefix(5)) == [
                "h2 The finances year by year", "h2 Option slice-4", "h2 Option same", "h2 Option dearer centre",
                "h2 The options side by side",
            ])
        #expect(sections.filter { $0 == "h2 Where the risks sit" }.count <= 1)
        // The decision in a sentence: a dearer centre runs out more often; the identical variant is said to be the same.
        #expect(html.contains("Compared with the base, slice-4 makes it"))
        #expect(html.contains("dearer centre makes it"))
        #expect(html.contains("same gives the same figures as the base in every future"))
        #expect(html.contains("Chance central reserves &lt; £0 (any year)"))
        // The command that remakes the pack names every option.
        #expect(
            html.contains(
                "--variants</span> slice-4,same <span class=\"option\">--option</span> &#39;dearer centre:trust.centralCosts.fixed*=2&#39;")
        )
    }

    @Test func aPackOfSeveralOptionsIsTheSameOnOneAndTwoThreads() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var packs: [Data] = []
        for threads in ["1", "2"] {
            let out = folder.appendingPathComponent("pack-\(threads).html")
            let result = try MatriskProcess.subprocess(Self.options + ["--threads", threads, "-o", out.path])
            #expect(result.exitCode == 0, "\(result.standardError)")
            packs.append(try Data(contentsOf: out))
        }
        #expect(packs[0] == packs[1] && !packs[0].isEmpty)
    }

    @Test func aBadOptionIsRefusedWithASentenceAndWritesNothing() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let cases: [([String], String)] = [
            (["--option", "pay+1"], "write NAME:path=value"),
            (["--option", "pay:economy.payAwardPercent~1"], "is not path=value"),
            (["--variant", "slice-4", "--option", "pay:economy.payAwardPercent+=1"], "--variant makes the pack of one variant alone"),
            (["--variants", "slice-4", "--option", "slice-4:trust.topSlicePercent=3"], "is the name of a scenario already compared"),
            (["--variants", "", "--metric", "P(central.reserves@any < 0)"], "needs two or more options"),
        ]
        for (arguments, sentence) in cases {
            let result = try MatriskProcess.subprocess(["report", Self.small, "--trials", "100"] + arguments + ["-o", out.path])
            #expect(result.exitCode == 64, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains(sentence), "\(arguments): \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(arguments) wrote a pack")
        }
    }

    @Test func aSweepOfSeveralOptionsDrawsACurveForEachWithItsExactTable() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = MatriskProcess.inProcess([
            "report", Self.small, "--variants", "slice-4", "--option", "dearer:trust.centralCosts.fixed*=2", "--trials", "200",
            "--as-of", "2026-11-22", "--sweep", "trust.topSlicePercent=3..7:2", "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let reader = PackReader(html: try String(contentsOf: out, encoding: .utf8))
        #expect(reader.outline.contains("figure line-sweep-options line"))
        let table = try #require(reader.tables.first { $0.figure == "line-sweep-options" })
        // A row for each value swept; for each option its chance and 95% interval, the base first.
        #expect(table.rows.count == 3)
        #expect(table.headings.contains("base") && table.headings.contains("slice-4") && table.headings.contains("dearer"))
    }
}
