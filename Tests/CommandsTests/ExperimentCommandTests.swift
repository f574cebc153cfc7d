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

    /// `solve` for the top-slice of the small scenario meeting `target`, searched over `range`.
    func solveTopSlice(_ target: String, range: String, trials: Int? = nil) -> RunResult {
        let trialCount = trials.map { ["--trials", String($0)] } ?? []
        return run(["solve", Self.small, "--param", "trust.topSlicePercent", "--target", target, "--range", range] + trialCount)
    }

    func rows(_ object: [String: Any], _ table: String) throws -> [[String: Any]] {
        let tables = try #require(object["tables"] as? [String: [String: Any]])
        return try #require(tables[table]?["rows"] as? [[String: Any]])
    }

    @Test func compareShowsEveryVariantAndAnIdenticalOneDiffersByExactlyZero() throws {
        let text = run(["compare", Self.small]).standardOutput
        #expect(text.contains("Comparing 4 scenarios"))
        #expect(run(["compare", Self.small, "--variants", ""]).standardOutput.hasPrefix("Comparing 1 scenario\n"))
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

    /// "Base vs base + change" in one command: the base's rows are byte for byte those of a
    /// plain run, and the option is the base with its edits (after any --set, which the report
    /// says changed the base too).
    @Test func compareWithAnAdHocOptionLeavesTheBaseByteIdentical() throws {
        func baseRows(_ words: [String]) -> [Substring] {
            let result = run(["compare", Self.small, "--variants", "", "--format", "csv"] + words)
            #expect(result.exitCode == 0, "\(result.standardError)")
            return result.standardOutput.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("base,") }
        }
        let plain = baseRows([])
        #expect(plain.count == 10)
        #expect(baseRows(["--option", "pay+1 unfunded:economy.payAwardPercent+=1,economy.payGrantCoveragePercent=0"]) == plain)
        let text = run(["compare", Self.small, "--variants", "", "--option", "pay+1:economy.payAwardPercent+=1"]).standardOutput
        #expect(text.contains("pay+1: Small trust, with economy.payAwardPercent+=1."))
        #expect(!text.contains("--set changed every scenario"))
        let object = try json(["compare", Self.small, "--variants", "", "--option", "pay+1:economy.payAwardPercent+=1"])
        let pay = try rows(object, "comparison").filter { $0["scenario"] as? String == "pay+1" }
        let reserves = try #require(pay.first { $0["measure"] as? String == "mean(trust.reserves@end)" }?["difference"] as? Double)
        #expect(reserves < 0)
        let withSet = run([
            "compare", Self.small, "--variants", "", "--set", "trust.topSlicePercent=4", "--option", "pay+1:economy.payAwardPercent+=1",
        ])
        #expect(withSet.standardOutput.contains("--set changed every scenario above, the base included: trust.topSlicePercent=4."))
        let malformed = run(["compare", Self.small, "--option", "economy.payAwardPercent+=1"])
        #expect(malformed.exitCode == 64 && malformed.standardError.contains("write NAME:path=value[,path+=x…]"))
        let clash = run(["compare", Self.small, "--option", "slice-4:trust.topSlicePercent=4"])
        #expect(clash.exitCode == 64 && clash.standardError.contains("--option 'slice-4' is the name of a scenario already compared"))
        let badValue = run(["compare", Self.small, "--option", "low:trust.topSlicePercent-=9"])
        #expect(badValue.exitCode == 65 && badValue.standardError.contains("in option 'low' (--option): trust.topSlicePercent"))
    }

    @Test func setShiftsAFieldOnTheCommandLine() throws {
        let plain = run(["simulate", Self.small, "--format", "json"])
        let shifted = run(["simulate", Self.small, "--format", "json", "--set", "economy.payAwardPercent+=1"])
        #expect(shifted.exitCode == 0 && shifted.standardOutput != plain.standardOutput)
        let twice = run([
            "simulate", Self.small, "--format", "json", "--set", "economy.payAwardPercent+=0.5", "--set", "economy.payAwardPercent+=0.5",
        ])
        #expect(twice.standardOutput == shifted.standardOutput)
        let unknown = run(["simulate", Self.small, "--set", #"economy.payAwardPercent={"fixed": 4.5}"#])
        #expect(unknown.exitCode == 65)
        #expect(unknown.standardError.contains("economy.payAwardPercent: 'fixed' is not a distribution form; write a plain number"))
    }

    @Test func solveTakesATargetOverTheYears() throws {
        let found = solveTopSlice("P(central.reserves@any < 0) <= 10%", range: "0..15")
        #expect(found.exitCode == 0, "\(found.standardOutput)\(found.standardError)")
        #expect(found.standardOutput.contains("The smallest trust.topSlicePercent that meets P(central.reserves@any < 0) <= 10% is "))
        #expect(found.standardOutput.contains("Chance central reserves < £0 (any year)"))
        let metric = try json([
            "compare", Self.small, "--variants", "", "--metric", "P(central.reserves@any < 0)", "--metric", "mean(min(central.reserves))",
        ])
        let labels = try rows(metric, "comparison").compactMap { $0["label"] as? String }
        #expect(labels == ["Chance central reserves < £0 (any year)", "Central reserves, mean (its lowest year)"])
        let refused = run(["compare", Self.small, "--metric", "mean(central.reserves@any)"])
        #expect(refused.exitCode == 64 && refused.standardError.contains("@any and @all say whether an event happens"))
    }

    /// The acceptance checks of paired percentile intervals: a scenario compared with itself
    /// differs by exactly zero, and one whose every trial is £50,000 higher by exactly £50,000,
    /// both with no width (before, the unpaired formula gave about ±£66.7k and ±£1.8k).
    @Test func percentileDifferencesArePairedAndExactWhereTheTrialsAre() throws {
        let work = try TemporaryFolder()
        let scenarios = MatriskProcess.packageRoot.appendingPathComponent("Scenarios").path
        let shifted = try String(contentsOfFile: "\(scenarios)/growth.json", encoding: .utf8)
            .replacingOccurrences(of: #""centralReserves": 250000"#, with: #""centralReserves": 300000"#)
            .replacingOccurrences(of: #""folder": "registers""#, with: #""folder": "\#(scenarios)/registers""#)
            .replacingOccurrences(of: #""registers-templates/"#, with: #""\#(scenarios)/registers-templates/"#)
        let shiftedPath = work.url.appendingPathComponent("plus-50k.json").path
        try shifted.write(toFile: shiftedPath, atomically: true, encoding: .utf8)
        let result = run([
            "compare", "Scenarios/growth.json", "Scenarios/growth.json", shiftedPath, "--variants", "", "--trials", "1000", "--metric",
            "median(trust.reserves@end)",
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let differences = try #require(result.standardOutput.components(separatedBy: "Difference from base").last)
        let row = try #require(differences.split(separator: "\n").first { $0.contains("Trust reserves, median (2031/32)") })
        #expect(
            row.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.dropFirst() == [
                "no difference (exactly)", "+£50.0k (exactly)",
            ], "\(differences)")
        #expect(result.standardOutput.contains("A percentile's difference takes its interval from a paired bootstrap: 1,000 resamples"))
    }

    @Test func eachDifferenceSaysWhichIntervalMethodItUsed() throws {
        // Watched fail before: the CSV and JSON had no field saying so.
        let object = try json([
            "compare", Self.small, "--trials", "200", "--metric", "median(trust.reserves@end)", "--metric", "P(central.reserves@end < 0)",
            "--metric", "mean(trust.reserves@end)",
        ])
        let methods = try rows(object, "comparison").map { "\($0["measure"] ?? "") \($0["intervalMethod"] ?? "")" }
        #expect(
            Set(methods) == [
                "P50(trust.reserves@end) paired bootstrap", "P(central.reserves@end < 0) paired normal",
                "mean(trust.reserves@end) paired normal",
            ])
        // Under a replicated Latin hypercube a mean's error comes from the blocks.
        let lhs = try json([
            "compare", "Scenarios/top-slice.json", "--variants", "", "--option", "a:trust.topSlicePercent=4", "--trials", "1000",
            "--metric",
            "mean(trust.reserves@end)",
        ])
        #expect(try rows(lhs, "comparison").allSatisfy { $0["intervalMethod"] as? String == "paired normal, replicated LHS blocks" })
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
        let found = solveTopSlice("P(central.reserves@end < 0) <= 10%", range: "0..15", trials: 1000)
        #expect(found.exitCode == 0, "\(found.standardOutput)\(found.standardError)")
        #expect(found.standardOutput.contains("The smallest trust.topSlicePercent that meets P(central.reserves@end < 0) <= 10% is "))
        #expect(found.standardOutput.contains("Confirmed on a fresh seed"))
        let none = solveTopSlice("P(central.reserves@end < 0) <= 10%", range: "0..1")
        #expect(none.exitCode == 1)
        #expect(none.standardOutput.contains("No value of trust.topSlicePercent from 0.00 to 1.00 meets"))
        let badRange = solveTopSlice("P(central.reserves@end < 0) <= 10%", range: "5..1")
        #expect(badRange.exitCode == 64)
    }

    /// On seed 2 with 300 trials the fresh seed's one-sided 95% bound at the search's answer misses
    /// the target: the search would have refused it, so the fresh seed does, and the answer moves on
    /// to the first value both seeds accept.
    @Test func solveConfirmsByTheOneSidedBoundItSearchedBy() {
        let result = run([
            "solve", "Scenarios/top-slice.json", "--param", "trust.topSlicePercent", "--target", "P(central.reserves@end < 0) <= 10%",
            "--range", "0..15", "--trials", "300", "--seed", "2", "--tolerance", "0.05",
        ])
        #expect(result.exitCode == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(
            result.standardOutput.contains(
                "The search's first answer, 5.01, was refused on a fresh seed (39065070939631057): there the estimate is 10.3% ±1.4% "
                    + "and its bound misses the target"))
        #expect(
            result.standardOutput.contains("Confirmed on that seed: 5.7% ±1.3%; its one-sided 95% upper bound, 7.84%, meets the target"))
    }

    @Test func sensitivityDrawsATornadoAndHelpListsTheOutputNames() throws {
        let result = run(["sensitivity", Self.small, "--output", "central.reserves@end"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("what moves central reserves in 2028/29 (the mean)"))
        #expect(result.standardOutput.contains("█"))
        let tornado = try rows(try json(["sensitivity", Self.small]), "tornado")
        #expect(
            Set(tornado.compactMap { $0["id"] as? String }).isSuperset(of: [
                "economy.payAwardPercent@2027", "rollChange.oak@2027", "risk.T01@oak@2026", "join.brook",
            ]))
        let indices = tornado.compactMap { $0["index"] as? Double }
        #expect(indices.count == tornado.count && indices == indices.sorted(by: >))
        for command in ["compare", "sweep", "solve", "sensitivity"] {
            let help = run([command, "--help"]).standardOutput
            #expect(help.contains("OUTPUT NAMES:") && help.contains("central.reserves@2029"), "\(command)")
        }
    }

    /// Trust reserves in 2027/28 fall pound for pound with the boiler repairs of 2025/26 to
    /// 2027/28 (one-yearly-risk.json): each of those years' repairs explains a third of their
    /// spread, and its swing is −£80,000 × (E[B | B ≥ q₀.₉] − E[B | B ≤ q₀.₁]) for B ~ Beta(3, 3),
    /// −£51,318.69 by scipy's quad; the repairs of later years cannot move it and are left out.
    @Test func sensitivityAttributesAYearlyInputToItsOwnYear() throws {
        let scenario = "Tests/CommandsTests/Fixtures/scenarios/one-yearly-risk.json"
        let tornado = try rows(try json(["sensitivity", scenario, "--output", "trust.reserves@2027"]), "tornado")
        let risks = tornado.filter { ($0["id"] as? String)?.hasPrefix("risk.") == true }
        #expect(Set(risks.compactMap { $0["id"] as? String }) == ["risk.R1@2025", "risk.R1@2026", "risk.R1@2027"])
        for row in risks {
            let swing = try #require(row["swing"] as? Double)
            let index = try #require(row["index"] as? Double)
            let error = try #require(row["indexStandardError"] as? Double)
            #expect(abs(swing + 51_318.69) < 4_500, "\(row)")
            #expect(abs(index - 1.0 / 3) <= 3 * error + 0.01, "\(row)")
        }
        let text = run(["sensitivity", scenario, "--output", "trust.reserves@2027"]).standardOutput
        #expect(text.contains("Risk R1, 2027/28: Boiler fails"), "\(text)")
        #expect(text.contains("of the spread in trust reserves in 2027/28"), "\(text)")
    }

    /// A bad --top is a usage error found before anything is read or simulated.
    @Test func sensitivityChecksTopBeforeItSimulates() {
        let result = run(["sensitivity", "Tests/CommandsTests/Fixtures/scenarios/no-such-file.json", "--top", "0"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: The value '0' is invalid for '--top <n>': expected a whole number from 1 to 1000"))
    }

    @Test func risksGivesReservesAndTheValueOfEachMitigation() throws {
        let object = try json(["risks", "Scenarios/growth.json", "--trials", "1000"])
        let reserves = try rows(object, "contingencies")
        #expect(reserves.first?["name"] as? String == "Trust-wide" && reserves.count == 5)
        #expect(reserves.allSatisfy { ($0["contingencyP95"] as? Double ?? 0) >= ($0["contingencyP80"] as? Double ?? 0) })
        let values = try rows(object, "mitigation-values")
        let simulated = values.filter { $0["netPerYear"] is Double }
        let nets = simulated.compactMap { $0["netPerYear"] as? Double }
        #expect(nets == nets.sorted(by: >))
        #expect(values.last?["mitigation"] as? String == "M35")  // retired: listed last, not simulated
    }
}
