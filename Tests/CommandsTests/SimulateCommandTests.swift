import Foundation
import Testing

/// `matrisk simulate` on a small scenario and on the example scenarios, as a board member or
/// finance director runs it.
struct SimulateCommandTests {
    static let small = "Tests/CommandsTests/Fixtures/scenarios/small.json"

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    @Test func textOutputHasSentencesTheYearTableAcademiesAndRisks() {
        let result = run(["simulate", Self.small])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.hasPrefix("Small trust\n===========\n\n500 trials, seed 11, 2026/27 to 2028/29, top-slice 5.0% of GAG.\n"))
        #expect(text.contains("chance that central reserves are below zero") || text.contains("Central reserves stay above zero"))
        #expect(text.contains("By 2028/29 the trust's reserves are most likely about £"))
        #expect(text.contains("The trust year by year"))
        #expect(text.contains("  Brook Primary"))
        #expect(text.contains("  T01   Cyber attack"))
        #expect(result.standardError.isEmpty)
    }

    @Test func sentencesCarryTheirStandardErrors() {
        let text = run(["simulate", Self.small]).standardOutput
        let sentences = text.components(separatedBy: "\n\n").filter { $0.contains("chance") }
        #expect(!sentences.isEmpty)
        for sentence in sentences where sentence.contains("%") { #expect(sentence.contains("(±"), "\(sentence)") }
    }

    @Test func oneAndTwoThreadsPrintTheSameBytes() {
        for format in ["text", "json", "csv"] {
            let one = run(["simulate", Self.small, "--threads", "1", "--format", format])
            let two = run(["simulate", Self.small, "--threads", "2", "--format", format])
            #expect(one.exitCode == 0 && one.standardOutput == two.standardOutput, "\(format)")
        }
    }

    @Test func jsonCarriesEveryTable() throws {
        let json = run(["simulate", Self.small, "--format", "json"]).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: [String: Any]])
        #expect(
            Set(tables.keys) == [
                "by-year", "academies", "risks", "risk-losses", "distributions", "probabilities", "academy-years", "loss-exceedance",
            ])
        let distributions = try #require(tables["distributions"]?["rows"] as? [[String: Any]])
        #expect(distributions.count == 3 * 15)
        let first = try #require(distributions.first)
        #expect(first["figure"] as? String == "trust.reserves" && first["meanStandardError"] is Double && first["p50"] is Double)
        let summary = try #require(object["summary"] as? [String])
        #expect((3...7).contains(summary.count))
    }

    @Test func outWritesOneCSVPerTableAndNeverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["simulate", Self.small, "--out", folder.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            files == [
                "academies.csv", "academy-years.csv", "by-year.csv", "distributions.csv", "loss-exceedance.csv",
                "probabilities.csv", "risk-losses.csv", "risks.csv",
            ])
        let byYear = try String(contentsOf: folder.appendingPathComponent("by-year.csv"), encoding: .utf8)
        #expect(byYear.hasPrefix("Year,Academies,Trust reserves P50,P5,P95,% of income,"))
        #expect(byYear.contains("P(central < £0) s.e."))
    }

    @Test func variantsOverridesAndSeedsChangeWhatTheySay() {
        let base = run(["simulate", Self.small, "--format", "csv"]).standardOutput
        #expect(run(["simulate", Self.small, "--format", "csv", "--variant", "slice-4"]).standardOutput != base)
        #expect(
            run(["simulate", Self.small, "--format", "csv", "--set", "trust.topSlicePercent=4"]).standardOutput
                == run(["simulate", Self.small, "--format", "csv", "--variant", "slice-4"]).standardOutput)
        #expect(run(["simulate", Self.small, "--format", "csv", "--seed", "12"]).standardOutput != base)
        let unknown = run(["simulate", Self.small, "--variant", "slcie-4"])
        #expect(unknown.exitCode == 65)
        #expect(
            unknown.standardError
                == "Tests/CommandsTests/Fixtures/scenarios/small.json: error: the scenario has no variant 'slcie-4' (did you mean 'slice-4'?); it defines 'slice-4', 'stay', 'same'.\n"
        )
    }

    /// Bad scenario files are in the bad-input catalogue (BadInputCatalogueTests); a bad number on
    /// the command line is a usage error instead.
    @Test func aBadTrialCountOnTheCommandLineIsAUsageError() throws {
        let badTrials = try MatriskProcess.subprocess(["simulate", Self.small, "--trials", "0"])
        #expect(badTrials.exitCode == 64)
        #expect(
            badTrials.standardError.hasPrefix(
                "Error: The value '0' is invalid for '--trials <n>': expected a whole number from 1 to 10000000"))
        #expect(badTrials.standardOutput.isEmpty)
    }
}
