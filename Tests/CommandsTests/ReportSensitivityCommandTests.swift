import Foundation
import Testing

/// `matrisk report --sensitivity MEASURE`, run as the built executable: the pack gains the section
/// on what moves that outcome, the command that remakes the pack names it, and a mistyped outcome
/// is refused before anything is simulated, with no file written.
struct ReportSensitivityCommandTests {
    static let arguments = [
        "report", ReportOptionsCommandTests.small, "--variants", "", "--trials", "300", "--as-of", "2026-11-22",
    ]

    @Test func thePackGainsTheSectionAndItsRemakeCommandNamesIt() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = try MatriskProcess.subprocess(Self.arguments + ["--sensitivity", "central.reserves@end", "-o", out.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(PackReader(html: html).outline.contains { $0.hasPrefix("h2 What moves central reserves") })
        #expect(html.contains("--sensitivity</span> &#39;central.reserves@end&#39;"))
    }

    @Test func aMistypedOutcomeIsRefusedAndWritesNothing() throws {
        let folder = ReportCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = try MatriskProcess.subprocess(Self.arguments + ["--sensitivity", "central.reservs@end", "-o", out.path])
        #expect(result.exitCode == 64, "\(result.standardError)")
        #expect(result.standardError.contains("did you mean 'central.reserves'?"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
