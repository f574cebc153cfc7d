import Foundation
import Testing

/// `matrisk report --stress CONDITION`, run as the built executable: the pack gains the section on
/// what would have to go wrong, with its chart and warning-sign table, the command that remakes
/// the pack names it, and a condition that is not an event is refused with no file written.
struct ReportStressCommandTests {
    static let arguments = [
        "report", StressCommandTests.oneRisk, "--trials", "1000", "--as-of", "2026-11-22",
    ]

    @Test func thePackGainsTheSectionAndItsRemakeCommandNamesIt() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = try MatriskProcess.subprocess(Self.arguments + ["--stress", "central.reserves@2025 < -240k", "-o", out.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let pack = PackReader(html: html)
        #expect(pack.outline.contains { $0.hasPrefix("h2 What would have to go wrong for central reserves") })
        #expect(pack.svg("bar-stress") != nil)
        #expect(html.contains("Warning signs in the failing futures"))
        #expect(html.contains("--stress</span> &#39;central.reserves@2025 &lt; "))
    }

    /// A pack of several options: the decision page says what breaks each, one sentence an option.
    @Test func theDecisionPageSaysWhatBreaksEachOption() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = try MatriskProcess.subprocess([
            "report", ReportOptionsCommandTests.small, "--trials", "400", "--as-of", "2026-11-22", "--stress", "central.reserves@any < 0",
            "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let decision = try #require(html.range(of: "What breaks each option"))
        let page = String(html[decision.lowerBound...].prefix(4000))
        #expect(page.contains("The base: it happens in"))
        #expect(
            html.contains("<h2>What would have to go wrong for central reserves")
                || PackReader(html: html).outline.contains {
                    $0.hasPrefix("h2 What would have to go wrong")
                })
    }

    @Test func aConditionThatIsNotAnEventIsRefusedAndWritesNothing() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = try MatriskProcess.subprocess(Self.arguments + ["--stress", "central.reserves@2025", "-o", out.path])
        #expect(result.exitCode != 0 && !result.standardError.isEmpty, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
