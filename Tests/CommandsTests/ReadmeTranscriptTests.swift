import Foundation
import Testing

/// The README cannot drift: every transcript it shows is run and compared (`.ci/readme` runs the
/// whole README with the release build, since its simulations take minutes in a debug build), and
/// the comparison itself fails when one figure changes.
struct ReadmeTranscriptTests {
    /// The binary `.ci/readme` gives (a release build); without it the whole README is not run here.
    static let binary = ProcessInfo.processInfo.environment["MATRISK_README_BINARY"].map { URL(fileURLWithPath: $0) }
    static let readme = MatriskProcess.packageRoot.appendingPathComponent("README.md")
    static let updating = ProcessInfo.processInfo.environment["MATRISK_UPDATE_GOLDEN"] == "1"

    @Test(.enabled(if: binary != nil, "run by .ci/readme with MATRISK_README_BINARY set to a release build"))
    func everyTranscriptPrintsWhatTheReadmeShows() throws {
        let binary = try #require(Self.binary)
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let outcome = try ReadmeTranscripts.check(text, binary: binary, repository: MatriskProcess.packageRoot)
        #expect(outcome.transcripts > 30)
        if Self.updating, outcome.updated != text {
            try outcome.updated.write(to: Self.readme, atomically: true, encoding: .utf8)
        }
        #expect(
            outcome.differences.isEmpty,
            "\(outcome.differences.count) README transcripts differ from what matrisk prints:\n\(outcome.differences.joined(separator: "\n"))\nRun MATRISK_UPDATE_GOLDEN=1 .ci/readme to rewrite them after a deliberate change, and say why in the commit."
        )
    }

    /// The README's register-check block (elided with `...` lines) and its exit-status block: fast
    /// enough for the debug build.
    static func registerBlocks() throws -> String {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let blocks = text.components(separatedBy: "```")
        let check = try #require(blocks.first { $0.contains("$ matrisk register check Scenarios/registers --as-of 2026-11-22\n") })
        let refusal = try #require(blocks.first { $0.contains("$ matrisk register rollup Tests/CommandsTests/Fixtures/bad/seven") })
        return "```" + check + "```\n\n```" + refusal + "```\n"
    }

    @Test func oneChangedFigureFailsTheCheckAndUpdatingMendsIt() throws {
        let blocks = try Self.registerBlocks()
        let binary = MatriskProcess.executable
        let root = MatriskProcess.packageRoot
        #expect(try ReadmeTranscripts.check(blocks, binary: binary, repository: root).differences.isEmpty)
        // Watched fail: a figure in a line shown after an elision, the last line before `echo $?`,
        // and the exit status.
        for (figure, changed) in [
            ("3×5=15) and has no mitigation", "3×5=16) and has no mitigation"), ("3 errors and 30 warnings", "3 errors and 31 warnings"),
            ("$ echo $?\n65", "$ echo $?\n64"),
        ] {
            #expect(blocks.contains(figure))
            let drifted = blocks.replacingOccurrences(of: figure, with: changed)
            let outcome = try ReadmeTranscripts.check(drifted, binary: binary, repository: root)
            #expect(outcome.differences.count == 1, "\(changed)")
            #expect(outcome.updated == blocks, "updating restores \(figure)")
        }
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var shown: [String]
        var matches: Bool
        var testDescription: String { name }
    }

    static let printed = ["title", "a 1", "b 2", "c 3", "d 4", "total 10"]

    static let rows = [
        Row(name: "the same lines", shown: printed, matches: true),
        Row(name: "one figure changed", shown: ["title", "a 1", "b 2", "c 9", "d 4", "total 10"], matches: false),
        Row(name: "a prefix, then elided", shown: ["title", "a 1", "..."], matches: true),
        Row(name: "a changed figure in the prefix", shown: ["title", "a 7", "..."], matches: false),
        Row(name: "elided, then a suffix", shown: ["…", "d 4", "total 10"], matches: true),
        Row(name: "a changed figure in the suffix", shown: ["…", "d 4", "total 11"], matches: false),
        Row(name: "a suffix that is not the end", shown: ["…", "c 3", "d 4"], matches: false),
        Row(name: "a prefix that is not the start", shown: ["a 1", "b 2", "..."], matches: false),
        Row(name: "prefix, middle and suffix", shown: ["title", "...", "c 3", "...", "total 10"], matches: true),
        Row(name: "a changed middle line", shown: ["title", "...", "c 4", "...", "total 10"], matches: false),
        Row(name: "lines out of order", shown: ["title", "...", "d 4", "...", "c 3", "total 10"], matches: false),
        Row(name: "a line shown that is not printed", shown: ["title", "...", "e 5", "..."], matches: false),
        Row(name: "a shorter run", shown: ["title", "a 1"], matches: false),
    ]

    @Test(arguments: rows)
    func elidedOutputIsComparedOnTheLinesShown(_ row: Row) {
        #expect(ReadmeTranscripts.matches(shown: row.shown, printed: Self.printed) == row.matches)
    }

    @Test func updatingAnElidedBlockKeepsItsShape() {
        let shown = ["title", "...", "c 9", "...", "total 11"]
        #expect(ReadmeTranscripts.updated(shown: shown, printed: Self.printed) == ["title", "...", "c 3", "...", "total 10"])
    }
}
