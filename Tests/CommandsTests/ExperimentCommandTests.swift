import Foundation
import Testing

/// compare, sweep, solve, sensitivity and risks as the board and finance director run them.
struct ExperimentCommandTests {
    static let small = "Tests/CommandsTests/Fixtures/scenarios/small.json"

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    func json(_ words: [String]) throws -> [String: Any] {
        let result = run(words + ["--format", "json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    func rows(_ object: [String: Any], _ table: String) throws -> [[String: Any]] {
        let tables = try #require(object["tables"] as? [String: [String: Any]])
        return try #require(tables[table]?["rows"] as? [[String: Any]])
    }

    @Test func compareShowsEveryVariantAndAnIdenticalOneDiffersByExactlyZero() throws {
        let text = run(["compare", Self.small]).standardOutput
        #expect(text.contains("Comparing 4 scenarios"))
        #expect(text.contains("Difference from base (95% interval)"))
        let object = try json(["compare", Self.small, "--variants", "same,slice-4"])
        let same = try rows(object, "comparison").filter { $0["scenario"] as? String == "same" }
        #expect(same.count == 10)
        for row in same { #expect(row["difference"] as? Double == 0 && row["differenceStandardError"] as? Double == 0) }
        let slice = try rows(object, "comparison").filter { $0["scenario"] as? String == "slice-4" }
        let central = try #require(slice.first { $0["measure"] as? String == "mean(central.reserves@end)" }?["difference"] as? Double)
        let academies = try #require(slice.first { $0["measure"] as? String == "mean(academies.reserves@end)" }?["difference"] as? Double)
        #expect(central < 0 && abs(central + academies) < 1e-6 * abs(central))
    }

    @Test func compareTakesOtherFilesAndNamedMetrics() throws {
        let object = try json(["compare", Self.small, Self.small, "--variants", "", "--metric", "P(trust below target@2027)"])
        let rows = try rows(object, "comparison")
        #expect(rows.map { $0["scenario"] as? String } == ["base", Self.small])
        #expect(rows[1]["difference"] as? Double == 0)
    }

    @Test func sweepRunsEveryValueAndRejectsABadRange() throws {
        let object = try json(["sweep", Self.small, "--param", "trust.topSlicePercent", "--from", "2", "--to", "8", "--step", "2"])
        let values = try rows(object, "sweep").map { $0["value"] as? Double }
        #expect(values == [2, 4, 6, 8])
        let backwards = run(["sweep", Self.small, "--param", "trust.topSlicePercent", "--from", "8", "--to", "2", "--step", "1"])
        #expect(backwards.exitCode == 64 && backwards.standardError.hasPrefix("Error: --to (2) must not be below --from (8)."))
        let missing = run(["sweep", Self.small, "--from", "2", "--to", "8", "--step", "1"])
        #expect(missing.exitCode == 64 && missing.standardError.hasPrefix("Error: Missing expected argument '--param <path>'"))
        let notAField = run(["sweep", Self.small, "--param", "trust.topSlicePercnt", "--from", "2", "--to", "3", "--step", "1"])
        #expect(
            notAField.exitCode == 65
                && notAField.standardError.contains("unknown field 'topSlicePercnt' in trust; did you mean 'topSlicePercent'?"))
        let badMetric = run([
            "sweep", Self.small, "--param", "trust.topSlicePercent", "--from", "2", "--to", "3", "--step", "1", "--metric",
            "P(central.reserve < 0)",
        ])
        #expect(
            badMetric.exitCode == 64
                && badMetric.standardError.contains("'central.reserve' is not an output (did you mean 'central.reserves'?)"))
    }

    @Test func solveAnswersOrSaysNoValueMeetsTheTarget() throws {
        let found = run([
            "solve", Self.small, "--param", "trust.topSlicePercent", "--target", "P(central.reserves@end < 0) <= 10%", "--range", "0..15",
        ])
        #expect(found.exitCode == 0, "\(found.standardOutput)\(found.standardError)")
        #expect(found.standardOutput.contains("The smallest trust.topSlicePercent that meets P(central.reserves@end < 0) <= 10% is "))
        #expect(found.standardOutput.contains("Confirmed on a fresh seed"))
        let none = run([
            "solve", Self.small, "--param", "trust.topSlicePercent", "--target", "P(central.reserves@end < 0) <= 10%", "--range", "0..1",
        ])
        #expect(none.exitCode == 1)
        #expect(none.standardOutput.contains("No value of trust.topSlicePercent from 0.00 to 1.00 meets"))
        let badRange = run([
            "solve", Self.small, "--param", "trust.topSlicePercent", "--target", "P(central.reserves@end < 0) <= 10%", "--range", "5..1",
        ])
        #expect(badRange.exitCode == 64)
    }

    @Test func sensitivityDrawsATornadoAndHelpListsTheOutputNames() throws {
        let result = run(["sensitivity", Self.small, "--output", "central.reserves@end"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("what moves central reserves in 2028/29 (the mean)"))
        #expect(result.standardOutput.contains("█"))
        let tornado = try rows(try json(["sensitivity", Self.small]), "tornado")
        #expect(
            Set(tornado.compactMap { $0["id"] as? String }).isSuperset(of: [
                "economy.payAwardPercent", "rollChange.oak", "risk.T01", "join.brook",
            ]))
        let swings = tornado.compactMap { $0["swing"] as? Double }.map(abs)
        #expect(swings == swings.sorted(by: >))
        for command in ["compare", "sweep", "solve", "sensitivity"] {
            let help = run([command, "--help"]).standardOutput
            #expect(help.contains("OUTPUT NAMES:") && help.contains("central.reserves@2029"), "\(command)")
        }
    }

    /// A bad --top is a usage error found before anything is read or simulated.
    @Test func sensitivityChecksTopBeforeItSimulates() {
        let result = run(["sensitivity", "Tests/CommandsTests/Fixtures/scenarios/no-such-file.json", "--top", "0"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: The value '0' is invalid for '--top <n>': expected a whole number from 1 to 1000"))
    }

    @Test func risksGivesReservesAndTheValueOfEachMitigation() throws {
        let object = try json(["risks", "Scenarios/growth.json", "--trials", "1000"])
        let reserves = try rows(object, "risk-based-reserves")
        #expect(reserves.first?["name"] as? String == "Trust-wide" && reserves.count == 5)
        #expect(reserves.allSatisfy { ($0["covering95"] as? Double ?? 0) >= ($0["covering80"] as? Double ?? 0) })
        let values = try rows(object, "mitigation-values")
        let simulated = values.filter { $0["netPerYear"] is Double }
        let nets = simulated.compactMap { $0["netPerYear"] as? Double }
        #expect(nets == nets.sorted(by: >))
        #expect(values.last?["mitigation"] as? String == "M35")  // retired: listed last, not simulated
    }
}
