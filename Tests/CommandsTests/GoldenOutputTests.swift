import Foundation
import Testing

/// The figures a board sees, pinned: every table of `simulate`, `compare` and `risks` on the
/// example scenario, as CSV, at its seed and 3,000 trials, byte for byte against the files in
/// `Fixtures/golden`. Any change to a stream key, a draw, a formula or a table's layout fails
/// here; when the change is meant, `MATRISK_UPDATE_GOLDEN=1 swift test` rewrites the files, and
/// the commit says why the figures moved.
struct GoldenOutputTests {
    struct Golden: Sendable, CustomTestStringConvertible {
        /// The file under `Fixtures/golden`.
        var file: String
        var arguments: [String]
        var testDescription: String { file }
    }

    static let trials = ["--trials", "3000"]

    static let all = [
        Golden(file: "simulate-growth.csv", arguments: ["simulate", "Scenarios/growth.json", "--format", "csv"] + trials),
        // A variant with planned joins, so the join draws and the templates' draws are pinned too.
        Golden(
            file: "simulate-grow-to-12.csv",
            arguments: ["simulate", "Scenarios/growth.json", "--variant", "grow-to-12-by-2031", "--format", "csv"] + trials),
        Golden(file: "compare-growth.csv", arguments: ["compare", "Scenarios/growth.json", "--format", "csv"] + trials),
        // Mitigation valuation reads the risk events one at a time, apart from the trial loop.
        Golden(file: "risks-growth.csv", arguments: ["risks", "Scenarios/growth.json", "--format", "csv"] + trials),
        // The reverse stress test re-derives the inputs from their keys and fits its boxes on the even trials.
        Golden(
            file: "stress-grow-to-12.csv",
            arguments: [
                "stress", "Scenarios/growth.json", "--variant", "grow-to-12-by-2031", "--when", "central.reserves@any < 0", "--format",
                "csv",
            ] + trials),
    ]

    static let folder = MatriskProcess.fixtures.appendingPathComponent("golden")

    @Test(arguments: all)
    func outputIsAsPinned(_ golden: Golden) throws {
        let result = MatriskProcess.inProcess(golden.arguments)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let url = Self.folder.appendingPathComponent(golden.file)
        if ProcessInfo.processInfo.environment["MATRISK_UPDATE_GOLDEN"] == "1" {
            try result.standardOutput.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let difference = Self.firstDifference(result.standardOutput, expected)
        #expect(
            difference == nil,
            "matrisk \(golden.arguments.joined(separator: " ")) no longer prints \(golden.file): \(difference ?? ""). Run MATRISK_UPDATE_GOLDEN=1 swift test to rewrite it after a deliberate change, and say why in the commit."
        )
    }

    /// The first line where `actual` and `expected` differ, both shown; nil when they are the same.
    static func firstDifference(_ actual: String, _ expected: String) -> String? {
        guard actual != expected else { return nil }
        // A CSV line ends in "\r\n", one Character, which a split on "\n" alone would not see.
        let a = actual.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let e = expected.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for line in 0..<max(a.count, e.count) where line >= a.count || line >= e.count || a[line] != e[line] {
            let got = line < a.count ? a[line] : "(no line)"
            let want = line < e.count ? e[line] : "(no line)"
            return "line \(line + 1) is\n  \(got)\nbut the snapshot has\n  \(want)"
        }
        return "the files differ"
    }
}
