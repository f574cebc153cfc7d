import Foundation
import Testing

/// `simulate --precision`: trials in blocks until every target is met, the same figures as a run
/// of the trials it stopped at, and figures too imprecise to read as facts marked as such.
struct PrecisionCommandTests {
    static let small = "Tests/CommandsTests/Fixtures/scenarios/small.json"
    static let target = "P(any academy in deficit@2028) ±0.5"

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    /// The output without what states the precision: the "Precision:" sentence in text, its
    /// sentence and table in JSON.
    static func withoutPrecision(_ output: String, json: Bool) throws -> String {
        guard json else { return output.components(separatedBy: "\n\n").filter { !$0.hasPrefix("Precision:") }.joined(separator: "\n\n") }
        var object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        var tables = try #require(object["tables"] as? [String: Any])
        tables["precision"] = nil
        object["tables"] = tables
        object["summary"] = (object["summary"] as? [String])?.filter { !$0.hasPrefix("Precision:") }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The trials a run printed in its first line: "24,576 trials, seed 11, …".
    static func trials(_ text: String) throws -> Int {
        let line = try #require(text.components(separatedBy: "\n").first { $0.contains(" trials, seed ") })
        return try #require(Int(line.components(separatedBy: " trials")[0].replacingOccurrences(of: ",", with: "")))
    }

    @Test func stopsAtTheFirstBlockMeetingTheTargetWithTheFiguresOfThatManyTrials() throws {
        let one = run(["simulate", Self.small, "--precision", Self.target, "--threads", "1"])
        let two = run(["simulate", Self.small, "--precision", Self.target, "--threads", "2"])
        #expect(one.exitCode == 0, "\(one.standardError)")
        #expect(one.standardOutput == two.standardOutput)
        let n = try Self.trials(one.standardOutput)
        #expect(n % 8_192 == 0 && n > 8_192)
        #expect(
            one.standardOutput.contains(
                "Precision: every target was met at \(grouped(n)) trials (checked every 8,192): \(Self.target) reached ±0."))
        let fixed = run(["simulate", Self.small, "--trials", "\(n)"])
        #expect(try Self.withoutPrecision(one.standardOutput, json: false) == fixed.standardOutput)
        let json = run(["simulate", Self.small, "--precision", Self.target, "--format", "json"]).standardOutput
        let fixedJSON = run(["simulate", Self.small, "--trials", "\(n)", "--format", "json"]).standardOutput
        #expect(try Self.withoutPrecision(json, json: true) == Self.withoutPrecision(fixedJSON, json: true))
        #expect(json.contains("\"halfWidthAsked\" : 0.005") || json.contains("\"halfWidthAsked\": 0.005"), "\(json.prefix(300))")
        // A block fewer does not meet it, so the run above stopped at the first block that did.
        let shorter = run(["simulate", Self.small, "--precision", Self.target, "--trials", "\(n - 8_192)", "--strict"])
        #expect(shorter.exitCode == 1)
        #expect(shorter.standardOutput.contains("Precision: not every target was met by \(grouped(n - 8_192)) trials, the most allowed"))
    }

    /// The README's example: growth.json draws its economy by Latin hypercube, whose draws depend
    /// on the run's size, so each size checked is a run of its own and the last is `--trials N`.
    @Test func theReadmeExampleEqualsAFixedRunOfTheTrialsItStoppedAt() throws {
        let words = ["simulate", "Scenarios/growth.json", "--precision", "P(central.reserves@end < 0) ±0.2", "--format", "json"]
        let stopped = run(words)
        #expect(stopped.exitCode == 0, "\(stopped.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stopped.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String])
        let n = try Self.trials(summary.joined(separator: "\n"))
        #expect(n % 8_192 == 0)
        let precision = try #require(summary.first { $0.hasPrefix("Precision: every target was met at \(grouped(n)) trials") })
        #expect(precision.contains("each size checked was a run of its own (8,192 and "), "\(precision)")
        let fixed = run(["simulate", "Scenarios/growth.json", "--trials", "\(n)", "--format", "json", "--threads", "1"])
        #expect(try Self.withoutPrecision(stopped.standardOutput, json: true) == Self.withoutPrecision(fixed.standardOutput, json: true))
    }

    @Test func anUnmetTargetSaysWhatItReachedAndFailsOnlyWhenStrict() {
        let words = ["simulate", Self.small, "--trials", "1000", "--precision", "P(any academy in deficit@2028) +-0.1"]
        let lenient = run(words)
        let strict = run(words + ["--strict"])
        #expect(lenient.exitCode == 0 && strict.exitCode == 1)
        #expect(lenient.standardOutput == strict.standardOutput)
        #expect(
            lenient.standardOutput.contains(
                "Precision: not every target was met by 1,000 trials, the most allowed: P(any academy in deficit@2028) +-0.1 reached only ±"
            ))
        #expect(lenient.standardOutput.contains("not met). Allow more trials with --trials, or ask for less precision."))
        let csv = run(words + ["--format", "csv"]).standardOutput
        #expect(
            csv.contains("\r\nPrecision targets\r\nTarget,Measure,Estimate,Half-width asked (95%),Half-width reached (95%),Met,Trials,"))
        #expect(csv.contains(",no,1000,1000"))
    }

    @Test func badSpellingsSayWhatWasExpected() {
        for (target, expected) in [
            ("P(central.reserves@end < 0) 0.5", "is not a precision target; write a measure, ± (or +- or +/-)"),
            ("mean(trust.reserves@end) ±ten", "the half-width after ± must be a number above zero"),
            ("P(centrl.reserves@end < 0) ±0.5", "'centrl.reserves' is not an output (did you mean 'central.reserves'?)"),
            ("P(central.reserves@2040 < 0) ±0.5", "is not a year of the scenario"),
        ] {
            let result = run(["simulate", Self.small, "--precision", target])
            #expect(result.exitCode == 64, "\(target)")
            #expect(result.standardError.contains(expected), "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func aScenarioFileCarriesItsTargetsAndItsTrialsAreTheCap() throws {
        let result = run(["simulate", "Tests/CommandsTests/Fixtures/scenarios/small-precision.json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let n = try Self.trials(result.standardOutput)
        #expect(n < 40_000 && n % 8_192 == 0)
        #expect(result.standardOutput.contains("Precision: every target was met at \(grouped(n)) trials"))
        let capped = run(["simulate", "Tests/CommandsTests/Fixtures/scenarios/small-precision.json", "--trials", "2000", "--strict"])
        #expect(capped.exitCode == 1 && capped.standardOutput.contains("not every target was met by 2,000 trials"))
    }

    @Test func thePackOfAScenarioWithTargetsStatesTheTrialsAndThePrecisionReached() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-precision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = run([
            "report", "Tests/CommandsTests/Fixtures/scenarios/small-precision.json", "--as-of", "2026-11-22", "-o", out.path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("Precision: every target was met at "), "\(html.prefix(2000))")
        #expect(html.contains("(checked every 8,192): P(any academy in deficit@2028)") && html.contains("reached"))
    }

    @Test func thePacksHonestyMarkReadsAsWordsWithItsOptionHeldWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html")
        let result = run(["report", Self.small, "--as-of", "2026-11-22", "-o", out.path])  // 500 trials: imprecise
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let mark = "(<span class=\"fig\">±1.6%</span>; <span class=\"fig\">±3.1</span> points at 95%: run more trials or set "
        #expect(html.contains(mark + "<span class=\"option\">--precision</span>)"), "\(html.prefix(2000))")
        #expect(!html.contains("class=\"fig\">--") && !html.contains("--precision)</span>") && !html.contains("--precision);</span>"))
        #expect(html.contains(".fig,.option{white-space:nowrap}"))
    }

    @Test func imprecisefiguresAreMarkedAndPreciseOnesAreNot() {
        let few = run(["simulate", Self.small]).standardOutput  // 500 trials
        #expect(few.contains("85.2% (±1.6%; ±3.1 points at 95%: run more trials or set --precision)"))
        #expect(few.contains("71.6% ±2.0% !"))
        #expect(few.contains("! Imprecise: the marked figure's 95% interval is wider than ±1 point"))
        let many = run(["simulate", Self.small, "--precision", Self.target]).standardOutput
        let deficit = many.components(separatedBy: "\n\n").first { $0.hasPrefix("The chance that at least one academy's reserves") }
        let chance = deficit?.components(separatedBy: ";").first ?? ""
        #expect(chance.contains("is highest in 2028/29: 8") && !chance.contains("run more trials"), "\(chance)")
        let byYear = many.components(separatedBy: "\n\n").first { $0.hasPrefix("The trust year by year") } ?? ""
        #expect(!byYear.isEmpty && !byYear.contains(" !") && !byYear.contains("Imprecise"), "\(byYear)")
    }
}

/// "24,576": a count as the run line writes it.
private func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}
