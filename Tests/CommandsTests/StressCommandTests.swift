import Foundation
import Testing

/// `matrisk stress --when` as the board runs it: what the failing futures have in common.
struct StressCommandTests {
    static let oneRisk = "Tests/CommandsTests/Fixtures/scenarios/one-yearly-risk.json"
    static let payAndJoin = "Tests/CommandsTests/Fixtures/scenarios/pay-and-join.json"
    static let unexplained = "Tests/CommandsTests/Fixtures/scenarios/unexplained-join-roll.json"

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    func tables(_ words: [String]) throws -> [String: [[String: Any]]] {
        try tables(of: run(words + ["--format", "json"]))
    }

    /// The rows of each table in a run's JSON output.
    func tables(of result: RunResult) throws -> [String: [[String: Any]]] {
        #expect(result.exitCode == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: [String: Any]])
        return tables.compactMapValues { $0["rows"] as? [[String: Any]] }
    }

    /// Central reserves in 2025/26 are a constant less that year's boiler repair, so they are
    /// below -£240k exactly when the repair is above a threshold (about £56k): the box is that one limit.
    @Test func findsTheOneInputThatMakesTheFailure() throws {
        let tables = try tables(["stress", Self.oneRisk, "--when", "central.reserves@2025 < -240k"])
        let boxes = try #require(tables["boxes"])
        #expect(boxes.count == 1, "\(boxes)")
        let box = try #require(boxes.first)
        #expect(box["id"] as? String == "risk.R1@2025")
        #expect((box["coverage"] as? Double ?? 0) >= 0.9 && (box["density"] as? Double ?? 0) >= 0.9, "\(box)")
        #expect(tables["inputs"]?.first?["id"] as? String == "risk.R1@2025")
        let text = run(["stress", Self.oneRisk, "--when", "central.reserves@2025 < -240k"]).standardOutput
        #expect(text.contains("(coverage); it happens in"))
    }

    /// Central reserves end 2027/28 on £7,000 − £1,000·w − £3,000 when Elm Primary joins, where w is
    /// the pay award in % (uniform 0 to 6): below zero exactly when Elm joins and w > 4 (see the fixture).
    @Test func findsTheThresholdAndTheJoinThatTogetherMakeTheFailure() throws {
        let executable = try MatriskProcess.subprocess([
            "stress", Self.payAndJoin, "--when", "central.reserves@any < 0", "--format", "json",
        ])
        let tables = try tables(of: executable)
        let firstBox = try #require(tables["boxes"]).filter { $0["box"] as? Int == 1 }
        #expect(Set(firstBox.compactMap { $0["id"] as? String }) == ["economy.payAwardPercent@2027", "join.elm"], "\(firstBox)")
        for limit in firstBox {
            #expect((limit["coverage"] as? Double ?? 0) >= 0.9 && (limit["density"] as? Double ?? 0) >= 0.9, "\(limit)")
            #expect(limit["beatsChance"] as? String == "yes")
        }
        let pay = try #require(firstBox.first { $0["id"] as? String == "economy.payAwardPercent@2027" }?["limit"] as? String)
        let threshold = try #require(pay.split(separator: " ").last.flatMap { Double($0.dropLast()) }, "\(pay)")
        #expect(pay.contains("at least") && abs(threshold - 4) <= 0.2, "\(pay)")
    }

    /// The centre runs out in about half the futures, drawn by a joining school's roll, which is not
    /// one of stress's inputs; the random inputs it searches reach only the academies (see the fixture).
    @Test func saysNoBoxBeatsChanceWhenNoInputExplainsTheFailures() throws {
        let words = ["stress", Self.unexplained, "--when", "central.reserves@any < 0"]
        let tables = try tables(of: try MatriskProcess.subprocess(words + ["--format", "json"]))
        #expect(tables["boxes"]?.isEmpty == true, "\(tables["boxes"] ?? [])")
        let text = try MatriskProcess.subprocess(words)
        #expect(text.exitCode == 0 && text.standardOutput.contains("(1,958 of them, the failing futures)"), "\(text)")
        #expect(text.standardOutput.contains("No combination of inputs explains the failures better than chance."))
    }

    @Test func aConditionInNoFutureOrInEveryFutureIsSaidPlainly() {
        let never = run(["stress", Self.oneRisk, "--when", "central.reserves@2025 > 1m"])
        #expect(never.exitCode == 0 && never.standardOutput.contains("happens in none of the 4,000 futures"), "\(never)")
        let always = run(["stress", Self.oneRisk, "--when", "central.reserves@2025 < 0"])
        #expect(always.exitCode == 0 && always.standardOutput.contains("happens in every one of the 4,000 futures"), "\(always)")
    }

    @Test func theOutputIsTheSameOnOneAndTwoThreads() {
        let words = [
            "stress", "Scenarios/growth.json", "--variant", "grow-to-12-by-2031", "--when", "central.reserves@any < 0", "--trials", "1500",
        ]
        let one = run(words + ["--threads", "1"])
        let two = run(words + ["--threads", "2"])
        #expect(one.exitCode == 0 && one.standardOutput == two.standardOutput)
        #expect(one.standardOutput.contains("Kinds of future where it happens"))
    }

    @Test func badConditionsAndAMissingOneAreUsageOrDataErrors() {
        let missing = run(["stress", Self.oneRisk])
        #expect(missing.exitCode == 64 && missing.standardError.contains("--when"), "\(missing)")
        let notAnEvent = run(["stress", Self.oneRisk, "--when", "central.reserves@2025"])
        #expect(notAnEvent.exitCode != 0 && !notAnEvent.standardError.isEmpty)
        let badYear = run(["stress", Self.oneRisk, "--when", "central.reserves@2040 < 0"])
        #expect(badYear.exitCode != 0 && badYear.standardError.contains("2040"), "\(badYear)")
    }
}
